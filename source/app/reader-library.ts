import type { HeadedNote } from "../library/index/note-head.ts";
import { type SearchHit, searchEntry, searchLibrary } from "../library/search-library.ts";
import type { LoadedNote } from "../load/load-notes.ts";

/** Searches some notes of the library (those passing the filter), a note's hits in reading order. */
export type SearchNotes = (query: string, among: readonly HeadedNote[]) => SearchHit<HeadedNote>[];

/**
 * The library as the reader gets it: each note's head (newest first), how to read a note in full
 * when it is opened, and full-text search. From the index, a note is read from its file on opening.
 */
export interface ReaderLibrary {
	notes: readonly HeadedNote[];
	open: (headed: HeadedNote) => LoadedNote;
	search: SearchNotes;
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
		notes,
		open: (headed) => headed as LoadedNote,
		search: (query, among) => searchLibrary((among as readonly LoadedNote[]).map(entry), query),
	};
}
