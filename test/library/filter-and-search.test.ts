import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { matchesFilter, newestFirst, parseFilterLine } from "../../source/library/note-filter.ts";
import {
	entryOfLines,
	queryPhrases,
	queryWords,
	searchEntry,
	searchLibrary,
} from "../../source/library/search-library.ts";
import type { LoadedNote } from "../../source/load/load-notes.ts";
import { noteFromText } from "../../source/load/note-from-text.ts";
import { foldCase } from "../../source/text/fold-case.ts";
import { bundledNoteText } from "../support/bundled-note.ts";

const bundled = noteFromText(bundledNoteText, "bundled.json");
const minimal = noteFromText(
	readFileSync(new URL("../fixtures/minimal-note.json", import.meta.url), "utf8"),
	"minimal.json",
);
const library: LoadedNote[] = [bundled, minimal];

describe("filters", () => {
	it("matches broker, sector and ticker in either language, ignoring case", () => {
		expect(matchesFilter(bundled.note, { broker: "华泰" })).toBe(true);
		expect(matchesFilter(bundled.note, { broker: "huatai" })).toBe(true);
		expect(matchesFilter(bundled.note, { sector: "计算机" })).toBe(true);
		expect(matchesFilter(minimal.note, { ticker: "wdgt" })).toBe(true);
		expect(matchesFilter(bundled.note, { ticker: "WDGT" })).toBe(false);
	});

	it("takes whole or partial dates for since and until", () => {
		expect(matchesFilter(bundled.note, { since: "2024" })).toBe(true);
		expect(matchesFilter(bundled.note, { since: "2024-05-08" })).toBe(false);
		expect(matchesFilter(bundled.note, { until: "2024-05" })).toBe(true);
		expect(matchesFilter(bundled.note, { until: "2024-04" })).toBe(false);
	});

	it("parses the app's filter line into fields and words", () => {
		expect(parseFilterLine("broker:华泰 since:2024-01 microsoft  MAI")).toEqual({
			broker: "华泰",
			since: "2024-01",
			words: ["microsoft", "MAI"],
		});
		expect(library.filter(({ note }) => matchesFilter(note, parseFilterLine("microsoft")))).toEqual([
			bundled,
		]);
		expect(library.filter(({ note }) => matchesFilter(note, parseFilterLine("2025-01")))).toEqual([minimal]);
	});

	it("reads since: and until: as --since and --until do: today, yesterday, Nd and Nw count back from now", () => {
		const now = Date.parse("2025-06-05T09:00:00+08:00");
		expect(parseFilterLine("since:7d until:yesterday", now, "Asia/Shanghai")).toEqual({
			since: "2025-05-29",
			until: "2025-06-04",
		});
		expect(parseFilterLine("since:2w until:today", now, "Asia/Shanghai")).toEqual({
			since: "2025-05-22",
			until: "2025-06-05",
		});
		// A date being typed narrows by what is typed so far.
		expect(parseFilterLine("since:2024-0", now, "Asia/Shanghai")).toEqual({ since: "2024-0" });
		// A word being typed narrows nothing yet.
		expect(parseFilterLine("since:yest microsoft", now, "Asia/Shanghai")).toEqual({ words: ["microsoft"] });
	});

	it("passes no note for a since: or until: that names no date, as --since 2024-13 lists nothing", () => {
		// Compared as text, 2024-13 would pass every note of 2025 and later, 1999-13 every one before 2000.
		for (const part of ["since:2024-13", "until:2026-02-30", "since:soon", "until:1999-13"]) {
			const filter = parseFilterLine(`${part} microsoft`);
			expect(filter.noDate, part).toEqual([part]);
			expect(
				library.filter(({ note }) => matchesFilter(note, filter)),
				part,
			).toEqual([]);
		}
		expect(parseFilterLine("since:2024-13 until:2025").until).toBe("2025");
	});

	it("sorts newest first", () => {
		expect(newestFirst(library).map(({ note }) => note.reportDate)).toEqual(["2025-01-02", "2024-05-07"]);
	});
});

