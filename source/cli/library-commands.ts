import { readFileSync, statSync } from "node:fs";
import type { ChalkInstance } from "chalk";
import type { ReaderLibrary } from "../app/reader-library.ts";
import { figureLines } from "../library/figure-lines.ts";
import type { LibraryIndex } from "../library/index/library-index.ts";
import type { HeadedNote } from "../library/index/note-head.ts";
import { matchesFilter, newestFirst } from "../library/note-filter.ts";
import { entryOfLines, type SearchHit, searchEntry, searchLibrary } from "../library/search-library.ts";
import { loadNotes } from "../load/load-notes.ts";
import { renderList, renderSearch } from "../render/render-library.ts";
import { renderListLines, renderSearchLines } from "../render/render-library-lines.ts";
import { BriefingError } from "./briefing-error.ts";
import { errorWords } from "./error-words.ts";
import { exitCodes } from "./exit-codes.ts";
import type { Options } from "./options.ts";
import { readStdin } from "./read-stdin.ts";
import { writeOutput } from "./write-output.ts";

const isFolder = (file: string) => statSync(file, { throwIfNoEntry: false })?.isDirectory() === true;

/** Draws a first build's progress on a terminal's stderr: count, rate and time left; nothing on a pipe. */
export function progressLine(stream: NodeJS.WriteStream): (done: number, total: number) => void {
	if (!stream.isTTY) return () => {};
	const start = performance.now();
	return (done, total) => {
		if (total < 2000) return;
		const seconds = (performance.now() - start) / 1000;
		const rate = done / Math.max(seconds, 0.001);
		const left = Math.ceil((total - done) / Math.max(rate, 1));
		const end = done === total ? "\n" : "";
		stream.write(
			`\r\u001b[Kbriefing: indexing ${done}/${total} notes, ${Math.round(rate)}/s, ${left} s left${end}`,
		);
	};
}

/**
 * Opens the library index for a run, or returns undefined (after one warning line) when it cannot
 * be used, so the caller reads the files. Standard input is never indexed. With `full`, every note
 * file's size and mtime is compared, not only those in folders whose mtime changed.
 */
export async function openIndexFor(
	options: Options,
	onWarning: (line: string) => void,
	onProgress?: (done: number, total: number) => void,
	full = false,
): Promise<LibraryIndex | undefined> {
	if (options.inputs.includes("-")) return undefined;
	const { IndexUnavailable, indexFile, libraryRoots, openLibraryIndex } = await import(
		"../library/index/library-index.ts"
	);
	try {
		return await openLibraryIndex({
			roots: libraryRoots(options, isFolder),
			file: indexFile(process.env),
			strict: options.strict,
			onWarning,
			onProgress,
			full,
		});
	} catch (error) {
		if (!(error instanceof IndexUnavailable)) throw error;
		const why = error.cause === undefined ? "" : ` (${errorWords(error.cause)})`;
		onWarning(`${error.message}${why}; reading the note files instead`);
		return undefined;
	}
}

/**
 * Returns the reader's library from the index (each note read from its file when opened), or
 * undefined when notes come on standard input or the index cannot be used. Throws as loadNotes
 * does, and a {@link BriefingError} (exit 1) when no note passes the filters. The index stays
 * open (and locked) while the reader runs.
 */
export async function readerLibrary(
	options: Options,
	onProgress: (count: number) => void,
	onWarning: (line: string) => void,
): Promise<ReaderLibrary | undefined> {
	// A note or two named on their own open faster from their files than through the index.
	const folders = [...options.folders, ...options.pathFolders, ...options.inputs].filter(isFolder);
	if (folders.length === 0) return undefined;
	const index = await openIndexFor(options, onWarning, (done) => onProgress(done));
	if (index === undefined) return undefined;
	const notes = newestFirst(index.notes.filter(({ note }) => matchesFilter(note, options.filter)));
	if (notes.length === 0) {
		index.close();
		throw new BriefingError("no notes match the filters", exitCodes.noMatch);
	}
	const { noteFromText } = await import("../load/note-from-text.ts");
	return {
		notes,
		open: (headed) => {
			try {
				return noteFromText(readFileSync(headed.file, "utf8"), headed.file);
			} catch (error) {
				if (error instanceof BriefingError) throw error;
				throw new BriefingError(
					`${headed.file}: cannot read (${(error as NodeJS.ErrnoException).code})`,
					exitCodes.noInput,
				);
			}
		},
		search: (query, among) => index.search(query, among as typeof index.notes),
	};
}

