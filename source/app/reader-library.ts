import { type Language, localize } from "../document/language.ts";
import { type HeadedNote, rowAmong } from "../library/index/note-head.ts";
import { type FilterKey, filterKey, matchesKey, type NoteFilter } from "../library/note-filter.ts";
import { type SearchHit, searchEntry, searchLibrary } from "../library/search-library.ts";
import { type SortColumn, sortedByCells } from "../library/sort-cells.ts";
import type { LoadedNote } from "../load/load-notes.ts";

/**
 * Searches the library: the notes `among` (those passing the reader's filter), or without them every
 * note; a note's hits in reading order.
 */
export type SearchNotes = (query: string, among?: readonly HeadedNote[]) => SearchHit<HeadedNote>[];

/**
 * The library's notes by key (a number the library picks for each note: a row of the index, or a
 * note's place among notes read in full), for a filter, an order and a search that read the heads of
 * only the rows shown.
 */
export interface LibraryRows {
	/** The keys of the notes that pass `filter` (every note for `{}`), newest first. */
	passing: (filter: NoteFilter) => readonly number[];
	/**
	 * The keys of every note in the order of a column's cells in a language (see sortedByCells: by
	 * Intl.Collator, empty cells last, notes whose cells compare equal newest first).
	 */
	sorted: (column: SortColumn, language: Language) => readonly number[];
	/** The notes of some keys (each one this library gave), in the order given. */
	heads: (keys: readonly number[]) => HeadedNote[];
	/** The key of a note of this library, or undefined. */
	keyOf: (headed: HeadedNote) => number | undefined;
	/** Searches the notes of some keys (those `passing` gave), as `ReaderLibrary.search` does. */
	search: (query: string, keys: readonly number[]) => SearchHit<HeadedNote>[];
}

/**
 * The library as the reader gets it: how many notes, each note's head by its row (newest first) a
 * window at a time, all of them when a filter, a sort or a search needs them and the library has no
 * `rows` of its own, how to read a note in full when it is opened, and full-text search. From the
 * index, the first screen reads only its rows, a filter and an order read columns of the index, and
 * a note is read from its file on opening.
 */
export interface ReaderLibrary {
	count: number;
	/** The note of row `index`, newest first; undefined past the last. */
	at: (index: number) => HeadedNote | undefined;
	/** Every note, newest first (read on first use). */
	all: () => readonly HeadedNote[];
	open: (headed: HeadedNote) => LoadedNote;
	/** The row of the note read from `file` (an absolute path) with this id, or -1: no walk of the rows. */
	rowOf: (file: string, id: string) => number;
	search: SearchNotes;
	/** Filters, orders and searches answered by the library itself; without it, from `all`. */
	rows?: LibraryRows;
}

/**
 * Returns the rows of a library from its notes (`all`, read on first use): keys are places in `all`,
 * a filter folds each note's fields once (filterKey), and an order collates each distinct cell once.
 */
export function rowsOfNotes(library: Pick<ReaderLibrary, "all" | "search">): LibraryRows {
	let keys: FilterKey[] | undefined;
	let places: Map<HeadedNote, number> | undefined;
	const passing = (filter: NoteFilter) => {
		const notes = library.all();
		if (Object.keys(filter).length === 0) return notes.map((_, index) => index);
		keys ??= notes.map((headed) => filterKey(headed.note));
		return keys.flatMap((key, index) => (matchesKey(key, filter) ? [index] : []));
	};
	return {
		passing,
		sorted: (column, language) =>
			sortedByCells(
				library.all().map(({ note }) => localize(note[column], language)),
				language,
			),
		heads: (keys) => keys.flatMap((key) => library.all()[key] ?? []),
		keyOf: (headed) => {
			places ??= new Map(library.all().map((each, index) => [each, index]));
			const place = places.get(headed) ?? library.all().findIndex((each) => sameNote(each, headed));
			return place === -1 ? undefined : place;
		},
		search: (query, keys) => {
			const notes = library.all();
			return library.search(
				query,
				keys.flatMap((index) => notes[index] ?? []),
			);
		},
	};
}

/** Whether two heads are the same note of a library (read apart, from a window and from the whole). */
export function sameNote(a: HeadedNote, b: HeadedNote): boolean {
	return a === b || (a.file === b.file && a.note.id === b.note.id);
}

/** Returns the reader's library of notes already read in full: search makes their entries on first use. */
export function libraryOfNotes(notes: readonly LoadedNote[]): ReaderLibrary {
	const entries = new Map<HeadedNote, ReturnType<typeof searchEntry>>();
	const entry = (loaded: LoadedNote) => {
		let found = entries.get(loaded);
		if (found === undefined) {
			found = searchEntry(loaded);
			entries.set(loaded, found);
		}
		return found;
	};
	return {
		count: notes.length,
		at: (index) => notes[index],
		all: () => notes,
		open: (headed) => headed as LoadedNote,
		rowOf: (file, id) => rowAmong(notes, file, id),
		search: (query, among = notes) => searchLibrary((among as readonly LoadedNote[]).map(entry), query),
	};
}
