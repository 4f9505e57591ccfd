import type { LoadedNote } from "./load-notes.ts";
import { parseJson } from "./parse-json.ts";
import { validateNote } from "./validate-note.ts";

/** Parses, validates and sanitizes one note's text; `file` names it in error messages. */
export function noteFromText(text: string, file: string): LoadedNote {
	return { note: validateNote(parseJson(text, file), file), file };
}
