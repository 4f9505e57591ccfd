import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { type CliResult, root, runCli } from "../support/run-cli.ts";
import { temporaryFolder } from "../support/temporary-folder.ts";

const folder = mkdtempSync(path.join(tmpdir(), "briefing-index-cli-"));
const notes = path.join(folder, "notes");
spawnSync(process.execPath, ["scripts/generate-notes.js", "300", notes], { cwd: root });
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const fresh = () => mkdtempSync(path.join(folder, "cache-"));
const snapshot = () => readdirSync(notes).map((name) => readFileSync(path.join(notes, name), "utf8"));

/** Runs the CLI without waiting, so that several can run at once. */
function start(args: string[], cache: string) {
	const child = spawn(process.execPath, ["dist/cli.js", ...args], {
		cwd: root,
		env: {
			PATH: process.env.PATH ?? "",
			LANG: "en_US.UTF-8",
			BRIEFING_CACHE: cache,
			BRIEFING_SQLITE: engine,
		},
	});
	let stdout = "";
	let stderr = "";
	child.stdout.on("data", (chunk) => {
		stdout += chunk;
	});
	child.stderr.on("data", (chunk) => {
		stderr += chunk;
	});
	const done = new Promise<CliResult>((resolve) =>
		child.on("close", (code) => resolve({ code, stdout, stderr })),
	);
	return { child, done };
}

// What the files say, read without an index (standard input is never indexed, so a cache that
// cannot be made is the plain way to get it).
const list = ["list", "--dir", notes, "--width", "120"];
const search = ["search", "资本开支 capex", "--dir", notes, "--width", "120"];
const expected = (args: string[]) => runCli(args, { env: { BRIEFING_CACHE: "/dev/null/cache" } }).stdout;

// Each test builds indexes of 300 notes in several runs (a dozen, the first): the timeout is a guard
// against a hang on a busy two-core machine running the whole suite, not a speed target (that is
// bench/library.js's).
// Every test runs on both engines (BRIEFING_SQLITE): the native binding and the WebAssembly build.
let engine = "native";
const env = (cache: string) => ({ BRIEFING_CACHE: cache, BRIEFING_SQLITE: engine });

describe.each(["native", "wasm"])(
	"briefing with the library index on the %s engine",
	{ timeout: 180_000 },
	(name) => {
		beforeEach(() => {
			engine = name;
		});

		it("prints what reading the files prints, first with a cold index and then a warm one", () => {
			const cache = fresh();
			// In Chinese and in both languages too: the index keeps each note's list line in English and Chinese.
			for (const args of [list, [...list, "--lang", "zh"], [...list, "--lang", "both"], search]) {
				const files = expected(args);
				expect(files.length).toBeGreaterThan(1000);
				for (let run = 0; run < 2; run += 1) {
					const result = runCli(args, { env: env(cache) });
					expect(result.stderr).toBe("");
					// Search ranks notes by relevance: the same lines, perhaps in another order.
					expect(result.stdout.split("\n").sort()).toEqual(files.split("\n").sort());
				}
			}
		});

		it("falls back to the files with one warning when the cache folder cannot be written", () => {
			writeFileSync(path.join(folder, "a-file"), "");
			const blocked = runCli(list, { env: env(path.join(folder, "a-file", "cache")) });
			expect(blocked.code).toBe(0);
			expect(blocked.stdout).toBe(expected(list));
			expect(blocked.stderr.trimEnd().split("\n")).toHaveLength(1);
			expect(blocked.stderr).toMatch(
				/^briefing: cannot write the index folder .* reading the note files instead\n$/,
			);
		});

		it("rebuilds a corrupt index with one warning", () => {
			const cache = fresh();
			runCli(list, { env: env(cache) });
			writeFileSync(path.join(cache, "library.sqlite"), "garbage ".repeat(1000));
			const result = runCli(list, { env: env(cache) });
			expect(result.code).toBe(0);
			expect(result.stdout).toBe(expected(list));
			expect(result.stderr).toMatch(/^briefing: index .* could not be used .*: rebuilding it\n$/);
		});

		it("lets two processes update at once: each prints the whole library", async () => {
			const cache = fresh();
			const runs = await Promise.all([start(list, cache).done, start(list, cache).done]);
			for (const run of runs) {
				expect(run.code).toBe(0);
				expect(run.stdout).toBe(expected(list));
			}
			// At most one was told to read the files instead, with one line.
			expect(runs.filter((run) => run.stderr !== "").length).toBeLessThanOrEqual(1);
		});

		it("survives a kill in the middle of a first build, and loses no note file", async () => {
			const cache = fresh();
			const before = snapshot();
			const { child, done } = start(["index", "--dir", notes], cache);
			await new Promise((resolve) => setTimeout(resolve, 700));
			child.kill("SIGKILL");
			await done;
			const result = runCli(list, { env: env(cache) });
			expect(result.code).toBe(0);
			expect(result.stderr).toBe("");
			expect(result.stdout).toBe(expected(list));
			expect(snapshot()).toEqual(before);
		});

		it("tells the index's state, and rebuilds it on asking", () => {
			const cache = fresh();
			const status = runCli(["index", "--status", "--dir", notes], { env: env(cache) });
			expect(status.code).toBe(0);
			expect(status.stdout).toMatch(/^notes +301$/m);
			expect(status.stdout).toMatch(
				name === "native" ? /^engine +better-sqlite3 \(native\)$/m : /^engine +node-sqlite3-wasm /m,
			);
			expect(status.stdout).toMatch(/^update +301 read/m);
			const again = runCli(["index", "--status", "--dir", notes], { env: env(cache) });
			expect(again.stdout).toMatch(/^update +0 read, 0 reused, 0 removed, 301 unchanged/m);
			const rebuilt = runCli(["index", "--rebuild", "--status", "--dir", notes], {
				env: env(cache),
			});
			expect(rebuilt.stdout).toMatch(/^update +301 read/m);
		});
	},
);

