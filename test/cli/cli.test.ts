import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { root, runCli } from "../support/run-cli.ts";
import { temporaryFolder } from "../support/temporary-folder.ts";

const minimal = "test/fixtures/minimal-note.json";
const hasEscape = (text: string) => /[\u001b\u009b]/.test(text);

function temporaryFile(name: string, text: string): string {
	const file = path.join(temporaryFolder("cli"), name);
	writeFileSync(file, text);
	return file;
}

describe("piped output", () => {
	it("prints the bundled briefing as plain text when piped, with no escape codes", () => {
		const { code, stdout, stderr } = runCli([]);
		expect(stderr).toBe("");
		expect(code).toBe(0);
		expect(hasEscape(stdout)).toBe(false);
		for (const heading of [
			"THESIS",
			"BREAKDOWN",
			"KEY NUMBERS",
			"RISKS",
			"ANALYSTS AND CONTACTS",
			"SOURCE",
		]) {
			expect(stdout).toContain(heading);
		}
		expect(stdout).toContain("MAI-1");
		expect(stdout).toContain("S0570519080006");
	});

	const partition = (lines: string[], keep: (line: string) => boolean): [string[], string[]] => [
		lines.filter(keep),
		lines.filter((line) => !keep(line)),
	];

	it("wraps every line to the width, CJK included, and prints an address whole past it", () => {
		for (const width of [40, 100]) {
			for (const lang of ["en", "zh", "both"]) {
				const { stdout } = runCli(["--width", String(width), "--lang", lang]);
				// Only an address goes past the width: printed whole, as a pipe cannot link a cut one.
				const [fitting, past] = partition(stdout.split("\n"), (line) => stringWidth(line) <= width);
				for (const line of past) expect(line, `${lang} at ${width}`).toMatch(/^.*\s(https?:\/\/\S+)$/);
				const widest = Math.max(...fitting.map((line) => stringWidth(line)));
				expect(widest, `${lang} at ${width}`).toBeGreaterThan(width - 10);
			}
		}
	});

	it("takes the width from COLUMNS, else 80", () => {
		const widest = (text: string) => Math.max(...text.split("\n").map((line) => stringWidth(line)));
		expect(widest(runCli([], { env: { COLUMNS: "50" } }).stdout)).toBeLessThanOrEqual(50);
		const defaultWidth = widest(runCli([]).stdout);
		expect(defaultWidth).toBeLessThanOrEqual(80);
		expect(defaultWidth).toBeGreaterThan(70);
	});

	it("picks sections, in the briefing's order", () => {
		const { code, stdout } = runCli(["--section", "risks", "--section", "thesis"]);
		expect(code).toBe(0);
		expect(stdout.indexOf("THESIS")).toBeLessThan(stdout.indexOf("RISKS"));
		expect(stdout).not.toContain("KEY NUMBERS");
		expect(runCli(["--section", "thesis,figures"]).stdout).toContain("KEY NUMBERS");
	});

	it("chooses the language from --lang, then LC_ALL, LC_MESSAGES and LANG", () => {
		expect(runCli(["--section", "risks"], { env: { LANG: "zh_CN.UTF-8" } }).stdout).toContain("风险提示");
		expect(
			runCli(["--section", "risks"], { env: { LANG: "zh_CN.UTF-8", LC_ALL: "en_US.UTF-8" } }).stdout,
		).toContain("RISKS");
		expect(runCli(["--section", "risks", "--lang", "zh"]).stdout).toContain("风险提示");
		const both = runCli(["--section", "risks", "--lang", "both"]).stdout;
		expect(both).toContain("自研模型进展不及预期");
		expect(both).toMatch(/[A-Za-z]{5,}/);
	});

	it("colours only when asked, and NO_COLOR turns colour off", () => {
		expect(hasEscape(runCli(["--color"]).stdout)).toBe(true);
		expect(hasEscape(runCli([], { env: { FORCE_COLOR: "1" } }).stdout)).toBe(true);
		expect(hasEscape(runCli([], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } }).stdout)).toBe(false);
		expect(hasEscape(runCli(["--color", "--no-color"]).stdout)).toBe(false);
	});

	it("prints Markdown", () => {
		const { code, stdout } = runCli(["--format", "markdown"]);
		expect(code).toBe(0);
		expect(stdout).toMatch(/^# /);
		expect(stdout).toContain("## Key numbers");
		expect(stdout).toMatch(/^\| .* \|$/m);
		expect(hasEscape(stdout)).toBe(false);
	});

	it("prints the validated note itself as JSON", () => {
		const { code, stdout } = runCli(["--format", "json"]);
		expect(code).toBe(0);
		const note = JSON.parse(stdout);
		expect(note.id).toBe("huatai-2024-05-07-microsoft-mai-1");
		expect(note.figures.length).toBeGreaterThanOrEqual(10);
	});

	it("prints a short disclaimer by default, the whole of it with --section source", () => {
		const short = runCli(["--lang", "zh"]).stdout;
		const full = runCli(["--lang", "zh", "--section", "source"]).stdout;
		expect(full).toContain("91320000704041011J");
		expect(short).not.toContain("91320000704041011J");
	});

	it("reads a note from standard input with -", () => {
		const { code, stdout } = runCli(["-"], { input: readFileSync(path.join(root, minimal), "utf8") });
		expect(code).toBe(0);
		expect(stdout).toContain("Widgets: demand holds up");
	});

	it("reads a folder of notes", () => {
		const { code, stdout } = runCli(["data/notes", "--section", "thesis"]);
		expect(code).toBe(0);
		expect(stdout).toContain("MAI-1");
	});

	it("exits 0 silently when the reader of the pipe goes away", () => {
		// Far more than a pipe's buffer holds, so the write really meets the closed pipe.
		const folder = temporaryFolder("many");
		spawnSync(process.execPath, ["scripts/generate-notes.js", "60", folder], { cwd: root });
		const many = folder;
		const result = spawnSync(
			"bash",
			["--norc", "--noprofile", "-c", `node dist/cli.js ${many} | head -1; echo "status:\${PIPESTATUS[0]}"`],
			{
				cwd: root,
				env: { PATH: process.env.PATH ?? "", BRIEFING_CACHE: process.env.BRIEFING_CACHE ?? "" },
				encoding: "utf8",
			},
		);
		expect(result.stdout).toContain("status:0");
		expect(result.stderr).toBe("");
	});

	it("exits 74 when output cannot be written", () => {
		const result = spawnSync(
			"bash",
			["--norc", "--noprofile", "-c", "node dist/cli.js > /dev/full; echo status:$?"],
			{
				cwd: root,
				env: { PATH: process.env.PATH ?? "", BRIEFING_CACHE: process.env.BRIEFING_CACHE ?? "" },
				encoding: "utf8",
			},
		);
		expect(result.stdout).toContain("status:74");
		expect(result.stderr).not.toMatch(/\n\s+at /);
	});
});

