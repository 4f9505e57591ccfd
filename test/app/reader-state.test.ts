import { describe, expect, it } from "vitest";
import type { Mode } from "../../source/app/keymap.ts";
import { libraryOfNotes } from "../../source/app/reader-library.ts";
import { createReaderModel } from "../../source/app/reader-model.ts";
import {
	initialReaderState,
	modeOf,
	type OpenNote,
	type ReaderState,
	reduceReader,
} from "../../source/app/reader-state.ts";
import { sectionIds } from "../../source/document/blocks.ts";
import { plain } from "../../source/layout/line.ts";
import { libraryNotes } from "./render-library.tsx";
import { library, model, run } from "./run-reader.ts";

const typed = (text: string) => [...text];

/** The bundled MAI-1 note's row in the library. */
function maiHeaded() {
	const headed = libraryNotes.find((candidate) => candidate.note.id.includes("mai"));
	if (headed === undefined) throw new Error("no MAI-1 note in the library");
	return headed;
}

describe("the reader's modes", () => {
	it.each<[string, string[], Mode]>([
		["the library list", [], "list"],
		["a library search being typed", ["/"], "libraryInput"],
		["library search results", ["/", ...typed("capex"), "enter"], "results"],
		["a note", ["down", "enter"], "note"],
		["a note's search being typed", ["down", "enter", "/"], "noteInput"],
		["the help", ["down", "enter", "?"], "help"],
	])("quits with Ctrl-C from %s", (_, keys, mode) => {
		const before = run(keys);
		expect(modeOf(before.state)).toBe(mode);
		expect(run(["ctrl-c"], before.state).effects).toEqual([{ type: "quit" }]);
	});

	it("closes the help with q and Esc, and keys behind it do nothing", () => {
		const note = run(["down", "enter"]).state;
		const help = run(["?"], note).state;
		expect(modeOf(help)).toBe("help");
		const pressed = run(["3", "L", "/", "y", "enter"], help);
		expect(pressed.effects).toEqual([]);
		expect(pressed.state.note).toBe(help.note);
		for (const key of ["q", "escape", "?"]) {
			const closed = run([key], pressed.state);
			expect(closed.effects).toEqual([]);
			expect(closed.state.help).toBeUndefined();
			expect(closed.state.note).toBe(note.note);
		}
	});

	it("goes to the last and first row of the library with G and g, as in a note", () => {
		const last = run(["G"]).state;
		expect(last.library?.list.selected).toBe(libraryNotes.length - 1);
		expect(run(["g"], last).state.library?.list.selected).toBe(0);
	});

	it("lets no key but q, Ctrl-C and Ctrl-Z act while the terminal is too small to show anything", () => {
		const small = run([{ type: "resize", columns: 30, rows: 8 }]).state;
		const pressed = run(["down", "enter", "/", "f", "G"], small);
		expect(pressed.effects).toEqual([]);
		expect(pressed.state).toEqual(small);
		expect(run(["ctrl-c"], small).effects).toEqual([{ type: "quit" }]);
		expect(run(["q"], small).effects).toEqual([{ type: "quit" }]);
		// In a note opened from the library, q quits too: going back could not be seen.
		const note = run(["enter", { type: "resize", columns: 30, rows: 8 }]).state;
		expect(run(["q"], note).effects).toEqual([{ type: "quit" }]);
		expect(run(["ctrl-z"], small).effects).toEqual([{ type: "suspend" }]);
		const enlarged = run([{ type: "resize", columns: 80, rows: 24 }, "down"], small).state;
		expect(enlarged.library?.list.selected).toBe(1);
	});

	it("goes back to the library on q in a note opened from it, and quits on q in a lone note", () => {
		const back = run(["down", "enter", "q"]);
		expect(back.effects.map((effect) => effect.type)).toEqual(["open"]);
		expect(modeOf(back.state)).toBe("list");
		expect(back.state.library?.list.selected).toBe(1);
		const lone = initialReaderState({
			columns: 100,
			rows: 30,
			language: "en",
			note: library.open(libraryNotes[1] as (typeof libraryNotes)[number]),
		});
		expect(run(["q"], lone).effects).toEqual([{ type: "quit" }]);
	});

	it("lists the help of the mode it was opened from", () => {
		expect(run(["?"]).state.help?.mode).toBe("list");
		expect(run(["down", "enter", "?"]).state.help?.mode).toBe("note");
	});
});

