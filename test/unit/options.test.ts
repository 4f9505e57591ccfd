import { describe, expect, it } from "vitest";
import { BriefingError } from "../../source/base/briefing-error.ts";
import { type Flags, positiveInteger, resolveOptions } from "../../source/cli/options.ts";
import type { TerminalFacts } from "../../source/terminal/terminal-facts.ts";

const flags = (overrides: Partial<Flags> = {}): Flags => ({ section: [], debug: false, ...overrides });

const facts = (overrides: Partial<TerminalFacts> = {}): TerminalFacts => ({
	stdoutIsTTY: false,
	stdinIsTTY: false,
	columns: undefined,
	rows: undefined,
	environment: {},
	colorSupport: 0,
	...overrides,
});

function usageError(run: () => unknown): BriefingError {
	try {
		run();
	} catch (error) {
		if (error instanceof BriefingError) {
			expect(error.kind).toBe("usage");
			return error;
		}
		throw error;
	}
	throw new Error("expected a usage error");
}

describe("resolveOptions: defaults", () => {
	it("prints text when standard output is piped", () => {
		const options = resolveOptions(["note.json"], flags(), facts());
		expect(options).toEqual({
			command: "read",
			inputs: ["note.json"],
			format: "text",
			sections: ["thesis", "breakdown", "figures", "risks", "analysts", "source"],
			sectionsChosen: false,
			query: "",
			pathFolders: [],
			folders: [],
			strict: false,
			filter: {},
			language: "en",
			languageChosen: false,
			width: 80,
			color: undefined,
			mouse: true,
			output: undefined,
			force: false,
			brief: false,
			rebuild: false,
			status: false,
			figures: false,
			debug: false,
		});
	});

	it("takes --rebuild and --status only with briefing index", () => {
		expect(resolveOptions(["index"], flags({ rebuild: true }), facts())).toMatchObject({
			command: "index",
			rebuild: true,
			status: false,
		});
		expect(() => resolveOptions(["list"], flags({ status: true }), facts())).toThrow(
			"--status: only with briefing index",
		);
	});

	it("opens the interactive reader on a terminal", () => {
		expect(resolveOptions([], flags(), facts({ stdoutIsTTY: true, columns: 120 })).format).toBeUndefined();
	});

	it("prints the format asked for, even on a terminal", () => {
		expect(resolveOptions([], flags({ format: "json" }), facts({ stdoutIsTTY: true })).format).toBe("json");
		expect(resolveOptions([], flags({ format: "markdown" }), facts()).format).toBe("markdown");
	});

	it("passes the inputs, --color and --debug through", () => {
		const options = resolveOptions(["a.json", "-", "dir"], flags({ color: false, debug: true }), facts());
		expect(options.inputs).toEqual(["a.json", "-", "dir"]);
		expect(options.color).toBe(false);
		expect(options.debug).toBe(true);
	});

	it("lets the reader use the mouse unless --no-mouse is given", () => {
		expect(resolveOptions([], flags({}), facts()).mouse).toBe(true);
		expect(resolveOptions([], flags({ mouse: false }), facts()).mouse).toBe(false);
	});
});

