import { readFileSync } from "node:fs";
import { noteFromText } from "../../source/load/note-from-text.ts";
import type { Note } from "../../source/note/schema.ts";

/** The bundled MAI-1 note's file, from the repository's root. */
export const bundledNoteFile = "data/notes/huatai-2024-05-07-microsoft-mai-1.json";

/** The bundled MAI-1 note's text, as the file holds it. */
export const bundledNoteText = readFileSync(new URL(`../../${bundledNoteFile}`, import.meta.url), "utf8");

/** The bundled MAI-1 note, parsed, validated and sanitized as the CLI reads any note. */
export const bundledNote: Note = noteFromText(bundledNoteText, "bundled").note;