describe("library search results", () => {
	const searched = () => run(["/", ...typed("资本开支"), "enter"]);

	it("keeps the results, and the selected one, when coming back from a note opened at a hit", () => {
		const results = run(["down", "down"], searched().state).state;
		const count = model(results).library?.results.length ?? 0;
		expect(count).toBeGreaterThan(2);
		for (const back of [["backspace"], ["q"], ["escape", "escape"]]) {
			const returned = run(["enter", ...back], results).state;
			expect(modeOf(returned)).toBe("results");
			expect(returned.library?.results.selected).toBe(2);
			expect(model(returned).library?.results).toHaveLength(count);
		}
	});

	it("opens hit N at hit N's place: the reader's current match is the one chosen", () => {
		const results = searched().state;
		const rows = model(results).library?.results ?? [];
		expect(rows.length).toBeGreaterThan(2);
		for (const [index, row] of rows.entries()) {
			const opened = run([...Array.from({ length: index }, () => "down"), "enter"], results).state;
			const note = opened.note;
			const matches = note ? (model(opened).note?.matches ?? []) : [];
			expect(note?.view.search.match, `hit ${index + 1}`).toBe(row.match);
			const current = matches[note?.view.search.match ?? -1];
			expect(current, `hit ${index + 1}`).toBeDefined();
		}
	});

	it("counts the matches of a note as the reader does", () => {
		const results = searched().state;
		const rows = model(results).library?.results ?? [];
		expect(rows.length).toBeGreaterThan(2);
		const opened = run(["enter"], results).state;
		const inNote = rows.filter((row) => row.hit.loaded === rows[0]?.hit.loaded).length;
		expect(model(opened).note?.matches).toHaveLength(inNote);
	});
});

describe("search in a note", () => {
	const note = library.open(maiHeaded());
	it.each([
		["billion parameters", 100],
		["billion parameters", 200],
		["负责人", 100],
		["资本开支", 60],
		["资本开支", 140],
	] as const)("finds %s as the library does at %i columns", (query, columns) => {
		const start = initialReaderState({ columns, rows: 30, language: "both", note });
		const searched = run(["/", ...typed(query), "enter"], start).state;
		const library = libraryOfNotes([note]).search(query, [note]);
		const occurrences = library.reduce((sum, hit) => sum + hit.ranges.length, 0);
		expect(occurrences).toBeGreaterThan(0);
		expect(model(searched).note?.matches).toHaveLength(occurrences);
	});
});

describe("matches on screen", () => {
	const note = library.open(maiHeaded());
	it.each([
		["负责人", 100],
		["负责人", 41],
		["billion", 60],
		["copilot", 200],
		["资本开支", 47],
	] as const)("marks %s on the lines it was wrapped over at %i columns", (query, columns) => {
		const start = initialReaderState({ columns, rows: 30, language: "both", note });
		const searched = run(["/", ...typed(query), "enter"], start).state;
		const matches = model(searched).note?.matches ?? [];
		const drawn = matches.filter((match) => match.parts.length > 0);
		// Only the title, drawn in the header, is not marked in a pane.
		expect(matches.length - drawn.length).toBeLessThanOrEqual(1);
		for (const match of drawn) {
			const view = searched.note?.view;
			if (view === undefined) throw new Error("no note");
			const at = {
				...searched,
				note: {
					...(searched.note as OpenNote),
					view: { ...view, section: sectionIds[match.pane] ?? view.section, tab: match.tab },
				},
			};
			const lines = model(at).note?.lines ?? [];
			const text = match.parts
				.map((part) => plain(lines[part.line] ?? []).slice(part.start, part.end))
				.join(" ")
				.replace(/(\p{Script=Han}) (\p{Script=Han})/gu, "$1$2");
			expect(text.toLocaleLowerCase()).toBe(query);
		}
	});
});

/** Whether a note's selected figure is on screen, or (when no figure row is) nothing is selected. */
function selectionOnScreen(state: ReaderState): boolean {
	const note = model(state).note;
	const view = state.note?.view;
	if (note === undefined || view === undefined || !note.inFigures) return true;
	const rows = note.content.figureRows ?? [];
	const top = view.scroll[view.section];
	const viewport = note.facts.viewport;
	const shown = rows.findIndex((row) => row.start >= top && row.start < top + viewport);
	return shown === -1 ? note.selectedFigure === undefined : note.selectedFigure === view.figure;
}

