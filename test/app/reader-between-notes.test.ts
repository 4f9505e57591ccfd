import { describe, expect, it } from "vitest";
import { initialReaderState, modeOf, type ReaderState } from "../../source/app/reader-state.ts";
import { libraryNotes } from "./render-library.tsx";
import { factsOf, library, model, run } from "./run-reader.ts";

const titleOf = (state: ReaderState) => state.note?.loaded.note.title.en;
const rowTitle = (index: number) => libraryNotes[index]?.note.title.en;

describe("between notes", () => {
	it("opens the next and previous note of the list with J and K, and the list's selection follows", () => {
		const second = run(["down", "enter"]).state;
		expect(titleOf(second)).toBe(rowTitle(1));
		const third = run(["J"], second).state;
		expect(titleOf(third)).toBe(rowTitle(2));
		expect(third.library?.list.selected).toBe(2);
		expect(titleOf(run(["K", "K"], third).state)).toBe(rowTitle(0));
		const back = run(["q"], third).state;
		expect(modeOf(back)).toBe("list");
		expect(back.library?.list.selected).toBe(2);
	});

	it("stays on the last or first note and says so", () => {
		const last = run(["end", "enter"]).state;
		const past = run(["J"], last);
		expect(past.effects).toEqual([]);
		expect(past.state.note?.loaded).toBe(last.note?.loaded);
		expect(past.state.note?.view.status).toBe("This is the last note of the list");
		const first = run(["enter", "K"]);
		expect(first.effects.map((effect) => effect.type)).toEqual(["open"]);
		expect(first.state.note?.view.status).toBe("This is the first note of the list");
	});

	it("steps through the notes the filter lets through", () => {
		const filtered = run(["f", ..."widgets", "enter", "enter"]).state;
		expect(titleOf(filtered)).toBe("Alpha widgets");
		expect(run(["J"], filtered).state.note?.view.status).toBe("This is the last note of the list");
	});

	it("keeps the language and the pane from one note to the next", () => {
		const state = run(["enter", "L", "3", "J"]).state;
		expect(titleOf(state)).toBe(rowTitle(1));
		expect(state.note?.view.language).toBe("zh");
		expect(state.note?.view.section).toBe("figures");
	});

	it("keeps the language chosen in a note for the library and the next note opened from it", () => {
		const back = run(["enter", "L", "q"]).state;
		expect(back.language).toBe("zh");
		expect(model(back).library?.headings[0]).toBe("报告日期");
		expect(run(["down", "enter"], back).state.note?.view.language).toBe("zh");
	});

	it("changes the language in the library with L, as in a note, and a note opens in it", () => {
		const zh = run(["down", "L"]).state;
		expect(zh.language).toBe("zh");
		expect(zh.library?.list.selected).toBe(1);
		expect(model(zh).library?.headings[0]).toBe("报告日期");
		expect(run(["L"], zh).state.language).toBe("both");
		expect(run(["enter"], zh).state.note?.view.language).toBe("zh");
		const results = run(["/", ..."orders", "enter", "L"]).state;
		expect(results.language).toBe("zh");
		expect(modeOf(results)).toBe("results");
	});

	it("uses ] and [ for notes except on a breakdown with pillar tabs", () => {
		const opened = run(["enter"]).state;
		expect(titleOf(run(["]"], opened).state)).toBe(rowTitle(1));
		expect(titleOf(run(["]", "["], opened).state)).toBe(rowTitle(0));
		const narrow = run(["down", "enter", "2"], initialReaderState({ columns: 40, rows: 20, language: "en" }));
		expect(factsOf(narrow.state).note?.tabCount).toBeGreaterThan(0);
		const tabbed = run(["]"], narrow.state).state;
		expect(tabbed.note?.loaded).toBe(narrow.state.note?.loaded);
		expect(tabbed.note?.view.tab).toBe(1);
	});

	it("goes from one note's search hits to the next note's first hit", () => {
		const results = run(["/", ..."orders", "enter"]).state;
		const rows = model(results).library?.results ?? [];
		const notes = [...new Set(rows.map((row) => row.hit.loaded))];
		expect(notes.length).toBeGreaterThan(1);
		const opened = run(["enter"], results).state;
		const next = run(["J"], opened);
		const firstOfNext = rows.findIndex((row) => row.hit.loaded === notes[1]);
		expect(next.state.library?.results.selected).toBe(firstOfNext);
		expect(next.effects[0]).toEqual({ type: "open", headed: notes[1], at: { query: "orders", match: 0 } });
		expect(next.state.note?.view.search.query).toBe("orders");
		const back = run(["K"], next.state).state;
		expect(back.library?.results.selected).toBe(0);
		expect(back.note?.loaded).toBe(notes[0]);
	});

	it("does nothing to a note opened alone but say so", () => {
		const alone = initialReaderState({
			columns: 100,
			rows: 30,
			language: "en",
			note: library.open(libraryNotes[0] as (typeof libraryNotes)[number]),
		});
		const pressed = run(["J"], alone);
		expect(pressed.effects).toEqual([]);
		expect(pressed.state.note?.view.status).toBe("Not opened from a library");
	});
});
