import type { Key } from "ink";
import { describe, expect, it } from "vitest";
import { hints } from "../../source/app/components/footer.tsx";
import { helpLines } from "../../source/app/components/help-overlay.tsx";
import { bindingFor, keymap } from "../../source/app/keymap.ts";
import { plain } from "../../source/layout/line.ts";

const noKey: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
};

const cases: [string, Partial<Key>, string][] = [
	["", { tab: true }, "nextPane"],
	["", { tab: true, shift: true }, "previousPane"],
	["", { rightArrow: true }, "nextPane"],
	["l", {}, "nextPane"],
	["h", {}, "previousPane"],
	["3", {}, "jumpPane"],
	["j", {}, "down"],
	["", { upArrow: true }, "up"],
	[" ", {}, "pageDown"],
	["b", {}, "pageUp"],
	["", { pageDown: true }, "pageDown"],
	["g", {}, "top"],
	["G", {}, "bottom"],
	["", { end: true }, "bottom"],
	["/", {}, "search"],
	["n", {}, "nextMatch"],
	["N", {}, "previousMatch"],
	["L", {}, "language"],
	["y", {}, "copy"],
	["?", {}, "help"],
	["", { escape: true, meta: true }, "close"],
	["q", {}, "quit"],
	["c", { ctrl: true }, "quit"],
	["z", { ctrl: true }, "suspend"],
];

describe("keymap", () => {
	it.each(cases)("maps %j %j to %s", (input, key, command) => {
		expect(bindingFor(input, { ...noKey, ...key })?.command).toBe(command);
	});

	it("leaves unbound keys alone", () => {
		expect(bindingFor("7", noKey)).toBeUndefined();
		expect(bindingFor("x", noKey)).toBeUndefined();
	});

	it("binds each key press to one command only", () => {
		for (const [input, key] of cases) {
			const matching = keymap.filter((binding) => binding.matches(input, { ...noKey, ...key }));
			expect(matching).toHaveLength(1);
		}
	});

	it("lists every binding in the help overlay", () => {
		const text = helpLines(80).map(plain).join("\n");
		for (const binding of keymap) {
			expect(text).toContain(binding.keys);
			expect(text).toContain(binding.description);
		}
	});

	it("shows footer hints from the same table, by context", () => {
		const base = hints({ inFigures: false, breakdownTabs: false, searching: false }).map(
			(binding) => binding.command,
		);
		expect(base).toEqual(expect.arrayContaining(["jumpPane", "search", "help", "quit"]));
		expect(base).not.toContain("copy");
		expect(
			hints({ inFigures: true, breakdownTabs: false, searching: false }).map((b) => b.command),
		).toContain("copy");
		expect(hints({ inFigures: false, breakdownTabs: true, searching: true }).map((b) => b.command)).toEqual(
			expect.arrayContaining(["nextTab", "nextMatch"]),
		);
	});
});