describe("the selected figure", () => {
	const mai = library.open(maiHeaded());
	const at = (columns: number, rows: number) =>
		initialReaderState({ columns, rows, language: "en", note: mai });

	it.each([
		[100, 30],
		[40, 12],
		[60, 16],
	] as const)("stays on screen through g, G, PgDn, j, k and a resize at %i×%i", (columns, rows) => {
		let state = run(["3"], at(columns, rows)).state;
		expect(selectionOnScreen(state)).toBe(true);
		expect(model(state).note?.selectedFigure).toBe(0);
		for (const key of ["G", "g", "pagedown", "pagedown", "j", "k", "G", "k", "k", "pageup", "j"]) {
			state = run([key], state).state;
			expect(selectionOnScreen(state), key).toBe(true);
		}
		for (const [width, height] of [
			[40, 10],
			[120, 40],
			[41, 12],
		] as const) {
			state = run([{ type: "resize", columns: width, rows: height }], state).state;
			expect(selectionOnScreen(state), `${width}×${height}`).toBe(true);
		}
	});

	it("moves with PgDn to a figure on screen, and y copies that one", () => {
		const start = run(["3"], at(100, 16)).state;
		const paged = run(["pagedown"], start);
		const figure = paged.state.note?.view.figure ?? 0;
		const copied = run(["y"], paged.state).effects;
		if (model(paged.state).note?.selectedFigure === undefined) expect(copied).toEqual([]);
		else {
			expect(figure).toBeGreaterThan(0);
			expect(copied).toEqual([
				{ type: "copy", text: expect.stringContaining(mai.note.figures[figure]?.quote ?? "?") },
			]);
		}
	});

	it("is the figure a search lands on", () => {
		const label = mai.note.figures.at(-1)?.label.en ?? "";
		expect(label).not.toBe("");
		const searched = run(["3", "/", ...typed(label), "enter"], at(100, 30)).state;
		const match = model(searched).note?.matches[searched.note?.view.search.match ?? -1];
		expect(match?.pane).toBe(2);
		const rows = model(searched).note?.content.figureRows ?? [];
		const landed = rows.findIndex((row) => (match?.line ?? -1) >= row.start && (match?.line ?? -1) < row.end);
		expect(landed).toBeGreaterThan(0);
		expect(searched.note?.view.figure).toBe(landed);
		expect(run(["y"], searched).effects[0]).toEqual({
			type: "copy",
			text: expect.stringContaining(mai.note.figures[landed]?.quote ?? "?"),
		});
	});
});

describe("the library on resize", () => {
	it("keeps the selected row on screen", () => {
		const many = libraryOfNotes(
			Array.from({ length: 40 }, (_, index) => ({
				...(libraryNotes[0] as (typeof libraryNotes)[number]),
				file: `n${index}.json`,
			})),
		);
		const manyModel = createReaderModel(many);
		const factsOfMany = (state: ReaderState) => manyModel(state).facts;
		let state = initialReaderState({ columns: 100, rows: 40, language: "en" });
		for (let index = 0; index < 30; index += 1)
			state = reduceReader(state, { type: "key", key: "down" }, factsOfMany).state;
		state = reduceReader(state, { type: "resize", columns: 60, rows: 12 }, factsOfMany).state;
		const list = state.library?.list;
		const viewport = manyModel(state).library?.viewport ?? 0;
		expect(list?.selected).toBe(30);
		expect((list?.selected ?? 0) - (list?.top ?? 0)).toBeLessThan(viewport);
		expect(list?.selected).toBeGreaterThanOrEqual(list?.top ?? 0);
	});
});

describe("places kept by content", () => {
	const mai = library.open(maiHeaded());
	const headingAtTop = (state: ReaderState) => {
		const note = model(state).note;
		const top = state.note ? state.note.view.scroll[state.note.view.section] : -1;
		return note?.facts.places.findIndex((place) => place.heading && place.lines[0]?.line === top);
	};
	const onSecondHeading = (columns: number) => {
		const start = run(["5"], initialReaderState({ columns, rows: 14, language: "en", note: mai })).state;
		const headings = model(start).note?.facts.places.filter((place) => place.heading) ?? [];
		const line = headings[1]?.lines[0]?.line ?? 0;
		expect(line).toBeGreaterThan(0);
		return run(
			Array.from({ length: line }, () => "j"),
			start,
		).state;
	};

	it("keeps the heading at the top of a pane through a change of language", () => {
		const state = onSecondHeading(100);
		const index = headingAtTop(state);
		expect(index).toBeGreaterThan(0);
		let changed = state;
		for (const language of ["zh", "both", "en"]) {
			changed = run(["L"], changed).state;
			expect(changed.note?.view.language).toBe(language);
			expect(headingAtTop(changed), language).toBe(index);
		}
	});

	it("keeps the heading at the top of a pane through a resize", () => {
		const state = onSecondHeading(100);
		const index = headingAtTop(state);
		for (const columns of [50, 41, 160]) {
			const resized = run([{ type: "resize", columns, rows: 14 }], state).state;
			expect(headingAtTop(resized), `${columns} columns`).toBe(index);
		}
	});
});
