import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { root, runCliAsync } from "../support/run-cli.ts";
import { temporaryFolder } from "../support/temporary-folder.ts";

const minimalNote = path.join(root, "test/fixtures/minimal-note.json");

describe("--dir given a file, not a folder", () => {
	it("is the same one-line error, exit 66, for every command that reads the library", async () => {
		const folder = temporaryFolder("dir-file");
		const note = path.join(folder, "note.json");
		copyFileSync(minimalNote, note);
		const empty = path.join(folder, "empty");
		writeFileSync(empty, "");
		const cache = temporaryFolder("dir-file-cache");
		for (const file of [note, empty]) {
			const runs = await Promise.all(
				[[], ["list"], ["search", "widget"], ["digest"], ["index"]].map((command) =>
					runCliAsync([...command, "--dir", file], { env: { BRIEFING_CACHE: cache } }),
				),
			);
			for (const run of runs) {
				expect(run.stderr).toBe(`${file}: expected a folder of notes, got a file\n`);
				expect(run.stdout).toBe("");
				expect(run.code).toBe(66);
			}
		}
	});
});

describe("--help and --version with other arguments", () => {
	it("print the help or the version wherever they stand, instead of running a command without them", async () => {
		const run = (args: string[]) => runCliAsync(args);
		const helps = await Promise.all([run(["--help", "note.json"]), run(["list", "--help"])]);
		const versions = await Promise.all([run(["--version", "note.json"]), run(["list", "--version"])]);
		for (const run of helps) {
			expect(run.stdout).toContain("Usage\n    $ briefing [FILE|DIR|-]…");
			expect(run).toMatchObject({ code: 0, stderr: "" });
		}
		for (const run of versions) {
			expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/u);
			expect(run).toMatchObject({ code: 0, stderr: "" });
		}
	});
});

describe("--no- before a flag that takes a value", () => {
	it("is an unknown flag (exit 2), not an internal error", async () => {
		const flags = [
			"--no-width",
			"--no-dir",
			"--no-since",
			"--no-until",
			"--no-section",
			"--no-broker",
			"--no-lang",
		];
		const runs = await Promise.all(flags.map((flag) => runCliAsync([flag])));
		for (const [index, run] of runs.entries()) {
			expect(run.stderr).toBe(`briefing: unknown flag ${flags[index]}\nRun briefing --help for usage.\n`);
			expect(run.code).toBe(2);
		}
	});
});

describe("a value that starts with a dash", () => {
	it("is named in the error, with the way to give it", async () => {
		const [width, since] = await Promise.all([
			runCliAsync(["--width", "-5"]),
			runCliAsync(["digest", "--since", "-1d"]),
		]);
		expect(width.stderr).toBe(
			'briefing: --width: expected a value, got "-5", which reads as a flag (write --width=-5)\nRun briefing --help for usage.\n',
		);
		expect(since.stderr.split("\n")[0]).toBe(
			'briefing: --since: expected a value, got "-1d", which reads as a flag (write --since=-1d)',
		);
		expect([width.code, since.code]).toEqual([2, 2]);
		expect((await runCliAsync(["--width=-5"])).stderr.split("\n")[0]).toBe(
			'briefing: --width: expected a whole number from 20 to 1000, got "-5"',
		);
	});
});

