import type { Language } from "../document/language.ts";
import { type LibraryLayout, libraryLayout } from "../layout/library-rows.ts";
import type { Line } from "../layout/line.ts";
import type { HeadedNote } from "../library/index/note-head.ts";
import { parseFilterLine } from "../library/note-filter.ts";
import type { SearchHit } from "../library/search-library.ts";
import type { SortColumn } from "../library/sort-cells.ts";
import type { LoadedNote } from "../load/load-notes.ts";
import { listColumns, listRow } from "../render/render-library.ts";
import { citation } from "./citation.ts";
import { helpLines } from "./components/help-overlay.tsx";
import type { SortOrder } from "./library/library-state.ts";
import { locateQuote, originalLines, type QuotePart, quoteParagraph } from "./original/quote-lines.ts";
import { proseMeasure } from "./pane-content.ts";
import { paragraphAt } from "./paragraph.ts";
import { type ReaderLibrary, rowsOfNotes } from "./reader-library.ts";
import type { OpenAt, ReaderFacts, ReaderState } from "./reader-state.ts";
import { createViewModel, type ViewModel } from "./view-model.ts";
import { paneIndex } from "./view-state.ts";

/** Lines above the library list (title, filter line, column headings). */
export const libraryBodyTop = 3;
/** Lines above the library list and below it (the footer). */
export const libraryChrome = libraryBodyTop + 1;

/** One row of the library's search results: one occurrence of the query, and its place in its note. */
export interface ResultRow {
	hit: SearchHit<HeadedNote>;
	range: { start: number; end: number };
	/** Which occurrence of the query in its note this is, counted from 0 in reading order. */
	match: number;
	/** How many occurrences of the query its note has. */
	count: number;
}

/** What the library shows: the layout, the rows on screen, how many pass the filter, the results. */
export interface LibraryModel {
	headings: string[];
	layout: LibraryLayout;
	/** The rows of the list the viewport shows, from its top row: each note and its cells. */
	visible: readonly { headed: HeadedNote; cells: string[] }[];
	/** How many rows pass the filter. */
	rowCount: number;
	/** How many notes the library holds. */
	total: number;
	results: readonly ResultRow[];
	viewport: number;
}

/** Lines above the original text (the note's title, the figure's line) and below it (the footer). */
export const originalChrome = { top: 2, bottom: 1 };

/** What the original text with a figure in context shows: its lines, the quote's parts, the top line. */
export interface OriginalModel {
	/** Whether the text is still being read (nothing to show yet). */
	loading: boolean;
	lines: readonly string[];
	/** Where the figure's quote is; none when the text does not hold it. */
	quote: readonly QuotePart[];
	top: number;
	viewport: number;
}

/** Everything a frame shows, derived from the state; and the facts the reducer acts on. */
export interface ReaderModel {
	facts: ReaderFacts;
	library?: LibraryModel;
	note?: ViewModel;
	original?: OriginalModel;
	help?: { lines: Line[]; viewport: number };
}

/**
 * Splits search hits (lines) into one row per occurrence, numbering each note's occurrences in order
 * and counting them, so the results can show a note's matches as a group under its count.
 */
export function resultRows(hits: readonly SearchHit<HeadedNote>[]): ResultRow[] {
	const counts = new Map<HeadedNote, number>();
	for (const hit of hits) counts.set(hit.loaded, (counts.get(hit.loaded) ?? 0) + hit.ranges.length);
	const seen = new Map<HeadedNote, number>();
	return hits.flatMap((hit) =>
		hit.ranges.map((range) => {
			const match = seen.get(hit.loaded) ?? 0;
			seen.set(hit.loaded, match + 1);
			return { hit, range, match, count: counts.get(hit.loaded) ?? 0 };
		}),
	);
}

/** Remembers the values of a function of one key for the last `size` keys (a filter typed and erased). */
function memo<K, V>(compute: (key: K) => V, size = 1): (key: K) => V {
	const values = new Map<K, V>();
	return (key) => {
		if (values.has(key)) return values.get(key) as V;
		const value = compute(key);
		values.set(key, value);
		if (values.size > size) values.delete(values.keys().next().value as K);
		return value;
	};
}

// The columns are laid out to fit the library's first rows (newest first), read without the rest.
const layoutRows = 200;

// The rows of a filtered or sorted list read at a time, as they come on screen.
const windowRows = 100;

