// `npm run bench:library [-- --100k]`: the library index, side by side with `rg -l` and `grep -rl`
// on the same generated notes, at 1,000 and 10,000 notes (and 100,000 with --100k: generating and
// indexing them takes minutes). Times are whole processes (median of interleaved runs) unless marked
// "in process"; memory is peak resident memory of the largest run. "update" is a search run just
// after one note is added (it indexes the note first). The reader's library view is timed in process
// too, key by key from its first screen (see library-timing.ts): the first filter key (`f`, then the
// first letter of broker:华泰), the slowest further key of that line, the first sort by broker and by
// title, and a `/` search run while the filter is on. Beside the targets against rg, each search is
// also given as a ratio to `briefing --version` timed in the same loop (Node's start and the bundle's:
// the floor of any briefing command). The SQLite engine is the one briefing picks (BRIEFING_SQLITE
// passes through).
import { execFileSync, spawnSync } from "node:child_process";
import {
	copyFileSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "esbuild";
import { bundleOptions } from "../scripts/build-options.js";
import { cleanEnvironment, startInPty, summarize, timeProcess } from "./measure.js";

const sizes = [1000, 10_000, ...(process.argv.includes("--100k") ? [100_000] : [])];
const word = "zebrafish";
const rounds = 5;
const folder = mkdtempSync(path.join(tmpdir(), "briefing-library-bench-"));

/** Times an outside command (rg, grep) with GNU time's peak memory; undefined when it is missing. */
function timeTool(command, args) {
	const start = performance.now();
	const result = spawnSync("/usr/bin/time", ["-f", "%M", command, ...args], {
		encoding: "utf8",
		maxBuffer: 1 << 28,
	});
	const ms = performance.now() - start;
	if (result.error || (result.status !== 0 && result.status !== 1)) return undefined;
	return { ms, rssKiB: Number(result.stderr.trim().split("\n").at(-1)) };
}

const has = (command) => spawnSync(command, ["--version"]).status === 0;
const hasRg = has("rg");
const hasTime = spawnSync("/usr/bin/time", ["-f", "%M", "true"]).status === 0;
if (!hasRg) console.log("rg column skipped: ripgrep is not installed (apt-get install -y ripgrep)");
if (!hasTime) console.log("rg and grep columns skipped: /usr/bin/time (GNU time) is not installed");

try {
	await build({
		...bundleOptions({ "library-timing": "bench/library-timing.ts" }, folder),
		logLevel: "error",
	});
	copyFileSync("dist/node-sqlite3-wasm.wasm", path.join(folder, "node-sqlite3-wasm.wasm"));
	// The timing script finds better-sqlite3 as the bundle does, beside it.
	symlinkSync(path.resolve("node_modules"), path.join(folder, "node_modules"));
	const rows = [];
	for (const size of sizes) {
		const notes = path.join(folder, `notes-${size}`);
		const env = {
			BRIEFING_CACHE: path.join(folder, `cache-${size}`),
			// The reader's remembered place is the bench's own: a note remembered from another session
			// is looked for in the library before the first frame.
			XDG_STATE_HOME: path.join(folder, `state-${size}`),
			...(process.env.BRIEFING_SQLITE ? { BRIEFING_SQLITE: process.env.BRIEFING_SQLITE } : {}),
		};
		execFileSync(process.execPath, ["scripts/generate-notes.js", String(size), notes], { stdio: "ignore" });
		// One note in a thousand carries the searched word, so every tool must look at every note.
		const files = readdirSync(notes).sort();
		for (let at = 0; at < files.length; at += 1000) {
			const file = path.join(notes, files[at]);
			const note = JSON.parse(readFileSync(file, "utf8"));
			note.title.en = `${note.title.en} ${word}`;
			writeFileSync(file, JSON.stringify(note));
		}
		const cli = (...args) => ["dist/cli.js", ...args, "--dir", notes];
		const cold = await timeProcess(cli("index"), { env, timeoutMs: 900_000 });
		const searches = [];
		const rgs = [];
		const greps = [];
		const versions = [];
		for (let round = 0; round < rounds; round += 1) {
			searches.push(await timeProcess(cli("search", word), { env }));
			versions.push(await timeProcess(["dist/cli.js", "--version"], { env }));
			if (hasRg && hasTime) rgs.push(timeTool("rg", ["-l", word, notes]));
			if (hasTime) greps.push(timeTool("grep", ["-rl", word, notes]));
		}
		const lists = [];
		for (let round = 0; round < 3; round += 1) lists.push(await timeProcess(cli("list"), { env }));
		const timing = (...args) =>
			JSON.parse(
				spawnSync(process.execPath, [path.join(folder, "library-timing.js"), notes, ...args], {
					env: { ...cleanEnvironment, ...env },
					encoding: "utf8",
				}).stdout,
			);
		const inside = timing("search", word);
		// Each reader figure is the best of three processes (a process presses one sequence of keys).
		const pressed = (timed, ...keys) =>
			Math.min(...[0, 1, 2].map(() => timing("keys", String(timed), ...keys).ms));
		const filterLine = [..."broker:华泰"];
		const view = {
			filter: pressed(1, "f", "b"),
			typing: pressed(filterLine.length - 1, "f", ...filterLine),
			sortBroker: pressed(1, "s"),
			sortTitle: pressed(1, "sort:title"),
			filteredSearch: pressed(1, "f", ...filterLine, "enter", "/", ...word, "enter"),
		};
		const added = JSON.parse(readFileSync(path.join(notes, files[1]), "utf8"));
		writeFileSync(path.join(notes, "added.json"), JSON.stringify({ ...added, id: "bench-added-note" }));
		// A search just after the note is added: the run brings the index up to date first (the new
		// note's folder is read again), as every run does. (`briefing index` also compares every file.)
		const update = await timeProcess(cli("search", word), { env });
		const reader = await startInPty(cli(), "Enter open", { cols: 100, rows: 30, env });
		const readerRss = await reader.quit("\u0003");
		const median = (runs) => summarize(runs.filter(Boolean).map((run) => run.ms)).median;
		const peak = (runs) => Math.max(...runs.filter(Boolean).map((run) => run.rssKiB)) / 1024;
		rows.push({
			size,
			cold: cold.ms,
			coldMiB: cold.rssKiB / 1024,
			update: update.ms,
			search: median(searches),
			searchMiB: peak(searches),
			rg: rgs.length ? median(rgs) : Number.NaN,
			rgMiB: rgs.length ? peak(rgs) : Number.NaN,
			grep: greps.length ? median(greps) : Number.NaN,
			query: inside.queryMs,
			engine: inside.engine,
			version: median(versions),
			list: median(lists),
			listMiB: peak(lists),
			open: reader.firstFrameMs,
			openMiB: readerRss / 1024,
			view,
		});
	}
	const cell = (value) => (Number.isNaN(value) ? "-" : value.toFixed(value < 10 ? 1 : 0)).padStart(9);
	console.log(
		`\nsearch "${word}" (1 note in 1000 has it); ms unless MiB\n` +
			"notes  " +
			["cold-idx", "update", "search", "rg", "grep", "query-in", "rg-ratio", "version", "÷version"]
				.concat(["list", "reader", "peakMiB", "rgMiB"])
				.map((name) => name.padStart(9))
				.join(""),
	);
	for (const row of rows) {
		const peakMiB = Math.max(row.coldMiB, row.searchMiB, row.listMiB, row.openMiB);
		console.log(
			[
				row.size.toString().padEnd(7),
				row.cold,
				row.update,
				row.search,
				row.rg,
				row.grep,
				row.query,
				row.search / row.rg,
				row.version,
				row.search / row.version,
				row.list,
				row.open,
				peakMiB,
				row.rgMiB,
			]
				.map((value, index) => (index === 0 ? value : cell(value)))
				.join(""),
		);
	}
	console.log(
		`\nthe reader's library, in process, from its first screen; ms\n` +
			"notes  " +
			["filter", "typing", "sort-brk", "sort-ttl", "f+search"].map((name) => name.padStart(9)).join(""),
	);
	for (const row of rows) {
		const { filter, typing, sortBroker, sortTitle, filteredSearch } = row.view;
		console.log(
			[
				row.size.toString().padEnd(7),
				...[filter, typing, sortBroker, sortTitle, filteredSearch].map(cell),
			].join(""),
		);
	}
	const verdict = (name, value, target) =>
		`${name} ${value.toFixed(2)} (target ${target}: ${value <= target ? "met" : "MISSED"})`;
	const at = (size) => rows.find((row) => row.size === size);
	const ten = at(10_000);
	const lines = [
		`engine: ${ten.engine}; machine: ${execFileSync("uptime", { encoding: "utf8" }).trim()}`,
		verdict("10k search / rg -l", ten.search / ten.rg, 1.5),
		`10k search / briefing --version ${(ten.search / ten.version).toFixed(2)} (the floor: 1.5× rg -l is ${(1.5 * ten.rg).toFixed(0)} ms, --version alone ${ten.version.toFixed(0)} ms)`,
		verdict("10k list ms", ten.list, 150),
		verdict("10k reader first filter ms (in process)", ten.view.filter, 300),
		verdict(
			"10k reader first sort ms (in process, the slower of broker and title)",
			Math.max(ten.view.sortBroker, ten.view.sortTitle),
			300,
		),
	];
	const hundred = at(100_000);
	if (hundred) {
		lines.push(
			verdict("100k search / rg -l", hundred.search / hundred.rg, 0.3),
			verdict("100k query ms (in process)", hundred.query, 20),
			verdict("100k reader on screen ms", hundred.open, 300),
			verdict("100k reader first filter ms (in process)", hundred.view.filter, 300),
			verdict(
				"100k reader first sort ms (in process, the slower of broker and title)",
				Math.max(hundred.view.sortBroker, hundred.view.sortTitle),
				300,
			),
			verdict(
				"100k peak MiB",
				Math.max(hundred.coldMiB, hundred.searchMiB, hundred.listMiB, hundred.openMiB),
				150,
			),
			`100k peak MiB of each: cold build ${hundred.coldMiB.toFixed(0)}, search ${hundred.searchMiB.toFixed(0)}, list ${hundred.listMiB.toFixed(0)}, reader ${hundred.openMiB.toFixed(0)}`,
		);
	} else lines.push("100k row: run with --100k (generating and indexing 100,000 notes takes minutes)");
	console.log(`\n${lines.join("\n")}`);
} finally {
	rmSync(folder, { recursive: true, force: true });
}
