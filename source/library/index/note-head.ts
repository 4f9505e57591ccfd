import type { Note } from "../../note/schema.ts";

/** What a library listing, its filters and its order need of a note: kept in the index for each note. */
export type NoteHead = Pick<Note, "id" | "reportDate" | "broker" | "sector" | "title" | "companies">;

/** A note known by its head and its file, as the index holds it. */
export interface HeadedNote {
	note: NoteHead;
	file: string;
}

/** Returns a note's head. */
export function noteHead(note: Note): NoteHead {
	const { id, reportDate, broker, sector, title, companies } = note;
	return { id, reportDate, broker, sector, title, companies };
}