/**
 * Returns the function that derives a reader model from a state, remembering what a key press does
 * not change (the layout, the filter's rows, an order, search results, a note's layout), so a key
 * redoes only what it changed, even with 100,000 notes. The list in its own order and unfiltered is
 * read a window at a time (`library.at`): the first screen of a large library reads only its rows.
 * A filter, another order and a search go to the library's rows (see LibraryRows: from the index,
 * they read columns of it, not the notes' heads), and the heads of a filtered or sorted list are read
 * a window at a time too.
 */
export function createReaderModel(library: ReaderLibrary) {
	const rows = library.rows ?? rowsOfNotes(library);
	const layoutFor = memo((key: string) => {
		const [language, width] = key.split(" ") as [Language, string];
		const rows: string[][] = [];
		for (let index = 0; index < Math.min(library.count, layoutRows); index += 1) {
			const headed = library.at(index);
			if (headed) rows.push(listRow(headed, language));
		}
		return libraryLayout(rows, listColumns(language), Number(width));
	}, 4);
	const filteredBy = memo((filter: string) => rows.passing(parseFilterLine(filter)), 16);
	const sortedBy = memo((key: string) => {
		const [sort, language] = key.split(" ") as [SortColumn, Language];
		return rows.sorted(sort, language);
	}, 4);
	// The rows passing the filter in the order chosen: the whole library is sorted once per order.
	const shownBy = memo((key: string): readonly number[] => {
		const [filter = "", sort = "date", language = "en"] = JSON.parse(key) as [string, SortOrder, Language];
		if (sort === "date") return filteredBy(filter);
		const sorted = sortedBy(`${sort} ${language}`);
		if (filter.trim() === "") return sorted;
		const passes = new Set(filteredBy(filter));
		return sorted.filter((key) => passes.has(key));
	}, 4);
	// The notes of a list's keys, read a window of rows at a time.
	const windows = new WeakMap<readonly number[], Map<number, HeadedNote[]>>();
	const noteAt = (keys: readonly number[], index: number): HeadedNote | undefined => {
		if (index < 0 || index >= keys.length) return undefined;
		let read = windows.get(keys);
		if (read === undefined) {
			read = new Map();
			windows.set(keys, read);
		}
		const start = index - (index % windowRows);
		let heads = read.get(start);
		if (heads === undefined) {
			heads = rows.heads(keys.slice(start, start + windowRows));
			read.set(start, heads);
		}
		return heads[index - start];
	};
	const placeOf = (keys: readonly number[], headed: HeadedNote) => {
		const key = rows.keyOf(headed);
		return key === undefined ? -1 : keys.indexOf(key);
	};
	/** The list as shown: how many rows, the note of a row, and the row of a note. */
	const listOf = (filter: string, sort: SortOrder, language: Language) => {
		if (filter.trim() === "" && sort === "date") {
			return {
				count: library.count,
				row: (index: number) => library.at(index),
				rowOf: (headed: HeadedNote) => placeOf(filteredBy(""), headed),
			};
		}
		const shown = shownBy(JSON.stringify([filter, sort, language]));
		return {
			count: shown.length,
			row: (index: number) => noteAt(shown, index),
			rowOf: (headed: HeadedNote) => placeOf(shown, headed),
		};
	};
	// The rows on screen, with their cells: a frame's model is derived several times per key.
	const visibleRows = memo((key: string) => {
		const [filter, sort, language, top, viewport] = JSON.parse(key) as [
			string,
			SortOrder,
			Language,
			number,
			number,
		];
		const list = listOf(filter, sort, language);
		const rows: { headed: HeadedNote; cells: string[] }[] = [];
		for (let index = top; index < top + viewport; index += 1) {
			const headed = list.row(index);
			if (headed === undefined) break;
			rows.push({ headed, cells: listRow(headed, language) });
		}
		return rows;
	}, 4);
	const searched = memo((key: string) => {
		const [filter = "", query = ""] = JSON.parse(key) as [string, string];
		return resultRows(filter.trim() === "" ? library.search(query) : rows.search(query, filteredBy(filter)));
	});
	const noteModels = new WeakMap<LoadedNote, ReturnType<typeof createViewModel>>();
	const noteModel = (loaded: LoadedNote) => {
		let model = noteModels.get(loaded);
		if (model === undefined) {
			model = createViewModel(loaded.note);
			noteModels.set(loaded, model);
		}
		return model;
	};

	// The original text's lines at the last width, and the last quote found in them.
	const linesOf = memo((key: string) => {
		const [width = "0", text = ""] = JSON.parse(key) as [string, string];
		return originalLines(text, Number(width));
	});
	const quoteIn = memo((key: string) => {
		const [width = "0", text = "", quote = ""] = JSON.parse(key) as [string, string, string];
		return locateQuote(linesOf(JSON.stringify([width, text])), quote);
	});

	return (state: ReaderState): ReaderModel => {
		const { columns, rows } = state.size;
		const width = Math.max(1, columns - 2);
		const model: ReaderModel = { facts: {} };
		if (state.help) {
			const lines = helpLines(width, state.help.mode, state.note?.view.language ?? state.language);
			const viewport = Math.max(1, rows - 2);
			model.help = { lines, viewport };
			model.facts.help = { lineCount: lines.length, viewport };
		}
		if (state.note) {
			const { loaded, view, original } = state.note;
			const note = noteModel(loaded)(
				view,
				state.size,
				original.status === "present" ? original.text : undefined,
				original.status === "absent" ? original.problem : undefined,
			);
			const figure = note.selectedFigure === undefined ? undefined : loaded.note.figures[note.selectedFigure];
			model.note = note;
			// The paragraph `Y` copies: the one at the current search match, else at the top of the pane.
			const match = note.matches[view.search.match];
			const searching = view.search.query !== "" && !view.search.editing;
			const top = Math.max(0, Math.min(view.scroll[view.section], note.lines.length - note.facts.viewport));
			const line = searching && match?.pane === paneIndex(view) && match.tab === view.tab ? match.line : top;
			const text = original.status === "present" ? original.text : undefined;
			model.facts.note = {
				...note.facts,
				citation: figure ? citation(figure, loaded.note, view.language) : undefined,
				figure: note.selectedFigure,
				paragraph: paragraphAt(note.document.sections[paneIndex(view)], note.content.places, line, text),
			};
			const context = state.note.context;
			if (context) {
				const text = original.status === "present" ? original.text : "";
				const quote = loaded.note.figures[context.figure]?.quote ?? "";
				// Set at the prose measure, as the Source pane sets the same text.
				const measure = String(Math.min(width, proseMeasure));
				const lines = linesOf(JSON.stringify([measure, text]));
				const parts = quoteIn(JSON.stringify([measure, text, quote]));
				const viewport = Math.max(1, rows - 1 - originalChrome.top - originalChrome.bottom);
				const room = Math.max(0, lines.length - viewport);
				// The quote a third of the way down, as a search match is shown.
				const at = parts[0] === undefined ? 0 : parts[0].line - Math.floor(viewport / 3);
				const top = Math.max(0, Math.min(context.top ?? at, room));
				model.original = { loading: original.status !== "present", lines, quote: parts, top, viewport };
				const figure = loaded.note.figures[context.figure];
				model.facts.original = {
					lineCount: lines.length,
					viewport,
					top,
					citation: figure ? citation(figure, loaded.note, view.language) : undefined,
					paragraph: text === "" ? undefined : quoteParagraph(text, quote, lines[top] ?? ""),
				};
			}
		}
		if (state.library) {
			const { filter, query, mode, sort } = state.library;
			const list = listOf(filter, sort, state.language);
			const results = mode === "results" ? searched(JSON.stringify([filter, query])) : [];
			const viewport = Math.max(1, rows - 1 - libraryChrome);
			const visible =
				mode === "results"
					? []
					: visibleRows(JSON.stringify([filter, sort, state.language, state.library.list.top, viewport]));
			model.library = {
				headings: listColumns(state.language),
				layout: layoutFor(`${state.language} ${width - 2}`),
				visible,
				rowCount: list.count,
				total: library.count,
				results,
				viewport,
			};
			model.facts.library = {
				rowCount: list.count,
				resultCount: results.length,
				viewport,
				row: list.row,
				rowOf: list.rowOf,
				result: (index) => {
					const row = results[index];
					const at: OpenAt | undefined = row && { query, match: row.match };
					return row && at ? { headed: row.hit.loaded, at, text: row.hit.text } : undefined;
				},
			};
		}
		// What the mouse acts on is what is drawn: the help over a note over the library.
		model.facts.screen = model.help
			? { body: { top: 0, height: model.help.viewport } }
			: model.original
				? { body: { top: originalChrome.top, height: model.original.viewport } }
				: (model.note?.screen ??
					(model.library ? { body: { top: libraryBodyTop, height: model.library.viewport } } : undefined));
		return model;
	};
}