describe("full-text search", () => {
	it("folds a note's lines as one text exactly as line by line", () => {
		// Full-width letters, a final sigma at a line's end and one before the next line's letter, a
		// combining mark opening a line, a ligature, circled digits and Chinese.
		const texts = ["ＡＢＣ Capex ΟΔΟΣ", "ΣΑ ́e", "\u0301ﬁnance ①②", "资本开支 ＱＯＱ", "Ω"];
		const lines = texts.map((text) => ({ section: "thesis" as const, text }));
		const entry = entryOfLines("note", lines);
		expect(entry.lines.map((line) => line.folded)).toEqual(texts.map(foldCase));
		expect(entry.lines.map((line) => line.text)).toEqual(texts);
		expect(entry.all).toBe(texts.map(foldCase).join("\n"));
	});

	const entries = library.map(searchEntry);

	it("finds English case-insensitively, with the ranges that matched", () => {
		const hits = searchLibrary(entries, "COPILOT studio");
		expect(hits.length).toBeGreaterThan(0);
		for (const hit of hits) {
			expect(hit.loaded).toBe(bundled);
			expect(hit.text.toLowerCase()).toContain("copilot");
			for (const { start, end } of hit.ranges)
				expect(["copilot", "studio"]).toContain(hit.text.slice(start, end).toLowerCase());
		}
	});

	it("shows a hit in a line whose folding changes its length as written, the match marked there", () => {
		// ﬁ folds to fi, ﷺ to a phrase, e and a combining accent to é: the folded line is not as long.
		const texts = ["ﬁnancial results of Widget Co, UP 12%", "e\u0301tude ﷺ Capex rises", "ＣＡＰＥＸ ﬁnal"];
		const entry = entryOfLines(
			"note",
			texts.map((text) => ({ section: "thesis" as const, text })),
		);
		for (const [query, marked] of [
			["financial widget", ["ﬁnancial", "Widget"]],
			["capex", ["Capex"]],
			["étude", ["e\u0301tude"]],
			["final capex", ["ＣＡＰＥＸ", "ﬁnal"]],
		] as const) {
			const hits = searchLibrary([entry], query);
			expect(hits.length, query).toBeGreaterThan(0);
			for (const hit of hits) {
				expect(texts).toContain(hit.text);
				expect(hit.ranges.map(({ start, end }) => hit.text.slice(start, end))).toEqual(
					expect.arrayContaining(marked.filter((word) => hit.text.includes(word))),
				);
			}
		}
	});

	it("finds Chinese without spaces, as written or word by word", () => {
		expect(searchLibrary(entries, "资本开支").some((hit) => hit.section === "breakdown")).toBe(true);
		// 微软 and 开支 never stand together in the note, but both are in it.
		expect(searchLibrary(entries, "微软开支").length).toBeGreaterThan(0);
		expect(queryWords("微软开支")).toEqual(["微软", "开支"]);
		expect(queryPhrases("Copilot  微软")).toEqual(["copilot", "微软"]);
	});

	it("finds both languages at once, and full-width letters as ASCII", () => {
		expect(searchLibrary(entries, "风险 risk").length).toBeGreaterThan(0);
		expect(searchLibrary(entries, "ＭＡＩ").length).toBeGreaterThan(0);
	});

	it("needs every word in a note, and finds nothing for nonsense", () => {
		expect(searchLibrary(entries, "widget copilot")).toEqual([]);
		expect(searchLibrary(entries, "zzqx")).toEqual([]);
		expect(searchLibrary(entries, "   ")).toEqual([]);
	});

	it("stops at the limit", () => {
		expect(searchLibrary(entries, "a", 3)).toHaveLength(3);
	});
});

describe("search of a note's header", () => {
	// Companies added by hand, without a rating or a target price, show only in the header.
	const withCompany: LoadedNote = {
		file: "with-company.json",
		note: {
			...bundled.note,
			companies: [...bundled.note.companies, { name: { zh: "青山城投" }, tickers: ["600999.SH"] }],
		},
	};

	it("finds a company and its ticker that only the header shows, under Thesis", () => {
		for (const query of ["青山城投", "600999", "microsoft"]) {
			const hits = searchLibrary([searchEntry(withCompany)], query);
			expect(hits.some((hit) => hit.section === "thesis" && hit.text.startsWith("公司 / Companies "))).toBe(
				true,
			);
		}
		expect(searchLibrary([searchEntry(bundled)], "青山城投")).toEqual([]);
	});

	it("gives the broker and the report date one line, in Source, as before", () => {
		const lines = searchLibrary([searchEntry(bundled)], "2024-05-07").map((hit) => hit.section);
		expect(lines.filter((section) => section === "thesis")).toEqual([]);
		expect(
			searchLibrary([searchEntry(bundled)], "华泰证券").filter((hit) => hit.section === "thesis"),
		).toEqual([]);
	});
});