describe("resolveOptions: validation", () => {
	it.each(["html", "TEXT", ""])("rejects --format %j, naming the flag", (format) => {
		const { message } = usageError(() => resolveOptions([], flags({ format }), facts()));
		expect(message).toMatch(/^--format: expected one of text, markdown, json, got "/u);
	});

	it.each(["fr", "zh_CN", "EN", ""])("rejects --lang %j, naming the flag", (lang) => {
		const { message } = usageError(() => resolveOptions([], flags({ lang }), facts()));
		expect(message).toMatch(/^--lang: /u);
		expect(message).toContain(`"${lang}"`);
	});

	it.each(["abc", "0", "-5", "19", "1001", "12.5", "8e1", ""])(
		"rejects --width %j, naming the flag",
		(width) => {
			const { message } = usageError(() => resolveOptions([], flags({ width }), facts()));
			expect(message).toBe(`--width: expected a whole number from 20 to 1000, got "${width}"`);
		},
	);

	it.each([
		["20", 20],
		["1000", 1000],
		[" 72 ", 72],
	])("accepts --width %j", (width, expected) => {
		expect(resolveOptions([], flags({ width }), facts()).width).toBe(expected);
	});

	it("takes --lang over the locale", () => {
		const environment = { LANG: "zh_CN.UTF-8" };
		expect(resolveOptions([], flags(), facts({ environment })).language).toBe("zh");
		expect(resolveOptions([], flags({ lang: "en" }), facts({ environment })).language).toBe("en");
		expect(resolveOptions([], flags({ lang: "both" }), facts()).language).toBe("both");
	});
});

describe("resolveOptions: sections", () => {
	it("accepts a comma-separated list", () => {
		const options = resolveOptions([], flags({ section: ["thesis,figures"] }), facts());
		expect(options.sections).toEqual(["thesis", "figures"]);
		expect(options.sectionsChosen).toBe(true);
	});

	it("accepts repeated flags and puts the sections in the briefing's order", () => {
		expect(resolveOptions([], flags({ section: ["source", "thesis"] }), facts()).sections).toEqual([
			"thesis",
			"source",
		]);
		expect(resolveOptions([], flags({ section: ["risks,figures", "breakdown"] }), facts()).sections).toEqual([
			"breakdown",
			"figures",
			"risks",
		]);
	});

	it("ignores case, spaces around names and repeats", () => {
		expect(
			resolveOptions([], flags({ section: [" Figures , THESIS", "figures"] }), facts()).sections,
		).toEqual(["thesis", "figures"]);
	});

	it("rejects an unknown section, naming the flag and the section", () => {
		const { message } = usageError(() => resolveOptions([], flags({ section: ["thesis,charts"] }), facts()));
		expect(message).toBe(
			'--section: expected one of thesis, breakdown, figures, risks, analysts, source, got "charts"',
		);
	});
});

describe("resolveOptions: width", () => {
	const environment = { COLUMNS: "132" };

	it("takes --width first", () => {
		expect(resolveOptions([], flags({ width: "50" }), facts({ environment, columns: 200 })).width).toBe(50);
	});

	it("then COLUMNS", () => {
		expect(resolveOptions([], flags(), facts({ environment, columns: 200 })).width).toBe(132);
	});

	it("then the terminal's columns", () => {
		expect(resolveOptions([], flags(), facts({ columns: 200 })).width).toBe(200);
	});

	it("then 80", () => {
		expect(resolveOptions([], flags(), facts()).width).toBe(80);
	});

	it("skips a COLUMNS that is not a positive whole number", () => {
		for (const COLUMNS of ["", "0", "wide", "-3", "12.5"]) {
			expect(resolveOptions([], flags(), facts({ environment: { COLUMNS }, columns: 90 })).width).toBe(90);
		}
	});

	it("keeps a width from COLUMNS or the terminal within 20 to 1000, as --width must be", () => {
		for (const [COLUMNS, width] of [
			["5", 20],
			["19", 20],
			["1001", 1000],
			["100000", 1000],
		] as const) {
			expect(resolveOptions([], flags(), facts({ environment: { COLUMNS } })).width, COLUMNS).toBe(width);
		}
		expect(resolveOptions([], flags(), facts({ columns: 12 })).width).toBe(20);
		expect(resolveOptions([], flags(), facts({ columns: 4000 })).width).toBe(1000);
	});

	it("treats a terminal that reports 0 columns as unknown", () => {
		expect(
			resolveOptions([], flags({ format: "text" }), facts({ stdoutIsTTY: true, columns: 0 })).width,
		).toBe(80);
	});
});

describe("resolveOptions: the search query", () => {
	it("leaves out the quotes around a word or a phrase, which no note holds as typed", () => {
		const query = (typed: string) => resolveOptions(["search", typed], flags(), facts()).query;
		expect(query('"capex rises"')).toBe("capex rises");
		expect(query("'capex' “算力” ‘AI’ 「资本开支」")).toBe("capex 算力 AI 资本开支");
		// Quotes inside a word, and a query of quotes alone, are searched for.
		expect(query("sector's")).toBe("sector's");
		expect(query('"')).toBe('"');
	});
});

describe("resolveOptions: standard input", () => {
	it("may be named once: a second - would read an empty input", () => {
		for (const [input, prefix] of [
			[["-", "-"], ""],
			[["list", "-", "a.json", "-"], "list: "],
		] as const) {
			const { message } = usageError(() => resolveOptions([...input], flags(), facts()));
			expect(message).toBe(`${prefix}- (standard input) can be named once`);
		}
		expect(resolveOptions(["-", "a.json"], flags(), facts()).inputs).toEqual(["-", "a.json"]);
	});
});

describe("resolveOptions: --format with a command that prints one thing", () => {
	it("is a usage error with schema, validate and index, which would print the same without it", () => {
		for (const [input, prints] of [
			[["schema"], "JSON Schema"],
			[["validate", "a.json"], "one line per problem"],
			[["index"], "text"],
		] as const) {
			for (const format of ["text", "markdown", "json"]) {
				const { message } = usageError(() => resolveOptions([...input], flags({ format }), facts()));
				expect(message).toBe(`--format: not with ${input[0]}, which prints ${prints}`);
			}
		}
	});
});

describe("resolveOptions: schema", () => {
	it("recognises the schema command", () => {
		const options = resolveOptions(["schema"], flags(), facts());
		expect(options.command).toBe("schema");
		expect(options.inputs).toEqual([]);
	});

	it("rejects arguments after schema", () => {
		const { message } = usageError(() => resolveOptions(["schema", "note.json"], flags(), facts()));
		expect(message).toBe('schema: expected no arguments, got "note.json"');
	});

	it("reads a file called schema only when it is not the first argument", () => {
		const options = resolveOptions(["a.json", "schema"], flags(), facts());
		expect(options.command).toBe("read");
		expect(options.inputs).toEqual(["a.json", "schema"]);
	});
});

describe("resolveOptions: import", () => {
	it("takes one file, --output and --force", () => {
		const options = resolveOptions(
			["import", "repost.txt"],
			flags({ output: "note.json", force: true }),
			facts(),
		);
		expect(options).toMatchObject({
			command: "import",
			inputs: ["repost.txt"],
			output: "note.json",
			force: true,
		});
	});

	it.each([
		[["import"], {}, "import: expected a file to import (or - for standard input)"],
		[["import", "a.txt"], { output: "" }, "--output: expected a file name"],
		[["list"], { output: "x.json" }, "--output: only with briefing import"],
		[["a.json"], { force: true }, "--force: only with briefing import"],
		[
			["import", "a.txt"],
			{ format: "text" },
			"import: prints the note as JSON; to read it, pipe it on: briefing import FILE | briefing -",
		],
	])("rejects %j with %j", (input, given, expected) => {
		expect(usageError(() => resolveOptions(input, flags(given), facts())).message).toBe(expected);
	});
});

describe("resolveOptions: --brief, digest and WHEN", () => {
	// 2025-06-05 01:30 UTC is still the 4th in New York.
	const clocked = facts({ now: Date.parse("2025-06-05T01:30:00Z"), timeZone: "America/New_York" });

	it("reads today, yesterday, Nd and Nw against the clock and time zone it is given", () => {
		const options = resolveOptions(
			["digest"],
			{ section: [], debug: false, since: "yesterday", until: "today" },
			clocked,
		);
		expect(options.command).toBe("digest");
		expect(options.brief).toBe(true);
		expect(options.filter).toEqual({ since: "2025-06-03", until: "2025-06-04" });
		const week = resolveOptions(["list"], { section: [], debug: false, since: "1w" }, clocked);
		expect(week.filter).toEqual({ since: "2025-05-28" });
	});

	it("takes BRIEFING_NOW over the clock", () => {
		const environment = { ...clocked.environment, BRIEFING_NOW: "2024-01-01T12:00:00Z" };
		const options = resolveOptions(
			["digest"],
			{ section: [], debug: false, since: "today" },
			{ ...clocked, environment },
		);
		expect(options.filter).toEqual({ since: "2024-01-01" });
	});

	it("rejects a window that ends before it starts, and keeps one that a whole month or year closes", () => {
		const window = (since: string, until: string) =>
			resolveOptions(["digest"], { section: [], debug: false, since, until }, clocked);
		for (const [since, until] of [
			["2025-06-05", "2025-06-04"],
			["2026", "2025-12"],
			["today", "yesterday"],
		] as const) {
			expect(usageError(() => window(since, until)).message).toMatch(
				/^--since \S+ is after --until \S+: no date is in between$/u,
			);
		}
		expect(window("2025-06", "2025").filter).toEqual({ since: "2025-06", until: "2025" });
		expect(window("2025-06-04", "2025-06-04").filter).toEqual({ since: "2025-06-04", until: "2025-06-04" });
	});

	it("takes --brief only when reading notes", () => {
		expect(resolveOptions([], { section: [], debug: false, brief: true }, facts()).brief).toBe(true);
		expect(() =>
			resolveOptions(["search", "x"], { section: [], debug: false, brief: true }, facts()),
		).toThrow("--brief: only when reading notes");
		expect(() => resolveOptions(["digest"], { section: ["risks"], debug: false }, facts())).toThrow(
			"--section: a brief is always the same selection",
		);
	});
});

describe("positiveInteger", () => {
	it("reads whole numbers of at least 1", () => {
		expect(positiveInteger("80")).toBe(80);
		expect(positiveInteger(" 120 ")).toBe(120);
		expect(positiveInteger("007")).toBe(7);
	});

	it.each([undefined, "", "0", "-1", "1.5", "1e3", "80px", "abc", " "])("gives undefined for %j", (value) => {
		expect(positiveInteger(value)).toBeUndefined();
	});
});
