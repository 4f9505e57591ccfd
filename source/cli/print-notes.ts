import { Chalk } from "chalk";
import type { LoadedNote } from "../load/load-notes.ts";
import { notesText, type PrintOptions } from "./notes-text.ts";

/** Returns the printed form of notes in a format at a colour level (see {@link notesText}). */
export function printNotes(
	notes: readonly LoadedNote[],
	options: PrintOptions,
	colorLevel: 0 | 1 | 2 | 3,
): string {
	return notesText(notes, options, colorLevel === 0 ? undefined : new Chalk({ level: colorLevel }));
}
