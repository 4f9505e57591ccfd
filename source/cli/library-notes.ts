import { opendirSync, readFileSync, type Stats, statSync } from "node:fs";
import type { ReaderLibrary } from "../app/reader-library.ts";
import { BriefingError } from "../base/briefing-error.ts";
import { errorWords } from "../base/error-words.ts";
import type { IndexedNote, LibraryIndex } from "../library/index/library-index.ts";
import type { HeadedNote } from "../library/index/note-head.ts";
import { duration, progressText } from "../library/index/progress-text.ts";
import { matchesFilter, newestFirst } from "../library/note-filter.ts";
import { type LoadedNote, loadNotes, readablePathFolders } from "../load/load-notes.ts";
import { cannotRead, inputLimits, notAFolder, tooLarge } from "../load/read-input.ts";
import { distinctRoots } from "./distinct-roots.ts";
import type { Options } from "./options.ts";
import { readStdin } from "./read-stdin.ts";
import { warn } from "./warn.ts";

/** What a run says when the filters of the command line leave no note. */
const noMatch = "briefing: no notes match the filters";

const isFolder = (file: string) => statSync(file, { throwIfNoEntry: false })?.isDirectory() === true;

// A build shorter than this draws no progress at all.
const progressAfter = 500;

/**
 * Draws a build's progress on a terminal's stderr, a few times a second: count, rate and time left,
 * then how long it took; nothing on a pipe, nothing for a build shorter than half a second.
 */
export function progressLine(
	stream: Pick<NodeJS.WriteStream, "isTTY" | "write">,
	now: () => number = () => performance.now(),
): (done: number, total: number) => void {
	if (!stream.isTTY) return () => {};
	const start = now();
	let drawn = Number.NEGATIVE_INFINITY;
	return (done, total) => {
		const elapsed = now() - start;
		if (elapsed < progressAfter) return;
		if (done === total) {
			stream.write(`\r\u001b[Kbriefing: indexed ${total} notes in ${duration(elapsed / 1000)}\n`);
		} else if (now() - drawn >= 200) {
			drawn = now();
			stream.write(`\r\u001b[Kbriefing: indexing ${progressText(done, total, elapsed)}`);
		}
	};
}

/**
 * Opens the library index for a run, or returns undefined when it cannot be used, so the caller
 * reads the files; `onUnavailable` is told why (by default, one warning line that says the files
 * are read instead). Standard input is never indexed. With `full`, every note file's size and mtime
 * is compared, not only those in folders whose mtime changed.
 */
export async function openIndexFor(
	options: Options,
	onWarning: (line: string) => void,
	onProgress?: (done: number, total: number) => void,
	full = false,
	onUnavailable = (reason: string) => onWarning(`${reason}; reading the note files instead`),
): Promise<LibraryIndex | undefined> {
	if (options.inputs.includes("-")) return undefined;
	// A folder or file named on the command line that is missing is an error (exit 66), as when the
	// notes are read from their files, not an empty part of the library; so is a --dir that is a file.
	// A pipe, a device or a socket is not indexed: the files are read instead, which reads a pipe once
	// and refuses the others.
	for (const named of [...options.folders, ...options.inputs]) {
		let stats: Stats;
		try {
			stats = statSync(named);
		} catch (error) {
			throw cannotRead(named, error);
		}
		if (options.folders.includes(named) && !stats.isDirectory()) throw notAFolder(named);
		// A folder that cannot be listed is one line, as when the files are read, not an index failure.
		if (stats.isDirectory())
			try {
				opendirSync(named).closeSync();
			} catch (error) {
				throw cannotRead(named, error);
			}
		if (!stats.isFile() && !stats.isDirectory()) return undefined;
	}
	const { IndexUnavailable, indexFile, libraryRoots, openLibraryIndex } = await import(
		"../library/index/library-index.ts"
	);
	try {
		const pathFolders = readablePathFolders(options.pathFolders, options.strict, onWarning);
		return await openLibraryIndex({
			roots: distinctRoots(libraryRoots({ ...options, pathFolders }, isFolder)),
			file: indexFile(process.env),
			strict: options.strict,
			onWarning,
			onProgress,
			full,
		});
	} catch (error) {
		if (!(error instanceof IndexUnavailable)) throw error;
		const why = error.cause === undefined ? "" : ` (${errorWords(error.cause)})`;
		onUnavailable(`${error.message}${why}`);
		return undefined;
	}
}

// The reader reads the index's rows this many at a time, as they come on screen.
const windowRows = 100;

/**
 * Returns the reader's library from the index, or undefined when notes come on standard input or
 * the index cannot be used. The reader's first screen reads only its rows (a window of the index at
 * a time) and the count; the filters of the command line, and the reader's own filter and orders,
 * are answered from the index's columns (see LibraryIndex.rowids and sortedBy) without its heads. A
 * note is read from its file (at most the size of a note file, 64 MB) when it is opened. Throws as
 * loadNotes does, and a {@link BriefingError} (exit 1) when no note passes the filters. The index
 * stays open (and locked) while the reader runs.
 */
