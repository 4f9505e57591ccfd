import { describe, expect, it } from "vitest";
import { hints } from "../../source/app/components/footer.tsx";
import { helpLines } from "../../source/app/components/help-overlay.tsx";
import { bindingFor, bindingKeys, keymap, type Mode } from "../../source/app/keymap.ts";
import { plain } from "../../source/layout/line.ts";

const cases: [Mode, string, string][] = [
	["note", "tab", "nextPane"],
	["note", "shift-tab", "previousPane"],
	["note", "right", "nextPane"],
	["note", "l", "nextPane"],
	["note", "h", "previousPane"],
	["note", "3", "jumpPane"],
	["note", "j", "down"],
	["note", "up", "up"],
	["note", " ", "pageDown"],
	["note", "b", "pageUp"],
	["note", "pagedown", "pageDown"],
	["note", "g", "top"],
	["note", "ctrl-d", "halfPageDown"],
	["note", "ctrl-u", "halfPageUp"],
	["note", "ctrl-f", "pageDown"],
	["note", "ctrl-b", "pageUp"],
	["note", "ctrl-e", "lineDown"],
	["note", "ctrl-y", "lineUp"],
	["help", "ctrl-d", "halfPageDown"],
	["list", "ctrl-f", "pageDown"],
	["results", "ctrl-u", "halfPageUp"],
	["note", "G", "bottom"],
	["note", "end", "bottom"],
	["note", "/", "search"],
	["note", "n", "nextMatch"],
	["note", "N", "previousMatch"],
	["note", "L", "language"],
	["note", "y", "copy"],
	["note", "?", "help"],
	["note", "escape", "close"],
	["note", "q", "quit"],
	["note", "ctrl-c", "quit"],
	["note", "ctrl-z", "suspend"],
	["noteInput", "q", "type"],
	["noteInput", "资", "type"],
	["noteInput", "backspace", "erase"],
	["noteInput", "enter", "submit"],
	["noteInput", "ctrl-c", "quit"],
	["help", "q", "close"],
	["help", "escape", "close"],
	["help", "3", undefined as unknown as string],
	["help", "ctrl-c", "quit"],
	["list", "j", "down"],
	["list", "k", "up"],
	["list", "q", "quit"],
	["list", "?", "help"],
	["list", "f", "filter"],
	["list", "s", "sort"],
	["list", "ctrl-d", "halfPageDown"],
	["list", "g", "top"],
	["list", "G", "bottom"],
	["results", "G", "bottom"],
	["list", "L", "language"],
	["libraryFilter", "G", "type"],
	["libraryFilter", "j", "type"],
	["libraryFilter", "q", "type"],
	["libraryFilter", "down", "down"],
	["libraryFilter", "enter", "submit"],
	["libraryFilter", "escape", "close"],
	["libraryFilter", "backspace", "erase"],
	["list", "down", "down"],
	["list", "enter", "open"],
	["list", "/", "search"],
	["list", "ctrl-c", "quit"],
	["libraryInput", "/", "type"],
	["libraryInput", "ctrl-c", "quit"],
	["results", "backspace", "back"],
	["results", "j", "down"],
	["results", "q", "quit"],
];

describe("keymap", () => {
	it.each(cases)("in %s maps %j to %s", (mode, key, command) => {
		expect(bindingFor(mode, key)?.command).toBe(command);
	});

	it("leaves unbound keys alone", () => {
		expect(bindingFor("note", "7")).toBeUndefined();
		expect(bindingFor("note", "x")).toBeUndefined();
		expect(bindingFor("noteInput", "tab")).toBeUndefined();
	});

	it("binds a key at most once in each mode", () => {
		for (const [mode, bindings] of Object.entries(keymap)) {
			const keys = bindings.flatMap((binding) => binding.keys);
			const twice = keys.filter((key, index) => keys.indexOf(key) !== index);
			expect(twice, mode).toEqual([]);
		}
	});

	it("lets Ctrl-C quit and Ctrl-Z suspend in every mode", () => {
		for (const mode of Object.keys(keymap) as Mode[]) {
			expect(bindingFor(mode, "ctrl-c")?.command, mode).toBe("quit");
			expect(bindingFor(mode, "ctrl-z")?.command, mode).toBe("suspend");
		}
	});

	it("lists every binding of a mode in that mode's help", () => {
		for (const mode of Object.keys(keymap) as Mode[]) {
			const text = helpLines(100, mode).map(plain).join("\n");
			for (const binding of keymap[mode]) {
				expect(text).toContain(bindingKeys(binding));
				expect(text).toContain(binding.description);
			}
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
		expect(
			hints({ inFigures: false, breakdownTabs: false, searching: false }, "help").map((b) => b.command),
		).toEqual(expect.arrayContaining(["close", "quit"]));
	});
});
