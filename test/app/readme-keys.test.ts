import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { anyCharacter, keymap, type Mode } from "../../source/app/keymap.ts";

const readme = readFileSync(new URL("../../readme.md", import.meta.url), "utf8");

// How the readme writes a key of the keymap (a printable key is written as itself).
const names: Record<string, string> = {
	up: "↑",
	down: "↓",
	left: "←",
	right: "→",
	tab: "Tab",
	"shift-tab": "Shift-Tab",
	backspace: "Backspace",
	escape: "Esc",
	enter: "Enter",
	pageup: "PgUp",
	pagedown: "PgDn",
	home: "Home",
	end: "End",
	" ": "Space",
	[anyCharacter]: "any character",
};
const readmeName = (key: string) =>
	names[key] ?? (key.startsWith("ctrl-") ? `Ctrl-${key.slice(5).toUpperCase()}` : key);

/** The keys (in backticks) of the first column of the table after `<!-- keys: mode -->`. */
function readmeKeys(mode: Mode): string[] | undefined {
	const marker = `<!-- keys: ${mode} -->\n`;
	const start = readme.indexOf(marker);
	if (start === -1) return undefined;
	const lines = readme.slice(start + marker.length).split("\n");
	const end = lines.findIndex((line) => !line.startsWith("|"));
	return lines
		.slice(2, end === -1 ? undefined : end)
		.flatMap((row) => [...(row.split("|")[1] ?? "").matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? ""));
}

describe("the readme's key tables", () => {
	it.each(Object.keys(keymap) as Mode[])("list every key of %s, and only keys bound there", (mode) => {
		const listed = readmeKeys(mode);
		expect(listed, `a table marked <!-- keys: ${mode} -->`).toBeDefined();
		const bound = keymap[mode].flatMap((binding) => binding.keys.map(readmeName));
		expect(
			bound.filter((key) => !listed?.includes(key)),
			"bound but not in the readme",
		).toEqual([]);
		expect(
			listed?.filter((key) => !bound.includes(key)),
			"in the readme but not bound",
		).toEqual([]);
	});
});
