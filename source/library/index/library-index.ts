import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { Database } from "node-sqlite3-wasm";
import { BriefingError, type ErrorKind } from "../../base/briefing-error.ts";
import { errorWords } from "../../base/error-words.ts";
import { dataFolder } from "../../load/data-folder.ts";
import type { LoadOptions } from "../../load/load-notes.ts";
import { cannotRead } from "../../load/read-input.ts";
import { fileName } from "../../load/sanitize.ts";
import {
	entryOfLines,
	type NoteLine,
	queryPhrases,
	queryWords,
	type SearchHit,
	searchLibrary,
} from "../search-library.ts";
import { cacheFolder } from "./cache-folder.ts";
import { indexFiles, openDatabase } from "./index-database.ts";
import { takeLock } from "./index-lock.ts";
import { termQueries } from "./index-text.ts";
import type { HeadedNote, NoteHead } from "./note-head.ts";
import { IndexUnavailable, type LibraryRoot, type UpdateCounts, updateIndex } from "./update-index.ts";

/** A note of the library as the index holds it: its head, its file and its row. */
export interface IndexedNote extends HeadedNote {
	rowid: number;
}

/** A library read from the index: its notes (a later one replacing an earlier with its id), search, close. */
export interface LibraryIndex {
	notes: IndexedNote[];
	counts: UpdateCounts;
	/** Searches the given notes (by default all); hits come a note at a time, best-ranked note first. */
	search: (query: string, among?: readonly IndexedNote[], figures?: boolean) => SearchHit<IndexedNote>[];
	close: () => void;
}

/** Returns the roots of a library in rising precedence, as loadNotes reads them. */
export function libraryRoots(
	options: Pick<LoadOptions, "inputs" | "pathFolders" | "folders">,
	isFolder: (file: string) => boolean,
): LibraryRoot[] {
	const folder = (file: string): LibraryRoot => ({ path: path.resolve(file), kind: "folder", shown: file });
	return [
		...(options.inputs.length === 0 ? [folder(path.join(dataFolder(), "notes"))] : []),
		...(options.pathFolders ?? []).filter(isFolder).map(folder),
		...(options.folders ?? []).map(folder),
		...options.inputs.map((input) =>
			isFolder(input) ? folder(input) : { path: path.resolve(input), kind: "file" as const, shown: input },
		),
	];
}

/** The index file of an environment. */
export function indexFile(environment: Readonly<Record<string, string | undefined>>): string {
	return path.join(cacheFolder(environment), "library.sqlite");
}

/** Tells why the index was not used: the caller then reads the files. */
export { IndexUnavailable };

/**
 * Opens the library index, brings it up to date with `roots` and reads the library from it. Throws
 * {@link IndexUnavailable} (with a one-line reason) when the index cannot be used: its folder cannot
 * be written, or another briefing is updating it. Throws a {@link BriefingError} as loadNotes would:
 * a named file that is missing or not a valid note, a bad file with `strict`, or no notes at all.
 */
export async function openLibraryIndex(options: {
	roots: readonly LibraryRoot[];
	file: string;
	strict?: boolean;
	onWarning?: (line: string) => void;
	onProgress?: (done: number, total: number) => void;
}): Promise<LibraryIndex> {
	const { roots, file, strict = false, onWarning = () => {}, onProgress } = options;
	let release: (() => void) | undefined;
	try {
		mkdirSync(path.dirname(file), { recursive: true });
		release = takeLock(`${file}.update`);
	} catch (error) {
		throw new IndexUnavailable(`cannot write the index folder ${fileName(path.dirname(file))}`, {
			cause: error,
		});
	}
	if (release === undefined) throw new IndexUnavailable("another briefing is updating the library index");
	const taken = release;
	// Only the holder of this lock opens the database, so a lock folder of SQLite's wasm build that
	// is there now was left by a process that ended without closing it.
	rmSync(indexFiles(file)[2] as string, { recursive: true, force: true });
	// A process that ends without closing the index (the reader quits with process.exit) still
	// leaves it unlocked: the file lock, and the lock folder of SQLite's wasm build.
	const onExit = () => {
		taken();
		rmSync(indexFiles(file)[2] as string, { recursive: true, force: true });
	};
	process.once("exit", onExit);
	release = () => {
		process.off("exit", onExit);
		taken();
	};
	let db: Database | undefined;
	try {
		db = await openDatabase(file, onWarning);
		const counts = await updateIndex(db, roots, onProgress, (subfolder, error) => {
			if (strict) throw cannotRead(subfolder, error);
			onWarning(`skipped ${fileName(subfolder)}: ${errorWords(error)}`);
		});
		const notes = readNotes(db, roots, strict, onWarning);
		const opened = db;
		return {
			notes,
			counts,
			search: (query, among = notes, figures = false) => searchIndex(opened, query, among, figures),
			close: () => {
				opened.close();
				release?.();
			},
		};
	} catch (error) {
		db?.close();
		release();
		if (error instanceof BriefingError || error instanceof IndexUnavailable) throw error;
		throw new IndexUnavailable(`the library index failed (${(error as Error).message})`);
	}
}

