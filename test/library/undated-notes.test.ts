import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { matchesFilter, newestFirst, parseFilterLine } from "../../source/library/note-filter.ts";
import { searchEntry, searchLibrary } from "../../source/library/search-library.ts";
import type { LoadedNote } from "../../source/load/load-notes.ts";
import { noteFromText } from "../../source/load/note-from-text.ts";
import { renderList } from "../../source/render/render-library.ts";
import { bundledNoteText } from "../support/bundled-note.ts";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const bundled = noteFromText(bundledNoteText, "bundled.json");
const minimal = noteFromText(read("../fixtures/minimal-note.json"), "minimal.json");
/** A note with no broker, sector, report date, source, thesis or disclaimer. */
const undated = noteFromText(read("../fixtures/chinese-only-note.json"), "chinese-only-note.json");
const alsoUndated: LoadedNote = { note: { ...undated.note, id: "a-draft" }, file: "a-draft.json" };

describe("a note without a report date", () => {
	it("lists after every dated note, undated notes in id order", () => {
		const order = newestFirst([undated, bundled, alsoUndated, minimal]).map(({ note }) => note.id);
		expect(order).toEqual([minimal.note.id, bundled.note.id, "a-draft", undated.note.id]);
	});

	it("is left out by --since and --until, whatever the date", () => {
		for (const filter of [{ since: "0000" }, { until: "9999" }, { since: "2025", until: "2025-01-02" }]) {
			expect(matchesFilter(undated.note, filter), JSON.stringify(filter)).toBe(false);
			expect(matchesFilter(minimal.note, filter), JSON.stringify(filter)).toBe(true);
		}
	});

	it("passes filters that do not ask for a date, and never matches a broker or sector", () => {
		expect(matchesFilter(undated.note, {})).toBe(true);
		expect(matchesFilter(undated.note, parseFilterLine("光模块"))).toBe(true);
		expect(matchesFilter(undated.note, { broker: "a" })).toBe(false);
		expect(matchesFilter(undated.note, { sector: "a" })).toBe(false);
		expect(matchesFilter(undated.note, parseFilterLine("undefined"))).toBe(false);
	});

	it("lists with empty cells for what it lacks, never undefined", () => {
		const text = renderList([minimal, undated], { format: "text", language: "en", width: 80 });
		expect(text).not.toContain("undefined");
		// Date, broker and sector are empty cells: the row starts with the title.
		const row = text.split("\n").find((line) => line.includes("光模块")) ?? "";
		expect(row).toMatch(/^ +光模块需求/);
		const json = JSON.parse(renderList([undated], { format: "json", language: "en", width: 80 }));
		expect(json).toEqual([
			{ id: undated.note.id, title: undated.note.title, tickers: [], file: "chinese-only-note.json" },
		]);
	});

	it("is found by its title, but not by the lines briefing writes for what it lacks", () => {
		const entries = [searchEntry(undated)];
		expect(searchLibrary(entries, "光模块").map((hit) => hit.text)).toEqual([
			"光模块需求持续旺盛,800G出货加速",
		]);
		for (const query of ["thesis", "states no", "未列出", "undefined"])
			expect(searchLibrary(entries, query), query).toEqual([]);
	});
});