export async function readerLibrary(
	options: Options,
	onProgress: (count: number, total?: number) => void,
	onWarning: (line: string) => void,
): Promise<ReaderLibrary | undefined> {
	// A note or two named on their own open faster from their files than through the index.
	const folders = [...options.folders, ...options.pathFolders, ...options.inputs].filter(isFolder);
	if (folders.length === 0) return undefined;
	// The validator (read when a note is opened) loads while the index is brought up to date: its
	// files are read meanwhile, though its code still runs before the first frame.
	const validator = import("../load/note-from-text.ts");
	const index = await openIndexFor(options, onWarning, onProgress);
	if (index === undefined) return undefined;
	// The filters of the command line narrow the library to these rows (newest first), read from the
	// index's columns; the reader's own filter and order are then answered within them.
	const filtered = Object.keys(options.filter).length > 0;
	const base = filtered ? index.rowids(options.filter) : undefined;
	const inBase = base === undefined ? undefined : new Set(base);
	const within = (rowids: readonly number[]) =>
		inBase === undefined ? rowids : rowids.filter((rowid) => inBase.has(rowid));
	const count = base?.length ?? index.count;
	if (count === 0) {
		index.close();
		throw new BriefingError(noMatch, "no-match");
	}
	const windows = new Map<number, HeadedNote[]>();
	const at = (row: number) => {
		if (row < 0 || row >= count) return undefined;
		const start = row - (row % windowRows);
		let rows = windows.get(start);
		if (rows === undefined) {
			rows =
				base === undefined
					? index.window(start, windowRows)
					: index.heads(base.slice(start, start + windowRows));
			windows.set(start, rows);
		}
		return rows[row - start];
	};
	let all: HeadedNote[] | undefined;
	const { noteFromText } = await validator;
	return {
		count,
		at,
		all: () => {
			all ??= base === undefined ? index.notes : index.heads(base);
			return all;
		},
		rowOf: (file, id) => {
			const row = index.rowOf(file, id);
			if (base === undefined || row === -1) return row;
			return base.indexOf(index.rowids()[row] ?? -1);
		},
		open: (headed) => {
			try {
				const size = statSync(headed.file).size;
				if (size > inputLimits.note) throw tooLarge(headed.file, inputLimits.note);
				return noteFromText(readFileSync(headed.file, "utf8"), headed.file);
			} catch (error) {
				throw error instanceof BriefingError ? error : cannotRead(headed.file, error);
			}
		},
		search: (query, among) =>
			among === undefined
				? index.find(query, options.filter)
				: index.search(query, among as typeof index.notes),
		rows: {
			passing: (filter) => within(index.rowids(filter)),
			sorted: (column, language) => within(index.sortedBy(column, language)),
			heads: index.heads,
			keyOf: (headed) => (headed as IndexedNote).rowid,
			search: (query, rowids) => index.find(query, rowids),
		},
	};
}

/**
 * Runs `use` for a `list` or `search` run with the library index (drawing a first build's progress on
 * a terminal's stderr), or undefined when it cannot be used, and `notes()`: the notes that pass the
 * filters, newest first, from the index (reading the heads of only those) or else read from the files. The index is closed when `use`
 * ends. Resolves with what `use` resolves with; throws as loadNotes does.
 */
export async function withLibraryNotes(
	options: Options,
	use: (index: LibraryIndex | undefined, notes: () => Promise<HeadedNote[]>) => Promise<number>,
): Promise<number> {
	const index = await openIndexFor(options, warn, progressLine(process.stderr));
	const notes = async (): Promise<HeadedNote[]> => {
		// From the index, the filters are answered from its columns, and only the notes passing are read.
		if (index !== undefined)
			return Object.keys(options.filter).length === 0
				? index.notes
				: index.heads(index.rowids(options.filter));
		const all = await loadNotes({ ...options, readStdin, onWarning: warn });
		return newestFirst(all.filter(({ note }) => matchesFilter(note, options.filter)));
	};
	try {
		return await use(index, notes);
	} finally {
		index?.close();
	}
}

/**
 * Returns the notes of a run read in full from their files, that pass the filters, newest first.
 * Throws as loadNotes does, and a {@link BriefingError} ("no-match") when reading notes and none
 * passes (a digest may be empty).
 */
export async function loadFilteredNotes(
	options: Options,
	onProgress: (count: number) => void,
	onWarning: (line: string) => void,
): Promise<LoadedNote[]> {
	const loaded = await loadNotes({ ...options, readStdin, onProgress, onWarning });
	const notes = newestFirst(loaded.filter(({ note }) => matchesFilter(note, options.filter)));
	if (notes.length === 0 && options.command === "read") {
		throw new BriefingError(noMatch, "no-match");
	}
	return notes;
}