describe("bad input", () => {
	it("reports malformed JSON as file:line:column, exit 65, no stack trace", () => {
		const file = temporaryFile("bad.json", '{\n  "id": "x",\n  "title": \n}\n');
		const { code, stderr, stdout } = runCli([file]);
		expect(code).toBe(65);
		expect(stdout).toBe("");
		expect(stderr.trim()).toBe(`${file}:4:1: expected a value`);
	});

	it("reports schema violations with field paths, exit 65", () => {
		const note = JSON.parse(readFileSync(path.join(root, minimal), "utf8"));
		note.reportDate = "2 January 2025";
		note.figures[0].change.unit = "percent";
		const file = temporaryFile("invalid.json", JSON.stringify(note));
		const { code, stderr } = runCli([file]);
		expect(code).toBe(65);
		expect(stderr).toContain(`${file}: reportDate: expected a date written YYYY-MM-DD`);
		expect(stderr).toContain(`${file}: figures[0].change.unit: expected one of`);
		expect(stderr).not.toMatch(/\n\s+at /);
	});

	it("sanitizes file names in error messages", () => {
		const { code, stderr } = runCli(["no\u001b[2Jsuch.json"]);
		expect(code).toBe(66);
		expect(stderr).not.toContain("\u001b");
		expect(stderr).toContain("nosuch.json: no such file or folder");
	});

	it("says why a number out of range is not a number a note can hold", () => {
		const note = readFileSync(path.join(root, minimal), "utf8").replace('"value": 1200', '"value": 1e309');
		const file = temporaryFile("infinite.json", note);
		const { code, stderr } = runCli([file]);
		expect(code).toBe(65);
		expect(stderr.trim()).toBe(`${file}: figures[0].value: expected number, got Infinity`);
	});

	it("exits 66 for a path that does not exist", () => {
		const { code, stderr } = runCli(["no/such/note.json"]);
		expect(code).toBe(66);
		expect(stderr.trim()).toBe("no/such/note.json: no such file or folder");
	});

	it("exits 2 for a wrong flag or value", () => {
		const unknown = runCli(["--frobnicate"]);
		expect(unknown.code).toBe(2);
		expect(unknown.stderr.split("\n")[0]).toBe("briefing: unknown flag --frobnicate");
		const format = runCli(["--format", "pdf"]);
		expect(format.code).toBe(2);
		expect(format.stderr).toContain("--format: expected one of text, markdown, json");
		expect(runCli(["--width", "ten"]).code).toBe(2);
		expect(runCli(["--section", "summary"]).code).toBe(2);
		expect(runCli(["--lang", "fr"]).code).toBe(2);
	});

	it("exits 2 for a flag that takes a value given none, instead of running as if it were not given", () => {
		for (const args of [
			["--section"],
			["--dir"],
			["--broker"],
			["--broker", "--lang", "en"],
			["--since="],
			["list", "--dir", "--since", "2024"],
			["import", "-", "-o"],
		]) {
			const run = runCli(args);
			const flag = (args.find((arg) => arg.startsWith("-") && arg !== "-") as string).replace(/=$/u, "");
			expect(run.code, args.join(" ")).toBe(2);
			expect(run.stdout, args.join(" ")).toBe("");
			expect(run.stderr, args.join(" ")).toBe(
				`briefing: ${flag === "-o" ? "-o" : flag}: expected a value\nRun briefing --help for usage.\n`,
			);
		}
		expect(runCli(["--section=thesis", "--format", "text"]).code).toBe(0);
	});

	it("exits 66 for a missing folder or file named to list or search, as when reading notes", () => {
		for (const args of [
			["list", "--dir", "no/such/folder"],
			["search", "capex", "--dir", "no/such/folder"],
			["list", "no/such/folder"],
			["search", "capex", "no/such/folder"],
		]) {
			const run = runCli(args);
			expect(run.code, args.join(" ")).toBe(66);
			expect(run.stdout, args.join(" ")).toBe("");
			expect(run.stderr.trim(), args.join(" ")).toBe("no/such/folder: no such file or folder");
		}
	});

	it("exits 66 for a device named to list or search, instead of reading it into the index (/dev/zero aborted)", () => {
		for (const args of [
			["list", "/dev/zero"],
			["list", "/dev/null"],
			["search", "capex", "/dev/zero"],
		]) {
			const run = runCli(args);
			expect(run.code, args.join(" ")).toBe(66);
			expect(run.stderr.trim(), args.join(" ")).toBe(
				`${args.at(-1)}: not a regular file (a device or a socket)`,
			);
		}
	});

	it("exits 2 for --format markdown with list or search, which print text or JSON only", () => {
		for (const command of [["list"], ["search", "capex"]]) {
			const run = runCli([...command, "--format", "markdown"]);
			expect(run.code, command[0]).toBe(2);
			expect(run.stdout).toBe("");
			expect(run.stderr.split("\n")[0]).toBe(
				`briefing: ${command[0]}: prints text or JSON (--format text or json), not markdown`,
			);
		}
	});

	it("exits 2 for --section with list, search or index, which print no sections (it was ignored)", () => {
		for (const command of [["list"], ["search", "capex"], ["index"]]) {
			const run = runCli([...command, "--section", "risks"]);
			expect(run.code, command[0]).toBe(2);
			expect(run.stdout).toBe("");
			expect(run.stderr.split("\n")[0]).toBe(
				`briefing: --section: only when reading notes (${command[0]} does not print sections)`,
			);
		}
	});

	it("exits 2 for a flag given twice, naming it, and lets --section and --dir repeat", () => {
		for (const [flag, first, second] of [
			["--lang", "en", "zh"],
			["--width", "50", "60"],
			["--format", "text", "json"],
		] as const) {
			const twice = runCli([flag, first, flag, second]);
			expect(twice.code, flag).toBe(2);
			expect(twice.stderr).toBe(
				`briefing: ${flag}: given more than once; give it once\nRun briefing --help for usage.\n`,
			);
		}
		const sections = runCli([
			"--section",
			"thesis",
			"--section",
			"risks",
			"--format",
			"text",
			"--lang",
			"en",
		]);
		expect(sections.code).toBe(0);
		expect(runCli(["--help"]).stdout.replace(/\s+/gu, " ")).toContain(
			"A flag given twice (--lang en --lang zh) is a usage error, exit 2.",
		);
	});

	it("exits 2 for a --since or --until month or day that does not exist, naming the flag and what it expects", () => {
		for (const [flag, value] of [
			["--since", "2024-13"],
			["--since", "2024-02-30"],
			["--until", "2024-13"],
			["--until", "2023-02-29"],
		] as const) {
			const run = runCli(["list", flag, value]);
			expect(run.code, `${flag} ${value}`).toBe(2);
			expect(run.stderr).toContain(
				`${flag}: expected a date written YYYY, YYYY-MM or YYYY-MM-DD (a month and day that exist)`,
			);
			expect(run.stderr).toContain(`got "${value}"`);
		}
		expect(runCli(["list", "--since", "2024-02-29", "--until", "2024-12"]).code).not.toBe(2);
	});

	it("never lets a control sequence from a note reach the output", () => {
		const note = JSON.parse(readFileSync(path.join(root, minimal), "utf8"));
		const attack =
			"\u001b[2J\u001b]0;pwned\u0007\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007\u009b31m\u202e";
		note.title.en = `Title ${attack}`;
		note.thesis.summary.en = `Summary ${attack}\nsecond line`;
		note.figures[0].quote = `quote ${attack}`;
		const file = temporaryFile("hostile.json", JSON.stringify(note));
		for (const format of ["text", "markdown", "json"]) {
			const { code, stdout } = runCli([file, "--format", format]);
			expect(code).toBe(0);
			expect(hasEscape(stdout), format).toBe(false);
			expect(stdout).not.toContain("\u202e");
			expect(stdout).not.toContain("\u0007");
		}
		expect(runCli([file]).stdout).toContain("second line");
	});
});

