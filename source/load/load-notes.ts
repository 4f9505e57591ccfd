import { readFileSync } from "node:fs";
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

/** Where notes are read from, in rising precedence: a later note replaces an earlier one with its id. */
export interface LoadOptions {
	/** Files, folders and `-` (standard input) named on the command line; they replace the bundled notes. */
	inputs: readonly string[];
	/** Library folders that may be missing (BRIEFING_PATH's): a missing one is skipped. */
	pathFolders?: readonly string[];
	/** Library folders that must be there (--dir's). */
	folders?: readonly string[];
	/** Whether a bad file inside a folder ends the run (exit 65) instead of being skipped with a warning. */
	strict?: boolean;
	readStdin: () => Promise<string>;
	/** Told of each skipped file and each overridden note, one line each. */
	onWarning?: (line: string) => void;
	/** Told how many notes have been read so far. */
	onProgress?: (count: number) => void;
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

/**
 * Returns the `*.json` files in a folder and its subfolders, sorted. Links to files are read;
 * links to folders are not followed, so a link can never lead the walk out of the folder or round
 * in a loop. Other files are ignored.
 */
export async function notesInFolder(folder: string): Promise<string[]> {
	const files: string[] = [];
	const pending = [folder];
	for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
		for (const entry of await readdir(current, { withFileTypes: true })) {
			const full = path.join(current, entry.name);
			if (entry.isDirectory()) pending.push(full);
			else if (
				entry.name.endsWith(".json") &&
				(entry.isFile() || (entry.isSymbolicLink() && (await isFile(full))))
			)
				files.push(full);
		}
	}
	return files.sort();
}

async function isFile(file: string): Promise<boolean> {
	try {
		return (await stat(file)).isFile();
	} catch {
		return false;
	}
}

function readText(file: string): string {
	try {
		return readFileSync(file, "utf8");
	} catch (error) {
		throw cannotRead(file, error);
	}
}

async function loadFile(file: string): Promise<LoadedNote> {
	return noteFromText(readText(file), file);
}

/**
 * Returns the notes bundled with briefing. They are parsed but not validated or sanitized again:
 * the test suite proves each of them valid and clean (test/note/bundled-note.test.ts).
 */
export async function loadBundledNotes(): Promise<LoadedNote[]> {
	const files = await notesInFolder(path.join(dataFolder(), "notes"));
	return Promise.all(files.map(async (file) => ({ note: JSON.parse(readText(file)) as Note, file })));
}

// Files are read synchronously (for thousands of small files, much faster than one promise each),
// a batch at a time, with a turn of the event loop between batches so progress can be drawn.
const batch = 256;

/** Runs `read` on each file with its index, a batch of files at a time. */
async function forEachFile(
	files: readonly string[],
	read: (file: string, index: number) => Promise<void>,
): Promise<void> {
	for (let start = 0; start < files.length; start += batch) {
		await Promise.all(files.slice(start, start + batch).map((file, offset) => read(file, start + offset)));
		await new Promise((resolve) => setImmediate(resolve));
	}
}

/**
 * Loads a library: the bundled notes (unless files or folders are named on the command line), then
 * each library folder, then what the command line names — a note file, a folder of `*.json` notes,
 * or `-` for standard input. A note replaces an earlier one with the same id, with a warning naming
 * both files. A bad file inside a folder is skipped with a warning (with `strict`, it ends the run);
 * a file named on its own must be valid. Throws a {@link BriefingError} when a named path cannot be
 * read, a named file is not a valid note, or nothing was found.
 */
export async function loadNotes(options: LoadOptions): Promise<LoadedNote[]> {
	const {
		inputs,
		pathFolders = [],
		folders = [],
		strict = false,
		readStdin,
		onWarning = () => {},
		onProgress = () => {},
	} = options;
	const byId = new Map<string, LoadedNote>();
	const add = (loaded: LoadedNote) => {
		const earlier = byId.get(loaded.note.id);
		if (earlier !== undefined) {
			onWarning(`${loaded.file} overrides ${earlier.file} (note ${loaded.note.id})`);
			byId.delete(loaded.note.id);
		}
		byId.set(loaded.note.id, loaded);
		onProgress(byId.size);
	};
	const loadFolder = async (folder: string) => {
		let files: string[];
		try {
			files = await notesInFolder(folder);
		} catch (error) {
			throw cannotRead(folder, error);
		}
		const loaded: (LoadedNote | undefined)[] = new Array(files.length);
		await forEachFile(files, async (file, index) => {
			try {
				loaded[index] = await loadFile(file);
			} catch (error) {
				if (strict || !(error instanceof BriefingError)) throw error;
				onWarning(`skipped ${error.message.split("\n")[0]}`);
			}
		});
		for (const note of loaded) if (note !== undefined) add(note);
	};

	if (inputs.length === 0) for (const note of await loadBundledNotes()) add(note);
	for (const folder of pathFolders) if (await isFolder(folder)) await loadFolder(folder);
	for (const folder of folders) await loadFolder(folder);
	for (const input of inputs) {
		if (input === "-") add(await noteFromText(await readStdin(), "-"));
		else if (await isFolder(input)) await loadFolder(input);
		else add(await loadFile(input));
	}
	if (byId.size === 0) {
		throw new BriefingError(
			`${[...inputs, ...folders].join(", ")}: no *.json notes found`,
			exitCodes.noInput,
		);
	}
	return [...byId.values()];
}

async function isFolder(file: string): Promise<boolean> {
	try {
		return (await stat(file)).isDirectory();
	} catch {
		return false;
	}
}

/**
 * Returns the original text a note was made from (`source.text`, a path relative to the note's
 * file), sanitized, or undefined when the note names none or it cannot be read.
 */
export async function loadSourceText({ note, file }: LoadedNote): Promise<string | undefined> {
	if (note.source?.text === undefined || file === "-") return undefined;
	try {
		return sanitizeText(await readFile(path.resolve(path.dirname(file), note.source.text), "utf8"));
	} catch {
		return undefined;
	}
}
