import { type Dirent, opendirSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { BriefingError } from "../base/briefing-error.ts";
import { errorWords } from "../base/error-words.ts";
import type { Note } from "../note/schema.ts";
import { dataFolder } from "./data-folder.ts";
import type { LoadedNote } from "./note-from-text.ts";
import { cannotRead, inputLimits, notAFolder, readLimited } from "./read-input.ts";
import { fileName } from "./sanitize.ts";

export type { LoadedNote } from "./note-from-text.ts";

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
 * in a loop. Other files are ignored. A subfolder that cannot be read (private, too deep) is told
 * to `onUnreadable` and skipped; the folder itself must be readable (its error is thrown).
 */
export async function notesInFolder(
	folder: string,
	onUnreadable: (subfolder: string, error: unknown) => void = (_, error) => {
		throw error;
	},
): Promise<FilePath[]> {
	const files: FilePath[] = [];
	// Names are read as bytes: one that is not UTF-8 would not survive being decoded and encoded again.
	const top = Buffer.from(path.normalize(folder));
	const pending = [top];
	for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
		let entries: Dirent<Buffer>[];
		try {
			entries = await readdir(current, { withFileTypes: true, encoding: "buffer" });
		} catch (error) {
			if (current === top) throw error;
			onUnreadable(shown(current), error);
			continue;
		}
		const base = current.at(-1) === slash ? current : Buffer.concat([current, Buffer.of(slash)]);
		for (const entry of entries) {
			const full = Buffer.concat([base, entry.name]);
			if (entry.isDirectory()) pending.push(full);
			else if (
				entry.name.toString("latin1").endsWith(".json") &&
				(entry.isFile() || (entry.isSymbolicLink() && (await isFile(full))))
			)
				files.push(asPath(full));
		}
	}
	return files.sort((a, b) => (shown(a) < shown(b) ? -1 : shown(a) > shown(b) ? 1 : 0));
}

/** A path as a string, or as bytes when it is not UTF-8 (a file name from an older system, say). */
type FilePath = string | Buffer;
const slash = 0x2f;

function asPath(bytes: Buffer): FilePath {
	const text = bytes.toString("utf8");
	return Buffer.from(text, "utf8").equals(bytes) ? text : bytes;
}

/** Returns a path to show (through {@link fileName}): bytes that are not UTF-8 show as U+FFFD. */
function shown(file: FilePath): string {
	return typeof file === "string" ? file : file.toString("utf8");
}

async function isFile(file: FilePath): Promise<boolean> {
	try {
		return (await stat(file)).isFile();
	} catch {
		return false;
	}
}

/**
 * Reads a note's text: a regular file or a pipe, at most {@link inputLimits}' `note` bytes.
 * `listed` says the file came from a folder's listing, which showed it as a regular file.
 */
async function readText(file: FilePath, listed = false): Promise<string> {
	return (await readLimited(file, inputLimits.note, { regular: listed })).toString("utf8");
}

async function loadFile(file: FilePath, listed = false): Promise<LoadedNote> {
	return noteFromText(await readText(file, listed), shown(file));
}

/**
 * Returns the notes bundled with briefing. They are parsed but not validated or sanitized again:
 * the test suite proves each of them valid and clean (test/note/bundled-note.test.ts).
 */
export async function loadBundledNotes(): Promise<LoadedNote[]> {
	const files = await notesInFolder(path.join(dataFolder(), "notes"));
	return Promise.all(
		files.map(async (file) => ({ note: JSON.parse(await readText(file, true)) as Note, file: shown(file) })),
	);
}

// Files are read synchronously (for thousands of small files, much faster than one promise each),
// a batch at a time, with a turn of the event loop between batches so progress can be drawn.
const batch = 256;

/** Runs `read` on each file with its index, a batch of files at a time. */
async function forEachFile(
	files: readonly FilePath[],
	read: (file: FilePath, index: number) => Promise<void>,
): Promise<void> {
	for (let start = 0; start < files.length; start += batch) {
		await Promise.all(files.slice(start, start + batch).map((file, offset) => read(file, start + offset)));
		await new Promise((resolve) => setImmediate(resolve));
	}
}

/**
 * Returns the folders of BRIEFING_PATH that can be listed, as PATH's are used: one that is missing (or
 * not a folder) is skipped quietly, one that cannot be read (private) with a warning; with `strict`,
 * an unreadable one throws (exit 66), as an unreadable subfolder does.
 */
export function readablePathFolders(
	folders: readonly string[],
	strict: boolean,
	onWarning: (line: string) => void,
): string[] {
	return folders.filter((folder) => {
		try {
			opendirSync(folder).closeSync();
			return true;
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === "ENOENT" || code === "ENOTDIR") return false;
			if (strict) throw cannotRead(folder, error);
			onWarning(`skipped ${fileName(folder)}: ${errorWords(error)}`);
			return false;
		}
	});
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
		// The same file reached twice (a folder named twice, a file in a named folder) is no override.
		if (earlier !== undefined && path.resolve(earlier.file) !== path.resolve(loaded.file)) {
			onWarning(`${fileName(loaded.file)} overrides ${fileName(earlier.file)} (note ${loaded.note.id})`);
			byId.delete(loaded.note.id);
		}
		byId.set(loaded.note.id, loaded);
		onProgress(byId.size);
	};
	const loadFolder = async (folder: string) => {
		let files: FilePath[];
		try {
			files = await notesInFolder(folder, (subfolder, error) => {
				if (strict) throw cannotRead(subfolder, error);
				onWarning(`skipped ${fileName(subfolder)}: ${errorWords(error)}`);
			});
		} catch (error) {
			if (error instanceof BriefingError) throw error;
			throw cannotRead(folder, error);
		}
		const loaded: (LoadedNote | undefined)[] = new Array(files.length);
		await forEachFile(files, async (file, index) => {
			try {
				loaded[index] = await loadFile(file, true);
			} catch (error) {
				if (strict || !(error instanceof BriefingError)) throw error;
				onWarning(`skipped ${error.message.split("\n")[0]}`);
			}
		});
		for (const note of loaded) if (note !== undefined) add(note);
	};

	if (inputs.length === 0) for (const note of await loadBundledNotes()) add(note);
	for (const folder of readablePathFolders(pathFolders, strict, onWarning)) await loadFolder(folder);
	for (const folder of folders) {
		// A missing folder is told by the listing (cannotRead); a file is not a folder to list.
		if ((await stat(folder).catch(() => undefined))?.isDirectory() === false) throw notAFolder(folder);
		await loadFolder(folder);
	}
	for (const input of inputs) {
		if (input === "-") add(await noteFromText(await readStdin(), "-"));
		else if (await isFolder(input)) await loadFolder(input);
		else add(await loadFile(input));
	}
	if (byId.size === 0) {
		throw new BriefingError(
			`${[...inputs, ...folders].map(fileName).join(", ")}: no *.json notes found`,
			"unreadable",
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
