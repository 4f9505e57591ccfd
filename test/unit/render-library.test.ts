import { readFileSync } from "node:fs";
import { Chalk } from "chalk";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { searchEntry, searchLibrary } from "../../source/library/search-library.ts";
import { noteFromText } from "../../source/load/note-from-text.ts";
import { excerpt, renderSearch } from "../../source/render/render-library.ts";
import { textWidth } from "../../source/text/width.ts";

const text = readFileSync(new URL("../fixtures/minimal-note.json", import.meta.url), "utf8");
const withId = (id: string) => noteFromText(text.replace(/"id":\s*"[^"]*"/u, `"id": "${id}"`), "n.json");
const sgr = /\u001b\[[0-9;]*m/gu;

describe("renderSearch", () => {
	const longId = `x${"-long".repeat(23)}`;
	const hits = searchLibrary([withId(longId), withId("a")].map(searchEntry), "demand");
	const chalk = new Chalk({ level: 1 });

	it("keeps a short id whole and the line's excerpt around the match", () => {
		const short = hits.filter((hit) => hit.loaded.note.id === "a");
		expect(short.length).toBeGreaterThan(0);
		const lines = renderSearch(short, { format: "text", width: 100 }).split("\n");
		expect(lines[0]).toMatch(/^a · \w+ · .*demand/iu);
	});

	it("cuts a long id so that every line fits the width, in colour or not", () => {
		expect(hits.length).toBeGreaterThan(1);
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 200 }), fc.boolean(), (width, color) => {
				const output = renderSearch(hits, { format: "text", width }, color ? chalk : undefined);
				for (const line of output.replace(sgr, "").replace(/\n$/u, "").split("\n"))
					expect(textWidth(line), JSON.stringify(line)).toBeLessThanOrEqual(width);
			}),
			{ numRuns: 200 },
		);
	});

	it("cuts a long id to leave the excerpt 10 columns", () => {
		for (const width of [40, 100]) {
			const lines = renderSearch(hits, { format: "text", width }).replace(/\n$/u, "").split("\n");
			const long = lines.filter((line) => line.startsWith("x-long"));
			expect(long.length).toBeGreaterThan(0);
			for (const line of long) {
				const [id, section, excerpt] = line.split(" · ");
				expect(id).toMatch(/^x(-long)*-?[a-z-]*…$/u);
				expect(section).toMatch(/^\w+$/u);
				expect(textWidth(`${id} · ${section} · `)).toBe(width - 10);
				expect(textWidth(excerpt ?? "")).toBeGreaterThan(0);
			}
		}
	});
});

describe("renderSearch at the narrowest width", () => {
	it("shows each hit's match: the section gives way before the line does", () => {
		const hits = searchLibrary([withId(`x${"-long".repeat(23)}`)].map(searchEntry), "demand");
		const breakdown = searchLibrary([withId("a")].map(searchEntry), "rose");
		for (const hit of [...hits, ...breakdown]) {
			const [line = ""] = renderSearch([hit], { format: "text", width: 20 }).split("\n");
			const word = hit.text.slice(hit.ranges[0]?.start, hit.ranges[0]?.end);
			expect(line, JSON.stringify(line)).toContain(word.slice(0, 4));
			expect(textWidth(line)).toBeLessThanOrEqual(20);
		}
	});
});

describe("excerpt", () => {
	it("keeps the match in view at a narrow width, with at most a third of the width before it", () => {
		const line = "光模块需求持续旺盛,800G出货加速";
		const cut = excerpt(line, line.indexOf("800G"), 10);
		expect(cut.text).toContain("800G");
		expect(textWidth(cut.text)).toBeLessThanOrEqual(10);
		expect(line.slice(cut.offset + 1)).toMatch(new RegExp(`^${cut.text.slice(1, -1)}`, "u"));
	});

	it("shows a line that fits as it is", () => {
		expect(excerpt("短句 demand", 3, 40)).toEqual({ text: "短句 demand", offset: 0 });
	});
});