function readNotes(
	db: Database,
	roots: readonly LibraryRoot[],
	strict: boolean,
	onWarning: (line: string) => void,
): IndexedNote[] {
	const byId = new Map<string, IndexedNote>();
	const statement = db.prepare(
		"SELECT rowid, path, head, error, error_kind FROM notes WHERE root = ? ORDER BY path",
	);
	try {
		for (const root of roots) {
			const rows = statement.all([root.path]) as unknown as {
				rowid: number;
				path: string;
				head: string | null;
				error: string | null;
				error_kind: string | null;
			}[];
			if (root.kind === "file" && rows.length === 0)
				throw new BriefingError(`${root.path}: no such file or folder`, "unreadable");
			for (const row of rows) {
				if (row.head === null) {
					const message = row.error ?? "cannot read";
					if (strict || root.kind === "file")
						throw new BriefingError(message, (row.error_kind ?? "unreadable") as ErrorKind);
					onWarning(`skipped ${message.split("\n")[0]}`);
					continue;
				}
				const file =
					root.shown === undefined
						? row.path
						: root.kind === "file"
							? root.shown
							: path.join(root.shown, path.relative(root.path, row.path));
				const indexed: IndexedNote = { note: JSON.parse(row.head) as NoteHead, file, rowid: row.rowid };
				const earlier = byId.get(indexed.note.id);
				if (earlier !== undefined) {
					onWarning(`${indexed.file} overrides ${earlier.file} (note ${indexed.note.id})`);
					byId.delete(indexed.note.id);
				}
				byId.set(indexed.note.id, indexed);
			}
		}
	} finally {
		statement.finalize();
	}
	if (byId.size === 0) {
		throw new BriefingError(
			`${roots.map((root) => root.path).join(", ")}: no *.json notes found`,
			"unreadable",
		);
	}
	return [...byId.values()];
}

/**
 * Returns the rowids of the notes that may hold every term, with their bm25 rank (lower is better),
 * or undefined when the terms narrow nothing (every note must then be checked).
 */
function candidates(db: Database, terms: readonly string[]): Map<number, number> | undefined {
	const queries = terms.map(termQueries);
	let found: Map<number, number> | undefined;
	for (const table of ["grams", "chars"] as const) {
		const parts = queries.flatMap((query) => query[table]);
		if (parts.length === 0) continue;
		const rows = db.all(`SELECT rowid, bm25(${table}) AS rank FROM ${table} WHERE ${table} MATCH ?`, [
			parts.join(" AND "),
		]) as unknown as { rowid: number; rank: number }[];
		const next = new Map<number, number>();
		for (const { rowid, rank } of rows) {
			if (found === undefined) next.set(rowid, rank);
			else if (found.has(rowid)) next.set(rowid, rank + (found.get(rowid) ?? 0));
		}
		found = next;
	}
	return found;
}

/**
 * Searches the index with the same rule as {@link searchLibrary}: the index finds the notes that hold
 * every phrase (or failing that every word), and their stored lines give the hits. Notes are ranked
 * by bm25 (the most relevant first), then in the order of `among`. With `figures`, the lines searched
 * are the notes' key figures (label, value, unit, period, source) instead of their text.
 */
export function searchIndex(
	db: Database,
	query: string,
	among: readonly IndexedNote[],
	figures = false,
): SearchHit<IndexedNote>[] {
	const phrases = queryPhrases(query);
	if (phrases.length === 0) return [];
	const ranks = new Map<number, number>();
	for (const terms of [phrases, queryWords(query)]) {
		const found = candidates(db, terms) ?? new Map(among.map((note) => [note.rowid, 0]));
		for (const [rowid, rank] of found) if (!ranks.has(rowid)) ranks.set(rowid, rank);
	}
	const position = new Map(among.map((note, index) => [note.rowid, index]));
	const chosen = among
		.filter((note) => ranks.has(note.rowid))
		.sort(
			(a, b) =>
				(ranks.get(a.rowid) ?? 0) - (ranks.get(b.rowid) ?? 0) ||
				(position.get(a.rowid) ?? 0) - (position.get(b.rowid) ?? 0),
		);
	const lines = db.prepare(`SELECT ${figures ? "figures" : "lines"} AS lines FROM bodies WHERE rowid = ?`);
	try {
		const entries = chosen.map((note) =>
			entryOfLines(note, JSON.parse((lines.get([note.rowid]) as { lines: string }).lines) as NoteLine[]),
		);
		return searchLibrary(entries, query, Number.POSITIVE_INFINITY);
	} finally {
		lines.finalize();
	}
}