describe("a folder that cannot be read", () => {
	// Root reads every folder, so the run is as the unprivileged user nobody, where setpriv lets us.
	const asNobody = process.getuid?.() === 0 && spawnSync("setpriv", ["--version"]).status === 0;

	it.skipIf(!asNobody)(
		"in BRIEFING_PATH is skipped with one warning (--strict: exit 66); named, it is one error line",
		() => {
			const library = temporaryFolder("private-path");
			chmodSync(library, 0o755);
			const hidden = path.join(library, "private");
			mkdirSync(hidden, { mode: 0o700 });
			copyFileSync(minimalNote, path.join(hidden, "note.json"));
			const cache = temporaryFolder("private-path-cache");
			chmodSync(cache, 0o777);
			const run = (args: string[], path = hidden) => {
				const result = spawnSync(
					"setpriv",
					["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, "dist/cli.js", ...args],
					{
						cwd: root,
						env: {
							PATH: process.env.PATH ?? "",
							LANG: "en_US.UTF-8",
							BRIEFING_CACHE: cache,
							BRIEFING_PATH: path,
						},
						encoding: "utf8",
					},
				);
				return { code: result.status, stdout: result.stdout, stderr: result.stderr };
			};
			for (const args of [["list"], ["--section", "thesis"], ["digest"], ["search", "microsoft"]]) {
				const result = run(args);
				expect(result.stderr, args.join(" ")).toBe(`briefing: skipped ${hidden}: permission denied\n`);
				expect(result.stdout, args.join(" ")).toContain("Microsoft");
				expect(result.code, args.join(" ")).toBe(0);
			}
			expect(run(["list", "--strict"])).toMatchObject({ code: 66, stderr: `${hidden}: permission denied\n` });
			// Named on the command line, or with --dir, it is the one line of a file that cannot be read.
			for (const args of [["list", hidden], ["search", "widget", "--dir", hidden], [hidden]])
				expect(run(args, ""), args.join(" ")).toMatchObject({
					code: 66,
					stderr: `${hidden}: permission denied\n`,
				});
		},
	);
});

describe("a note reached twice: the same folder named twice, or a file or folder inside a named folder", () => {
	it("is read once, without a warning, through the index and from the files", async () => {
		const folder = temporaryFolder("twice");
		const note = (id: string) => JSON.stringify({ ...JSON.parse(readFileSync(minimalNote, "utf8")), id });
		mkdirSync(path.join(folder, "sub"));
		writeFileSync(path.join(folder, "top.json"), note("example-top"));
		writeFileSync(path.join(folder, "sub", "inner.json"), note("example-inner"));
		// A link to a folder outside: the walk does not follow it, so naming it adds its notes.
		const outside = temporaryFolder("twice-outside");
		writeFileSync(path.join(outside, "outer.json"), note("example-outer"));
		symlinkSync(outside, path.join(folder, "link"));
		const cache = temporaryFolder("twice-cache");
		const inner = path.join(folder, "sub", "inner.json");
		const cases: [string[], Record<string, string>, string[]][] = [
			[["list", folder, folder], {}, ["example-inner", "example-top"]],
			[["list", folder, path.join(folder, "sub")], {}, ["example-inner", "example-top"]],
			[["list", path.join(folder, "sub"), folder], {}, ["example-inner", "example-top"]],
			[["list", folder, inner], {}, ["example-inner", "example-top"]],
			[["list", "--dir", folder, folder], { BRIEFING_PATH: folder }, ["example-inner", "example-top"]],
			[["list", folder, path.join(folder, "link")], {}, ["example-inner", "example-outer", "example-top"]],
			[["list", "-", folder, folder], {}, ["example-inner", "example-stdin", "example-top"]],
		];
		for (const [args, env, ids] of cases) {
			const run = await runCliAsync(args, {
				env: { BRIEFING_CACHE: cache, ...env },
				input: note("example-stdin"),
			});
			expect(run.stderr, args.join(" ")).toBe("");
			const listed = run.stdout
				.trimEnd()
				.split("\n")
				.map((line) => line.split("\t")[1]);
			expect(listed.sort(), args.join(" ")).toEqual(ids);
		}
		const read = await runCliAsync([folder, inner, "--section", "thesis"], {
			env: { BRIEFING_CACHE: cache },
		});
		expect(read.stderr).toBe("");
		expect(read.code).toBe(0);
	});
});

describe("briefing index with a cache it cannot use", () => {
	it("ends with one line saying why, exit 73, --rebuild too", async () => {
		const folder = temporaryFolder("index-blocked");
		const blocked = path.join(folder, "a-file");
		writeFileSync(blocked, "");
		const env = { BRIEFING_CACHE: blocked };
		const [update, status, rebuild] = await Promise.all([
			runCliAsync(["index"], { env }),
			runCliAsync(["index", "--status"], { env }),
			runCliAsync(["index", "--rebuild"], { env }),
		]);
		for (const run of [update, status]) {
			expect(run.stderr).toBe(
				`briefing: cannot write the index folder ${blocked} (a part of the path is not a folder)\n`,
			);
			expect(run).toMatchObject({ code: 73, stdout: "" });
		}
		expect(rebuild.stderr).toBe(
			`briefing: cannot make the index anew: ${blocked}/library.sqlite: a part of the path is not a folder\n`,
		);
		expect(rebuild).toMatchObject({ code: 73, stdout: "" });
	});
});
