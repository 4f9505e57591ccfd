// Hostile environments: full and nearly full disks, devices, FIFOs, endless input, odd file names,
// unreadable subfolders. Each test runs the built CLI (npm run build first).
import { spawn, spawnSync } from "node:child_process";
import {
	chmodSync,
	closeSync,
	copyFileSync,
	linkSync,
	mkdirSync,
	mkdtempSync,
	openSync,
	readdirSync,
	readFileSync,
	rmSync,
	statfsSync,
	symlinkSync,
	truncateSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { inputLimits } from "../../source/load/read-input.ts";
import { root, runCli } from "../support/run-cli.ts";

const seed = path.join(root, "data/sources/huatai-2024-05-07-microsoft-mai-1.txt");
const repost = path.join(root, "test/fixtures/import/repost-simplified.txt");
const bundledNote = path.join(root, "data/notes/huatai-2024-05-07-microsoft-mai-1.json");
const made: string[] = [];
const scratch = () => {
	const folder = mkdtempSync(path.join(tmpdir(), "briefing-hostile-env-"));
	made.push(folder);
	return folder;
};

/** Runs the CLI with standard output going to a file descriptor (a file on a small disk, /dev/full). */
function runToDescriptor(args: string[], descriptor: number, input = "") {
	const result = spawnSync(process.execPath, ["dist/cli.js", ...args], {
		cwd: root,
		// The suite's own index folder (test/setup.ts), not the user's, which other checkouts share.
		env: {
			PATH: process.env.PATH ?? "",
			LANG: "en_US.UTF-8",
			BRIEFING_CACHE: process.env.BRIEFING_CACHE ?? "",
		},
		input,
		stdio: ["pipe", descriptor, "pipe"],
		encoding: "utf8",
		timeout: 15_000,
	});
	return { code: result.status, stderr: result.stderr };
}

/** Runs a shell command line (for pipes such as `yes | …`) from the repository's root. */
function runShell(command: string) {
	const result = spawnSync("sh", ["-c", command], {
		cwd: root,
		env: { PATH: process.env.PATH ?? "", LANG: "en_US.UTF-8" },
		encoding: "utf8",
		timeout: 30_000,
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const temporaryFiles = (folder: string) => readdirSync(folder).filter((name) => name.endsWith(".tmp"));

// A small tmpfs makes a real full disk; mounting one needs root (and a kernel that lets us).
function tryMount(): string | undefined {
	const folder = scratch();
	const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=128k", "tmpfs", folder], {
		encoding: "utf8",
	});
	if (mounted.status === 0) return folder;
	console.log(
		`skipped the full-disk tests: cannot mount a tmpfs (${(mounted.stderr || mounted.error?.message || "not root").trim()})`,
	);
	return undefined;
}
const disk = tryMount();
afterAll(() => {
	if (disk !== undefined) spawnSync("umount", [disk]);
	// rm, not rmSync: a folder nested deeper than a path may be long is removed a level at a time.
	spawnSync("rm", ["-rf", ...made]);
});

/** Fills the small disk, leaving `free` bytes (whole pages) free. */
function fillDisk(folder: string, free: number): void {
	rmSync(path.join(folder, "filler"), { force: true });
	const { bavail, bsize } = statfsSync(folder);
	writeFileSync(path.join(folder, "filler"), Buffer.alloc(Math.max(0, bavail * bsize - free)));
}

describe.skipIf(disk === undefined)("a full or nearly full disk", () => {
	const folder = disk as string;

	it("import -o NOTE --force keeps the old note whole and exits 74 when the new one does not fit", () => {
		const note = path.join(folder, "note.json");
		expect(runCli(["import", repost, "-o", note, "--force"]).code).toBe(0);
		const old = readFileSync(note);
		// The repost's text, written beside the note with it: the two are replaced together or not at all.
		const text = path.join(folder, "note.txt");
		const oldText = readFileSync(text);
		// 8 KB free: the new note (14.5 KB) would be cut at 8,192 bytes by a single write.
		fillDisk(folder, 8192);
		const result = runCli(["import", seed, "-o", note, "--force"]);
		expect(result.code).toBe(74);
		expect(result.stderr.trim()).toBe(
			`${note}: cannot write: no space left on the device; the file was left as it was`,
		);
		expect(readFileSync(note)).toEqual(old);
		expect(readFileSync(text)).toEqual(oldText);
		expect(temporaryFiles(folder)).toEqual([]);
	});

	it("import -o a new file on a full disk exits 74 and leaves nothing behind", () => {
		fillDisk(folder, 0);
		const note = path.join(folder, "new.json");
		const result = runCli(["import", seed, "-o", note]);
		expect(result.code).toBe(74);
		expect(result.stderr).toMatch(/cannot write: no space left on the device/u);
		expect(readdirSync(folder)).not.toContain("new.json");
		expect(readdirSync(folder)).not.toContain("new.txt");
		expect(temporaryFiles(folder)).toEqual([]);
	});

	it("import -o on a disk with no file left to make exits 74 too", () => {
		const inodes = path.join(folder, "inodes");
		mkdirSync(inodes);
		expect(spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k,nr_inodes=3", "tmpfs", inodes]).status).toBe(0);
		try {
			// The root folder and two files use the three inodes.
			writeFileSync(path.join(inodes, "a"), "");
			writeFileSync(path.join(inodes, "b"), "");
			const result = runCli(["import", seed, "-o", path.join(inodes, "note.json")]);
			expect(result).toMatchObject({
				code: 74,
				stderr: `${inodes}/note.json: cannot create: no space left on the device\n`,
			});
			// Nor is the seed's text (written beside the note, with it) left behind.
			expect(readdirSync(inodes).sort()).toEqual(["a", "b"]);
		} finally {
			spawnSync("umount", [inodes]);
		}
	});

	it.each([
		["--format json > file", ["--format", "json"]],
		["import > file", ["import", seed]],
		["--format text > file", ["--format", "text", "--lang", "both", "--width", "40"]],
	])("%s exits 74 with a message when the output is cut short", (_, args) => {
		fillDisk(folder, 8192);
		const file = path.join(folder, "out");
		const descriptor = openSync(file, "w");
		try {
			const result = runToDescriptor(args, descriptor);
			expect(result.code).toBe(74);
			expect(result.stderr).toMatch(/^briefing: cannot write the output: no space left on the device$/mu);
		} finally {
			closeSync(descriptor);
			rmSync(file);
		}
	});
});

describe("a full device", () => {
	it.each([
		["--format json", ["--format", "json"]],
		["--help", ["--help"]],
		["--version", ["--version"]],
		["list", ["list"]],
		["schema", ["schema"]],
	])("briefing %s > /dev/full exits 74 and says why", (_, args) => {
		const descriptor = openSync("/dev/full", "w");
		try {
			const result = runToDescriptor(args, descriptor);
			expect(result.code).toBe(74);
			expect(result.stderr).toBe("briefing: cannot write the output: no space left on the device\n");
		} finally {
			closeSync(descriptor);
		}
	});
});

describe("the note file and its raw text", () => {
	it.each([
		["the input itself", (input: string) => input],
		["a hard link to it", (input: string) => linkSync(input, `${input}.json`) ?? `${input}.json`],
		["a symbolic link to it", (input: string) => symlinkSync(input, `${input}.json`) ?? `${input}.json`],
	])("-o naming %s is refused even with --force, and the text is kept", (_, outputFor) => {
		const input = path.join(scratch(), "repost.txt");
		copyFileSync(repost, input);
		const output = outputFor(input);
		const result = runCli(["import", input, "-o", output, "--force"]);
		expect(result.code).toBe(73);
		expect(result.stderr).toBe(`${output}: is the file being imported; write the note to another file\n`);
		expect(readFileSync(input)).toEqual(readFileSync(repost));
	});

	it("a stale temporary file of an earlier run does not block the import, and none is left", () => {
		const folder = scratch();
		const note = path.join(folder, "note.json");
		// The names an earlier version used: .NAME.PID.tmp, where PIDs repeat in containers.
		for (let pid = 1; pid < 50; pid += 1) writeFileSync(path.join(folder, `.note.json.${pid}.tmp`), "stale");
		expect(runCli(["import", seed, "-o", note, "--force"]).code).toBe(0);
		expect(JSON.parse(readFileSync(note, "utf8")).title.zh).toBe("微软或推自研大模型,AI产业链受益");
		expect(temporaryFiles(folder)).toHaveLength(49);
	});
});

describe("devices, FIFOs and endless input", () => {
	it.each([
		["import /dev/zero", ["import", "/dev/zero"]],
		["import /dev/urandom", ["import", "/dev/urandom"]],
		["read /dev/zero", ["/dev/zero"]],
		["validate /dev/urandom", ["validate", "/dev/urandom"]],
	])("%s is refused at once, exit 66", (_, args) => {
		const result = runCli(args);
		expect(result.code).toBe(66);
		// validate prints its findings on standard output; the rest report on standard error.
		expect(result.stdout + result.stderr).toMatch(
			/^\/dev\/\w+: not a regular file \(a device or a socket\)\n$/u,
		);
	});

	it("an endless pipe on standard input ends with too large, exit 65 (import and note)", () => {
		const imported = runShell("yes | node dist/cli.js import -");
		expect(imported.code).toBe(65);
		expect(imported.stderr).toBe("-: too large (limit 100 MB)\n");
		const read = runShell("yes | node dist/cli.js - --format text");
		expect(read.code).toBe(65);
		expect(read.stderr).toBe("-: too large (limit 64 MB)\n");
	});

	it("an endless FIFO is read up to the limit; a FIFO with a note in it is read like a file", () => {
		const folder = scratch();
		const fifo = path.join(folder, "fifo");
		expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
		const endless = runShell(
			`yes > '${fifo}' & node dist/cli.js import '${fifo}'; status=$?; kill $! 2>/dev/null; exit $status`,
		);
		expect(endless.code).toBe(65);
		expect(endless.stderr).toBe(`${fifo}: too large (limit 100 MB)\n`);
		const note = runShell(
			`cat '${bundledNote}' > '${fifo}' & node dist/cli.js '${fifo}' --format text --section thesis`,
		);
		expect(note.code).toBe(0);
		expect(note.stdout).toContain("Microsoft");
	});

	it("a library folder holding a FIFO and links to devices, named *.json, is read without them", () => {
		const folder = scratch();
		copyFileSync(bundledNote, path.join(folder, "note.json"));
		expect(spawnSync("mkfifo", [path.join(folder, "fifo.json")]).status).toBe(0);
		symlinkSync("/dev/zero", path.join(folder, "zero.json"));
		symlinkSync("/dev/tty", path.join(folder, "tty.json"));
		const result = runCli(["list", folder]);
		expect(result).toMatchObject({ code: 0, stderr: "" });
		expect(result.stdout).toContain("Microsoft");
	});

	it("a file over the limit is refused before it is read (sparse files: nothing is written)", () => {
		const folder = scratch();
		const big = path.join(folder, "big.txt");
		writeFileSync(big, "");
		truncateSync(big, 100 * 1024 * 1024 + 1);
		expect(runCli(["import", big])).toMatchObject({ code: 65, stderr: `${big}: too large (limit 100 MB)\n` });
		const note = path.join(folder, "big.json");
		writeFileSync(note, "");
		truncateSync(note, 64 * 1024 * 1024 + 1);
		expect(runCli([note])).toMatchObject({ code: 65, stderr: `${note}: too large (limit 64 MB)\n` });
		expect(runCli(["validate", note])).toMatchObject({
			code: 65,
			stdout: `${note}: too large (limit 64 MB)\n`,
		});
	});

	it("a symbolic link loop is named in words", () => {
		const loop = path.join(scratch(), "loop.json");
		symlinkSync(loop, loop);
		expect(runCli([loop])).toMatchObject({ code: 66, stderr: `${loop}: too many symbolic links\n` });
	});
});

describe("hostile file names", () => {
	const hostile = "\u001b]2;pwned\u0007\u001b[2Jevil\nbriefing: forged line";

	it("validate names a malformed or empty file without letting its escapes or line breaks through", () => {
		const folder = scratch();
		const empty = path.join(folder, `${hostile}.json`);
		const broken = path.join(folder, `${hostile}2.json`);
		writeFileSync(empty, "");
		writeFileSync(broken, "{");
		const result = runCli(["validate", empty, broken]);
		expect(result.code).toBe(65);
		const lines = result.stdout.trimEnd().split("\n");
		expect(lines).toHaveLength(2);
		expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u);
		expect(lines[0]).toBe(
			`${folder}/evil\\nbriefing: forged line.json:1:1: expected a note, got an empty file`,
		);
		expect(lines[1]).toMatch(/evil\\nbriefing: forged line2\.json:1:2: /u);
	});

	it.each([
		["reading it", (file: string) => [file]],
		["importing it", (file: string) => ["import", file]],
		["a missing one", (file: string) => [`${file}-missing`]],
	])("an error on %s is one clean line", (_, args) => {
		const file = path.join(scratch(), hostile);
		writeFileSync(file, "{");
		const result = runCli(args(file));
		expect(result.code).toBeGreaterThan(60);
		expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
		expect(result.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u);
		expect(result.stderr).toContain("evil\\nbriefing: forged line");
	});

	it("a usage error quoting a hostile argument is one clean line (and the usual hint)", () => {
		const result = runCli(["schema", hostile]);
		expect(result.code).toBe(2);
		expect(result.stderr).toBe(
			'briefing: schema: expected no arguments, got "evil\\nbriefing: forged line"\nRun briefing --help for usage.\n',
		);
	});

	it("list --format json gives a file's name whole, with nothing in it a terminal would act on", () => {
		const folder = scratch();
		copyFileSync(bundledNote, path.join(folder, `${hostile}\u009b2J.json`));
		const result = runCli(["list", folder, "--format", "json"]);
		expect(result.code).toBe(0);
		expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u);
		expect(JSON.parse(result.stdout)[0].file).toBe(path.join(folder, `${hostile}\u009b2J.json`));
	});

	it("a folder's warnings about a bad file and an override name them on one line each", () => {
		const folder = scratch();
		writeFileSync(path.join(folder, `${hostile}.json`), "{");
		copyFileSync(bundledNote, path.join(folder, `${hostile}-copy.json`));
		copyFileSync(bundledNote, path.join(folder, "plain.json"));
		const result = runCli([folder, "--format", "text", "--section", "thesis"]);
		expect(result.code).toBe(0);
		const warnings = result.stderr.trimEnd().split("\n");
		expect(warnings).toHaveLength(2);
		for (const line of warnings) expect(line).toMatch(/^briefing: /u);
		expect(result.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u);
	});
});

describe("file names that are not UTF-8", () => {
	it("are read by their bytes and shown with U+FFFD for the bytes that are not UTF-8", () => {
		const folder = scratch();
		const bytes = (name: string) => Buffer.concat([Buffer.from(`${folder}/`), Buffer.from(name, "latin1")]);
		copyFileSync(bundledNote, bytes("note-\xff\xfe.json"));
		writeFileSync(bytes("broken-\xff.json"), "{");
		const result = runCli(["list", folder, "--lang", "en"]);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain("Microsoft may launch");
		// The index keys notes by their path as text, so this library is read from its files.
		expect(result.stderr).toBe(
			`briefing: a file name in the library is not UTF-8; reading the note files instead\nbriefing: skipped ${folder}/broken-\ufffd.json:1:2: expected '}'\n`,
		);
		const json = JSON.parse(runCli(["list", folder, "--format", "json"]).stdout);
		expect(json[0].file).toBe(`${folder}/note-\ufffd\ufffd.json`);
	});
});

describe("unreadable subfolders", () => {
	// Root reads every folder, so the run is as the unprivileged user nobody, where setpriv lets us.
	const asNobody = process.getuid?.() === 0 && spawnSync("setpriv", ["--version"]).status === 0;
	if (!asNobody)
		console.log("skipped the unreadable-subfolder tests: they need root and setpriv to run as nobody");

	it.skipIf(!asNobody)("are skipped with one warning each; the rest of the library and --strict", () => {
		const library = scratch();
		chmodSync(library, 0o755);
		mkdirSync(path.join(library, "public"), { mode: 0o755 });
		mkdirSync(path.join(library, "private"), { mode: 0o700 });
		copyFileSync(bundledNote, path.join(library, "public", "note.json"));
		chmodSync(path.join(library, "public", "note.json"), 0o644);
		// A library index nobody may write, so the warnings come through the index as they would for a user.
		const cache = scratch();
		chmodSync(cache, 0o777);
		const run = (args: string[], env: Record<string, string> = {}) => {
			const result = spawnSync(
				"setpriv",
				["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, "dist/cli.js", ...args],
				{
					cwd: root,
					env: { PATH: process.env.PATH ?? "", LANG: "en_US.UTF-8", BRIEFING_CACHE: cache, ...env },
					encoding: "utf8",
				},
			);
			return { code: result.status, stdout: result.stdout, stderr: result.stderr };
		};
		const listed = run(["list", library]);
		expect(listed.code).toBe(0);
		expect(listed.stdout).toContain("Microsoft");
		expect(listed.stderr).toBe(`briefing: skipped ${library}/private: permission denied\n`);
		// BRIEFING_PATH with a private folder in it keeps the bundled note.
		const bundled = run(["list"], { BRIEFING_PATH: library });
		expect(bundled.code).toBe(0);
		expect(bundled.stdout).toContain("Microsoft");
		expect(run(["list", library, "--strict"])).toMatchObject({
			code: 66,
			stderr: `${library}/private: permission denied\n`,
		});
	});

	it("a subfolder too deep to name is skipped with one warning", () => {
		const library = scratch();
		copyFileSync(bundledNote, path.join(library, "note.json"));
		// Made a step at a time, relative to the last: its full path is longer than a path may be.
		const step = "d".repeat(200);
		const made = spawnSync(process.execPath, [
			"-e",
			`process.chdir(process.argv[1]); for (let i = 0; i < 30; i++) { require("fs").mkdirSync("${step}"); process.chdir("${step}"); }`,
			library,
		]);
		expect(made.status).toBe(0);
		const listed = runCli(["list", library]);
		expect(listed.code).toBe(0);
		expect(listed.stdout).toContain("Microsoft");
		// The path shown is cut to 1,000 characters, like every file name in a message.
		expect(listed.stderr).toMatch(/^briefing: skipped \/.+\/d+…: the name is too long\n$/u);
		spawnSync("rm", ["-rf", library]);
	});
});

describe("a kill in the middle of writing the note", () => {
	it.each(["SIGINT", "SIGTERM", "SIGHUP"] as const)(
		"%s leaves the old note whole and no temporary file",
		async (signal) => {
			const folder = scratch();
			const note = path.join(folder, "note.json");
			expect(runCli(["import", repost, "-o", note]).code).toBe(0);
			const old = readFileSync(note);
			// A long repost makes a note of megabytes, written a megabyte at a time: time enough to be killed.
			const lines = readFileSync(seed, "utf8").split("\n");
			const input = path.join(folder, "long.txt");
			writeFileSync(input, `${lines.slice(0, 6).join("\n")}\n${`${lines[6]} `.repeat(1500)}\n`);
			// The kill must land while the temporary file is there; a run that ends first is tried again.
			let ended: number | null = null;
			let killed = false;
			for (let attempt = 0; attempt < 3 && !killed; attempt += 1) {
				const child = spawn(process.execPath, ["dist/cli.js", "import", input, "-o", note, "--force"], {
					cwd: root,
					stdio: "ignore",
				});
				const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
				while (!killed && child.exitCode === null) {
					if (temporaryFiles(folder).length > 0) {
						child.kill(signal);
						killed = true;
					}
					await new Promise((resolve) => setImmediate(resolve));
				}
				ended = await exited;
				if (!killed) writeFileSync(note, old);
			}
			expect(killed).toBe(true);
			expect(temporaryFiles(folder)).toEqual([]);
			// Killed while writing: the old note, whole. Killed in the instant after the move: the new one, whole.
			const now = readFileSync(note);
			if (now.equals(old)) expect(ended).toBe(128 + { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }[signal]);
			else expect(JSON.parse(now.toString("utf8")).figures.length).toBeGreaterThan(1000);
		},
		60_000,
	);
});

describe("the readme's limits", () => {
	it("are the limits the code applies", () => {
		const readme = readFileSync(path.join(root, "readme.md"), "utf8");
		const limit = (what: string) =>
			Number(new RegExp(`^\\| ${what}[^|]*\\| (\\d+) MB`, "mu").exec(readme)?.[1]);
		expect(limit("a note: a file")).toBe(inputLimits.note / 1024 / 1024);
		expect(limit("a text to import")).toBe(inputLimits.import / 1024 / 1024);
		expect(limit("a note's source text")).toBe(inputLimits.import / 1024 / 1024);
		expect(inputLimits.import).toBeGreaterThanOrEqual(100 * 1024 * 1024);
	});
});

describe("large but legal notes", () => {
	it("a note whose summary is one 3 MB word prints in full, within the width, and list shows a 2 MB title whole", () => {
		const folder = scratch();
		const note = JSON.parse(readFileSync(bundledNote, "utf8"));
		const word = "https://example.com/".concat("aZ09+/=".repeat(450_000));
		const file = path.join(folder, "word.json");
		writeFileSync(file, JSON.stringify({ ...note, thesis: { ...note.thesis, summary: { en: word } } }));
		const printed = runCli([
			file,
			"--format",
			"text",
			"--lang",
			"en",
			"--section",
			"thesis",
			"--width",
			"80",
		]);
		expect(printed.code).toBe(0);
		const lines = printed.stdout.split("\n");
		expect(lines.every((line) => line.length <= 80)).toBe(true);
		expect(lines.filter((line) => line.length === 80).join("")).toContain(word.slice(0, 80 * 1000));

		const titled = path.join(folder, "title.json");
		writeFileSync(titled, JSON.stringify({ ...note, title: { en: "T".repeat(2 * 1024 * 1024) } }));
		const listed = runCli(["list", titled, "--lang", "en", "--width", "100"]);
		expect(listed.code).toBe(0);
		// Piped, the note is one line, its title a field of it, whole.
		const [line, ...rest] = listed.stdout.split("\n");
		expect(rest).toEqual([""]);
		expect(line?.split("\t")[4]).toBe("T".repeat(2 * 1024 * 1024));
	}, 60_000);
});
