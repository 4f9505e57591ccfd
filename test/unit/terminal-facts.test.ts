import { describe, expect, it } from "vitest";
import { colorLevel, supportsHyperlinks, type TerminalFacts } from "../../source/terminal/terminal-facts.ts";

const facts = (
	colorSupport: TerminalFacts["colorSupport"],
	environment: TerminalFacts["environment"] = {},
) => ({
	stdoutIsTTY: true,
	stdinIsTTY: true,
	columns: 80,
	rows: 24,
	environment,
	colorSupport,
});

describe("colorLevel", () => {
	it("is off with --no-color, even when FORCE_COLOR made the terminal report colour", () => {
		expect(colorLevel(false, facts(3, { FORCE_COLOR: "3" }))).toBe(0);
		expect(colorLevel(false, facts(1))).toBe(0);
	});

	it("is at least basic with --color, keeping a better level the terminal supports", () => {
		expect(colorLevel(true, facts(0))).toBe(1);
		expect(colorLevel(true, facts(2))).toBe(2);
		expect(colorLevel(true, facts(3))).toBe(3);
	});

	it("lets --color beat NO_COLOR", () => {
		expect(colorLevel(true, facts(0, { NO_COLOR: "1" }))).toBe(1);
		expect(colorLevel(true, facts(3, { NO_COLOR: "1" }))).toBe(3);
	});

	it("is off when NO_COLOR is set to anything non-empty", () => {
		expect(colorLevel(undefined, facts(3, { NO_COLOR: "1" }))).toBe(0);
		expect(colorLevel(undefined, facts(2, { NO_COLOR: "0" }))).toBe(0);
		expect(colorLevel(undefined, facts(3, { NO_COLOR: "1", FORCE_COLOR: "3" }))).toBe(0);
	});

	it("ignores an empty NO_COLOR", () => {
		expect(colorLevel(undefined, facts(2, { NO_COLOR: "" }))).toBe(2);
	});

	it("otherwise uses what the terminal supports", () => {
		for (const level of [0, 1, 2, 3] as const) expect(colorLevel(undefined, facts(level))).toBe(level);
	});
});

describe("supportsHyperlinks", () => {
	it("follows FORCE_HYPERLINK whatever the terminal", () => {
		expect(supportsHyperlinks({ FORCE_HYPERLINK: "1", TERM: "dumb" })).toBe(true);
		expect(supportsHyperlinks({ FORCE_HYPERLINK: "0", TERM_PROGRAM: "iTerm.app" })).toBe(false);
	});

	it.each([
		{ TERM_PROGRAM: "iTerm.app" },
		{ TERM_PROGRAM: "WezTerm" },
		{ TERM_PROGRAM: "vscode" },
		{ TERM_PROGRAM: "ghostty" },
		{ WT_SESSION: "1b2c" },
		{ KITTY_WINDOW_ID: "1" },
		{ VTE_VERSION: "5000" },
		{ VTE_VERSION: "7600" },
	])("recognises %o", (environment) => {
		expect(supportsHyperlinks(environment)).toBe(true);
	});

	it.each([
		{},
		{ TERM_PROGRAM: "Apple_Terminal" },
		{ VTE_VERSION: "4999" },
		{ VTE_VERSION: "new" },
		{ TERM: "xterm-256color" },
		{ TERM: "dumb", TERM_PROGRAM: "iTerm.app" },
	])("does not assume hyperlinks for %o", (environment) => {
		expect(supportsHyperlinks(environment)).toBe(false);
	});
});
