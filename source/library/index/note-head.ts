import path from "node:path";
import type { Note } from "../../note/schema.ts";

/** What a library listing, its filters and its order need of a note: kept in the index for each note. */
export type NoteHead = Pick<Note, "id" | "reportDate" | "broker" | "sector" | "title" | "companies">;

/** A note known by its head and its file, as the index holds it. */
export interface HeadedNote {
	note: NoteHead;
	file: string;
}

/** Returns the tickers of a note's companies, in the note's order. */
export function tickersOf(note: NoteHead): string[] {
	return note.companies.flatMap((company) => company.tickers ?? []);
}

/** Returns a note's head. */
export function noteHead(note: Note): NoteHead {
	const { id, reportDate, broker, sector, title, companies } = note;
	return { id, reportDate, broker, sector, title, companies };
}

/** Returns the row among `notes` of the note read from `file` (an absolute path) with this id, or -1. */
export function rowAmong(notes: readonly HeadedNote[], file: string, id: string): number {
	return notes.findIndex((headed) => headed.note.id === id && path.resolve(headed.file) === file);
}