describe("the engine", () => {
	it("is the WebAssembly build, without a word, where better-sqlite3 is not installed", () => {
		// The bundle and its data without node_modules beside them, as where the optional dependency failed.
		const copy = mkdtempSync(path.join(folder, "copy-"));
		for (const each of ["dist", "data", "package.json"])
			cpSync(path.join(root, each), path.join(copy, each), { recursive: true });
		const run = (args: string[], extra: Record<string, string> = {}) =>
			spawnSync(process.execPath, [path.join(copy, "dist", "cli.js"), ...args], {
				env: {
					PATH: process.env.PATH ?? "",
					LANG: "en_US.UTF-8",
					BRIEFING_CACHE: path.join(copy, "cache"),
					...extra,
				},
				encoding: "utf8",
			});
		// The bundled notes are listed from the copy.
		const files = expected(list).replaceAll(root, `${copy}/`);
		const listed = run(list);
		expect(listed.stderr).toBe("");
		expect(listed.stdout).toBe(files);
		expect(run(["index", "--status", "--dir", notes]).stdout).toMatch(
			/^engine +node-sqlite3-wasm \(WebAssembly; better-sqlite3: cannot be loaded \(Cannot find module 'better-sqlite3'\)\)$/m,
		);
		const forced = run(list, { BRIEFING_SQLITE: "native" });
		expect(forced.stdout).toBe(files);
		expect(forced.stderr).toMatch(
			/^briefing: BRIEFING_SQLITE=native: better-sqlite3 cannot be loaded .*; reading the note files instead\n$/,
		);
	});

	it("asking for an engine that is not one is one warning, and the files are read", () => {
		const result = runCli(list, { env: { BRIEFING_CACHE: fresh(), BRIEFING_SQLITE: "sqlite4" } });
		expect(result.code).toBe(0);
		expect(result.stdout).toBe(expected(list));
		expect(result.stderr).toBe(
			"briefing: BRIEFING_SQLITE=sqlite4: expected native or wasm; reading the note files instead\n",
		);
	});
});

describe.runIf(process.platform === "linux")("a cache folder under /proc", () => {
	// Node's recursive mkdirSync never returned there: every library command hung at full CPU.
	it("is one warning, and list reads the note files", () => {
		const notes = temporaryFolder("proc-cache");
		cpSync(path.join(root, "data/notes"), notes, { recursive: true });
		const { code, stdout, stderr } = runCli(["list", notes], {
			env: { BRIEFING_CACHE: "/proc/briefing-test/cache" },
			timeout: 20_000,
		});
		expect(code).toBe(0);
		expect(stdout).toContain("huatai-2024-05-07-microsoft-mai-1");
		expect(stderr.trim().split("\n")).toHaveLength(1);
		expect(stderr).toMatch(/briefing-test/u);
	});
});
