import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { BriefingError } from "../cli/briefing-error.ts";
import { exitCodes } from "../cli/exit-codes.ts";
import type { Note } from "../note/schema.ts";
import { dataFolder } from "./data-folder.ts";
import { sanitizeText } from "./sanitize.ts";

/** A validated, sanitized note and the file it came from (`-` for standard input). */
export interface LoadedNote {
	note: Note;
	file: string;
}

/** Where notes are read from: files and folders by path, `-` for standard input. */
export interface LoadOptions {
	inputs: readonly string[];
	readStdin: () => Promise<string>;
}

function cannotRead(file: string, error: unknown): BriefingError {
	const code = (error as NodeJS.ErrnoException).code;
	const reason =
		code === "ENOENT"
			? "no such file or folder"
			: code === "EACCES"
				? "permission denied"
				: (code ?? "cannot read");
	return new BriefingError(`${file}: ${reason}`, exitCodes.noInput);
}

/**
 * Parses, validates and sanitizes one note's text. The validator (zod) is loaded only when a note
 * other than the bundled ones is read, which keeps it off the start-up path of `npx briefing`.
 */
async function noteFromText(text: string, file: string): Promise<LoadedNote> {
	const { noteFromText: parse } = await import("./note-from-text.ts");
	return parse(text, file);
}

async function notesInFolder(folder: string): Promise<string[]> {
	const entries = await readdir(folder, { withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith(".json"))
		.map((entry) => path.join(folder, entry.name))
		.sort();
}

async function filesOf(input: string): Promise<string[]> {
	try {
		return (await stat(input)).isDirectory() ? await notesInFolder(input) : [input];
	} catch (error) {
		throw cannotRead(input, error);
	}
}

async function readText(file: string): Promise<string> {
	try {
		return await readFile(file, "utf8");
	} catch (error) {
		throw cannotRead(file, error);
	}
}

async function loadFile(file: string): Promise<LoadedNote> {
	return noteFromText(await readText(file), file);
}

/**
 * Returns the notes bundled with briefing. They are parsed but not validated or sanitized again:
 * the test suite proves each of them valid and clean (test/note/bundled-note.test.ts).
 */
export async function loadBundledNotes(): Promise<LoadedNote[]> {
	const files = await notesInFolder(path.join(dataFolder(), "notes"));
	return Promise.all(files.map(async (file) => ({ note: JSON.parse(await readText(file)) as Note, file })));
}

/**
 * Loads the notes named on the command line: each input a note file, a folder of `*.json` notes,
 * or `-` for standard input. With no input, the bundled notes. Throws a {@link BriefingError} on
 * the first input that cannot be read or is not a valid note.
 */
export async function loadNotes({ inputs, readStdin }: LoadOptions): Promise<LoadedNote[]> {
	if (inputs.length === 0) return loadBundledNotes();
	const notes: LoadedNote[] = [];
	for (const input of inputs) {
		if (input === "-") {
			notes.push(await noteFromText(await readStdin(), "-"));
			continue;
		}
		for (const file of await filesOf(input)) notes.push(await loadFile(file));
	}
	if (notes.length === 0) {
		throw new BriefingError(`${inputs.join(", ")}: no *.json notes found`, exitCodes.noInput);
	}
	return notes;
}

/**
 * Returns the original text a note was made from (`source.text`, a path relative to the note's
 * file), sanitized, or undefined when the note names none or it cannot be read.
 */
export async function loadSourceText({ note, file }: LoadedNote): Promise<string | undefined> {
	if (note.source.text === undefined || file === "-") return undefined;
	try {
		return sanitizeText(await readFile(path.resolve(path.dirname(file), note.source.text), "utf8"));
	} catch {
		return undefined;
	}
}