/**
 * Runs `briefing list` or `briefing search` from the index, or from the files when it cannot be used.
 * On a terminal (no format chosen) they print aligned, width-fitted rows; as text (a pipe, or
 * `--format text`) one tab-separated line per note or hit; or JSON. No note or hit prints nothing
 * (JSON: `[]`) and is exit 1, like grep.
 */
export async function runLibraryCommand(
	options: Options,
	onWarning: (line: string) => void,
	chalk: ChalkInstance | undefined,
): Promise<number> {
	const format = options.format === "json" ? "json" : "text";
	const index = await openIndexFor(options, onWarning, progressLine(process.stderr));
	try {
		if (options.command === "search" && index !== undefined) {
			// From the index, only the notes it finds are read.
			const hits = index.find(options.query, options.filter, options.figures);
			return printHits(hits, options, chalk);
		}
		const all: HeadedNote[] = index?.notes ?? (await loadNotes({ ...options, readStdin, onWarning }));
		const notes = newestFirst(all.filter(({ note }) => matchesFilter(note, options.filter)));
		if (options.command === "list") {
			const text =
				options.format === "text"
					? renderListLines(notes, options.language)
					: notes.length === 0 && format === "text"
						? ""
						: renderList(notes, { ...options, format }, chalk);
			const code = await writeOutput(process.stdout, text);
			return notes.length === 0 && code === exitCodes.ok ? exitCodes.noMatch : code;
		}
		const entries = (notes as Awaited<ReturnType<typeof loadNotes>>).map((loaded) =>
			options.figures ? entryOfLines(loaded, figureLines(loaded.note)) : searchEntry(loaded),
		);
		return printHits(searchLibrary(entries, options.query, Number.POSITIVE_INFINITY), options, chalk);
	} finally {
		index?.close();
	}
}

/** Prints search hits as the format asks; no hit is exit 1. */
async function printHits(
	hits: readonly SearchHit<HeadedNote>[],
	options: Options,
	chalk: ChalkInstance | undefined,
): Promise<number> {
	const format = options.format === "json" ? "json" : "text";
	const text =
		options.format === "text"
			? renderSearchLines(hits, chalk)
			: hits.length === 0 && format === "text"
				? ""
				: renderSearch(hits, { ...options, format }, chalk);
	const code = await writeOutput(process.stdout, text);
	return hits.length === 0 && code === exitCodes.ok ? exitCodes.noMatch : code;
}

/** Runs `briefing index`: brings the index up to date (anew with --rebuild) and, with --status, tells its state. */
export async function runIndexCommand(options: Options, onWarning: (line: string) => void): Promise<number> {
	const { indexFile } = await import("../library/index/library-index.ts");
	const file = indexFile(process.env);
	if (options.rebuild) {
		const { rmSync } = await import("node:fs");
		const { indexFiles } = await import("../library/index/index-database.ts");
		for (const each of indexFiles(file)) rmSync(each, { recursive: true, force: true });
	}
	const started = performance.now();
	const index = await openIndexFor(options, onWarning, progressLine(process.stderr), true);
	if (index === undefined) throw new BriefingError("the library index cannot be used", exitCodes.cantCreate);
	try {
		if (!options.status) return exitCodes.ok;
		const ms = Math.round(performance.now() - started);
		const { read, reused, removed, unchanged } = index.counts;
		const lines = [
			`index   ${file}`,
			`notes   ${index.notes.length}`,
			`size    ${(statSync(file).size / 1024 / 1024).toFixed(1)} MiB`,
			`update  ${read} read, ${reused} reused, ${removed} removed, ${unchanged} unchanged in ${ms} ms`,
		];
		return writeOutput(process.stdout, `${lines.join("\n")}\n`);
	} finally {
		index.close();
	}
}