describe("briefing validate", () => {
	it("prints one line per problem, and exits 0 only when every note is valid", () => {
		const good = path.join(root, minimal);
		expect(runCli(["validate", good, "data/notes/huatai-2024-05-07-microsoft-mai-1.json"])).toMatchObject({
			code: 0,
			stdout: "",
		});
		const note = JSON.parse(readFileSync(good, "utf8"));
		note.reportDate = "soon";
		delete note.title;
		const bad = temporaryFile("validate-bad.json", JSON.stringify(note));
		const broken = temporaryFile("validate-broken.json", "{");
		const { code, stdout } = runCli(["validate", good, bad, broken]);
		expect(code).toBe(65);
		expect(stdout.trimEnd().split("\n")).toEqual([
			`${bad}: title: missing; expected object`,
			`${bad}: reportDate: expected a date written YYYY-MM-DD`,
			`${broken}:1:2: expected '}'`,
		]);
		expect(runCli(["validate", "no-such.json"]).code).toBe(66);
		expect(runCli(["validate"]).code).toBe(2);
	});
});

describe("commands and help", () => {
	it("prints the note format's JSON Schema, the same as data/note.schema.json", () => {
		const { code, stdout } = runCli(["schema"]);
		expect(code).toBe(0);
		expect(stdout).toBe(readFileSync(path.join(root, "data/note.schema.json"), "utf8"));
	});

	it("prints help with usage, flags, examples and exit codes", () => {
		const { code, stdout } = runCli(["--help"]);
		expect(code).toBe(0);
		for (const text of [
			"Usage",
			"--format",
			"--section",
			"--lang",
			"--width",
			"Examples",
			"Exit codes",
			"65",
		]) {
			expect(stdout).toContain(text);
		}
	});

	it("prints the package's version", () => {
		const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
		expect(runCli(["--version"]).stdout.trim()).toBe(version);
	});
});
