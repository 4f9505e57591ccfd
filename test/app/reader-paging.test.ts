import { describe, expect, it } from "vitest";
import { libraryOfNotes } from "../../source/app/reader-library.ts";
import { createReaderModel } from "../../source/app/reader-model.ts";
import { initialReaderState, type ReaderState, reduceReader } from "../../source/app/reader-state.ts";
import { libraryNotes } from "./render-library.tsx";
import { factsOf, library, run } from "./run-reader.ts";

const press = (state: ReaderState, ...keys: string[]) => run(keys, state).state;

const first = libraryNotes[0] as (typeof libraryNotes)[number];
const mai = library.open(libraryNotes.find((headed) => headed.note.id.includes("mai")) ?? first);
const onNote = (rows = 16, columns = 50) =>
	initialReaderState({ columns, rows, language: "both", note: mai });
const topOf = (state: ReaderState) => (state.note ? state.note.view.scroll[state.note.view.section] : -1);

describe("paging in a note, as in less and vim", () => {
	it("moves half a page with Ctrl-D and Ctrl-U, a page with Ctrl-F and Ctrl-B, a line with Ctrl-E and Ctrl-Y", () => {
		const start = onNote();
		const viewport = factsOf(start).note?.viewport ?? 0;
		expect(factsOf(start).note?.lineCount ?? 0).toBeGreaterThan(viewport * 3);
		const half = Math.ceil(viewport / 2);
		expect(topOf(press(start, "ctrl-d"))).toBe(half);
		expect(topOf(press(start, "ctrl-d", "ctrl-d"))).toBe(2 * half);
		expect(topOf(press(start, "ctrl-d", "ctrl-d", "ctrl-u"))).toBe(half);
		expect(topOf(press(start, "ctrl-f"))).toBe(topOf(press(start, "pagedown")));
		expect(topOf(press(start, "ctrl-f", "ctrl-f", "ctrl-b"))).toBe(topOf(press(start, "pagedown")));
		expect(topOf(press(start, "ctrl-e", "ctrl-e", "ctrl-e"))).toBe(3);
		expect(topOf(press(start, "ctrl-e", "ctrl-e", "ctrl-y"))).toBe(1);
		expect(topOf(press(start, "ctrl-u", "ctrl-y", "ctrl-b"))).toBe(0);
	});

	it("stops at the bottom of the pane", () => {
		const start = onNote();
		const facts = factsOf(start).note;
		const room = (facts?.lineCount ?? 0) - (facts?.viewport ?? 0);
		const keys = Array.from({ length: 100 }, () => "ctrl-d");
		expect(topOf(press(start, ...keys))).toBe(room);
		expect(topOf(press(start, "G", "ctrl-e"))).toBe(room);
	});

	it("scrolls the Key numbers pane by lines with Ctrl-E while j moves the selected figure", () => {
		const figures = press(onNote(30, 100), "3", "j", "j");
		expect(figures.note?.view.figure).toBe(2);
		const scrolled = press(figures, "ctrl-e");
		expect(topOf(scrolled)).toBe(topOf(figures) + 1);
		expect(scrolled.note?.view.figure).toBe(2);
		expect(press(figures, "j").note?.view.figure).toBe(3);
	});

	it("pages the help", () => {
		const help = press(onNote(12), "?");
		const viewport = factsOf(help).help?.viewport ?? 0;
		expect(press(help, "ctrl-d").help?.top).toBe(Math.ceil(viewport / 2));
		expect(press(help, "ctrl-e", "ctrl-e").help?.top).toBe(2);
		expect(press(help, "ctrl-f").help?.top).toBe(press(help, "pagedown").help?.top);
		expect(press(help, "ctrl-d", "ctrl-u").help?.top).toBe(0);
	});
});

describe("paging in the library list", () => {
	const many = libraryOfNotes(
		Array.from({ length: 40 }, (_, index) => ({ ...first, file: `n${index}.json` })),
	);
	const manyModel = createReaderModel(many);
	const manyFacts = (state: ReaderState) => manyModel(state).facts;
	const keysOn = (...keys: string[]) =>
		keys.reduce(
			(current, key) => reduceReader(current, { type: "key", key }, manyFacts).state,
			initialReaderState({ columns: 100, rows: 20, language: "en" }),
		);

	it("moves the selection half a page with Ctrl-D and Ctrl-U and a page with Ctrl-F and Ctrl-B", () => {
		const viewport = manyFacts(keysOn()).library?.viewport ?? 0;
		expect(viewport).toBeGreaterThan(2);
		expect(keysOn("ctrl-d").library?.list.selected).toBe(Math.ceil(viewport / 2));
		expect(keysOn("ctrl-d", "ctrl-u").library?.list.selected).toBe(0);
		expect(keysOn("ctrl-f").library?.list.selected).toBe(viewport);
		expect(keysOn("ctrl-f", "ctrl-f", "ctrl-b").library?.list.selected).toBe(viewport);
		expect(keysOn("ctrl-d").library?.filter).toBe("");
	});
});
