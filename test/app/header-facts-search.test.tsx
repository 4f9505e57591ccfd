import { readFileSync } from "node:fs";
import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { createViewModel } from "../../source/app/view-model.ts";
import { initialState } from "../../source/app/view-state.ts";
import { sectionIds } from "../../source/document/blocks.ts";
import type { Language } from "../../source/document/language.ts";
import { searchEntry, searchLibrary } from "../../source/library/search-library.ts";
import type { Note } from "../../source/note/schema.ts";
import { bundledNote, keys, renderApp } from "./render-app.tsx";
import { renderLibrary } from "./render-library.tsx";

afterEach(cleanup);

const fixture = (name: string): Note =>
	JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8"));
const minimal = fixture("minimal-note.json");
// A note rated as a whole, with a target price, and a company whose name has no ticker.
const rated: Note = {
	...minimal,
	id: "rated",
	rating: { en: "Buy", zh: "买入" },
	targetPrice: { value: 45.6, currency: "CNY" },
	companies: [...minimal.companies, { name: { en: "Gadget Holdings", zh: "小工具控股" } }],
};
const notes = [bundledNote, minimal, rated, fixture("chinese-only-note.json")];

/** The sections of a note's library hits, one per occurrence of the query, in reading order. */
function librarySections(note: Note, query: string): string[] {
	const hits = searchLibrary(
		[searchEntry({ note, file: `${note.id}.json` })],
		query,
		Number.POSITIVE_INFINITY,
	);
	return hits.flatMap((hit) => hit.ranges.map(() => hit.section));
}

/** The panes of the reader's in-note matches, by section, in the order n steps through them. */
function readerSections(note: Note, query: string, language: Language, columns: number): string[] {
	const view = createViewModel(note);
	const state = { ...initialState(language), search: { query, editing: false, match: 0 } };
	return view(state, { columns, rows: 30 }, undefined).matches.map((match) => sectionIds[match.pane] ?? "");
}

describe("a note's header facts", () => {
	it("are found by the in-note search where the library's search finds them, in the same order", () => {
		const queries = [
			"WDGT",
			"Industrials",
			"Computers",
			"Microsoft",
			"Buy",
			"45.6",
			"买入",
			"小工具",
			"Gadget",
			"widget",
		];
		for (const note of notes)
			for (const query of queries)
				for (const columns of [40, 100])
					expect(readerSections(note, query, "both", columns), `${note.id} /${query} at ${columns}`).toEqual(
						librarySections(note, query),
					);
	});

	it("open a library hit on the Thesis pane with the fact shown and marked", async () => {
		const library = renderLibrary();
		await library.waitFor((text) => text.includes("3 of 3"));
		await library.press("/WDGT\r");
		const results = await library.waitFor((text) => /\d+ matches/.test(text), "the results");
		expect(results).toContain("Thesis · ");
		await library.press(keys.enter);
		const opened = await library.waitFor((text) => text.includes("“WDGT” 1/1"), "the match in the note");
		const lines = opened.split("\n");
		const tabs = lines.findIndex((line) => line.includes("[1 核心观点 / Thesis]"));
		expect(tabs).toBeGreaterThan(0);
		expect(lines.slice(tabs + 1, -1).some((line) => line.includes("Widget Co WDGT"))).toBe(true);
	});

	it("are shown, labelled, at the top of the Thesis pane, and found there by /", async () => {
		const app = renderApp({ note: rated, columns: 60 });
		const frame = await app.waitFor((text) => text.includes("[1 Thesis]"));
		const body = frame.split("\n").slice(3);
		expect(body[0]).toMatch(/^ Sector +Industrials$/u);
		expect(body[1]).toMatch(/^ Companies +Widget Co WDGT, Gadget Holdings$/u);
		expect(body[2]).toMatch(/^ Rating +Buy$/u);
		expect(body[3]).toMatch(/^ Target price +45\.6 CNY$/u);
		await app.press("/gadget\r");
		await app.waitFor((text) => text.includes("“gadget” 1/1"), "the company found");
	});
});
