import type { Note } from "../note/schema.ts";
import { parseJson } from "./parse-json.ts";
import { fileName } from "./sanitize.ts";
import { validateNote } from "./validate-note.ts";

/** A validated, sanitized note and the file it came from (`-` for standard input). */
export interface LoadedNote {
	note: Note;
	file: string;
}

/**
 * Parses, validates and sanitizes one note's text; `file` names it in error messages (shown through
 * {@link fileName}, so a hostile name cannot reach the terminal) and in the result (as it is).
 */
export function noteFromText(text: string, file: string): LoadedNote {
	const name = fileName(file);
	return { note: validateNote(parseJson(text, name), name), file };
}
