import { type HeadedNote, rowAmong } from "../library/index/note-head.ts";
import { type SearchHit, searchEntry, searchLibrary } from "../library/search-library.ts";
import type { LoadedNote } from "../load/load-notes.ts";

/**
 * Searches the library: the notes `among` (those passing the reader's filter), or without them every
 * note; a note's hits in reading order.
 */
export type SearchNotes = (query: string, among?: readonly HeadedNote[]) => SearchHit<HeadedNote>[];

/**
 * The library as the reader gets it: how many notes, each note's head by its row (newest first) a
 * window at a time, all of them when a filter, a sort or a search needs them, how to read a note in
 * full when it is opened, and full-text search. From the index, the first screen reads only its rows,
 * and a note is read from its file on opening.
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
