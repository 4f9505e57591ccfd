// `node bench/sqlite-bindings.js INDEX [QUERY] [--native PATH]`: SQLite's WebAssembly build (what
// briefing ships) and the native better-sqlite3 binding, side by side on the same library index
// file (made by `briefing index`): each run in a fresh process, interleaved, 5 rounds, medians.
// Times: the whole process, load (import and open), the full-text query (the first in the
// process, then again), and reading every note's row (rowid, path, head) one row at a time.
// better-sqlite3 is not a dependency: install it anywhere (`npm install better-sqlite3@12.11.1
// --prefix /tmp/bs3`, which builds SQLite from source where no prebuilt binary can be fetched) and
// name the package folder with --native.
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";

const { positionals, values } = parseArgs({
	allowPositionals: true,
	options: { native: { type: "string" }, child: { type: "string" } },
});
const [file, query = "zebrafish"] = positionals;

if (values.child) {
	const start = performance.now();
	const { createRequire } = await import("node:module");
	const require = createRequire(import.meta.url);
	let all;
	let close;
	if (values.child === "wasm") {
		const { Database } = require("node-sqlite3-wasm");
		const db = new Database(file, { readOnly: true });
		all = (sql, params = []) => db.all(sql, params);
		close = () => db.close();
	} else {
		const Database = require(values.child);
		const db = new Database(file, { readonly: true });
		all = (sql, params = []) => db.prepare(sql).all(...params);
		close = () => db.close();
	}
	const loaded = performance.now();
	// The index's own query of a term (see source/library/index/index-text.ts): all of its trigrams.
	const characters = Array.from(query.toLowerCase());
	const phrase = characters
		.slice(2)
		.map(
			(_, at) =>
				`"${characters
					.slice(at, at + 3)
					.join("")
					.replaceAll('"', '""')}"`,
		)
		.join(" AND ");
	const hits = all("SELECT rowid FROM grams WHERE grams MATCH ?", [phrase]);
	const queried = performance.now();
	const again = performance.now();
	all("SELECT rowid FROM grams WHERE grams MATCH ?", [phrase]);
	const warm = performance.now() - again;
	const before = performance.now();
	const rows = all("SELECT rowid, path, head FROM notes");
	const read = performance.now() - before;
	close();
	const result = {
		load: loaded - start,
		query: queried - loaded,
		warm,
		rows: read,
		hits: hits.length,
		notes: rows.length,
	};
	process.stdout.write(`${JSON.stringify(result)}\n`);
	process.exit(0);
}

if (!file) {
	console.error("usage: node bench/sqlite-bindings.js INDEX [QUERY] [--native PATH]");
	process.exit(2);
}
const kinds = ["wasm", ...(values.native ? [values.native] : [])];
const runs = new Map(kinds.map((kind) => [kind, []]));
for (let round = 0; round < 5; round += 1) {
	for (const kind of kinds) {
		const start = performance.now();
		const child = spawnSync(process.execPath, [import.meta.filename, file, query, "--child", kind], {
			encoding: "utf8",
		});
		const whole = performance.now() - start;
		if (child.status !== 0) throw new Error(child.stderr);
		runs.get(kind).push({ ...JSON.parse(child.stdout), whole });
	}
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(
	`${"binding".padEnd(18)}${["whole", "load", "query", "query-warm", "read-rows"].map((name) => name.padStart(11)).join("")}  hits  notes  (ms; query = the first one in the process)`,
);
for (const [kind, results] of runs) {
	const cell = (key) =>
		median(results.map((result) => result[key]))
			.toFixed(1)
			.padStart(11);
	const name = kind === "wasm" ? "node-sqlite3-wasm" : "better-sqlite3";
	console.log(
		`${name.padEnd(18)}${cell("whole")}${cell("load")}${cell("query")}${cell("warm")}${cell("rows")}${String(results[0].hits).padStart(6)}${String(results[0].notes).padStart(7)}`,
	);
}
