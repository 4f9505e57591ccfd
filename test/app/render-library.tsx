import { readFileSync } from "node:fs";
import { newestFirst } from "../../source/library/note-filter.ts";
import type { LoadedNote } from "../../source/load/load-notes.ts";
import { noteFromText } from "../../source/load/note-from-text.ts";
import { bundledNote, renderReader } from "./render-app.tsx";

const minimal = JSON.parse(readFileSync(new URL("../fixtures/minimal-note.json", import.meta.url), "utf8"));
const variant = (id: string, date: string, title: string, broker: string) =>
	noteFromText(
		JSON.stringify({ ...minimal, id, reportDate: date, title: { en: title }, broker: { en: broker } }),
		`${id}.json`,
	);

/** Three notes: two small ones around the bundled MAI-1 note, newest first. */
export const libraryNotes: LoadedNote[] = newestFirst([
	{ note: bundledNote, file: "bundled.json" },
	variant("a", "2025-03-01", "Alpha widgets", "Example Research"),
	variant("b", "2023-07-15", "Beta gadgets", "Other Broker"),
]);

/** Renders the reader on a library of notes (by default the three above) at a size. */
export function renderLibrary(columns = 100, rows = 20, notes: LoadedNote[] = libraryNotes) {
	return renderReader(notes, { columns, rows });
}

/** The library rows of a frame (those with a date). */
export const rowsOf = (frame: string) => frame.split("\n").filter((line) => /\d{4}-\d{2}-\d{2}/.test(line));
