import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { BriefingError, type ErrorKind } from "../../base/briefing-error.ts";
import { errorWords } from "../../base/error-words.ts";
import { dataFolder } from "../../load/data-folder.ts";
import type { LoadOptions } from "../../load/load-notes.ts";
import { cannotRead } from "../../load/read-input.ts";
import { fileName } from "../../load/sanitize.ts";
import { matchesFilter, type NoteFilter, newestFirst } from "../note-filter.ts";
import {
	entryOfLines,
	type NoteLine,
	queryPhrases,
	queryWords,
	type SearchEntry,
	type SearchHit,
	searchLibrary,
} from "../search-library.ts";
import { bm25, type LibraryStats } from "./bm25.ts";
import { cacheFolder } from "./cache-folder.ts";
import { indexFiles, openDatabase } from "./index-database.ts";
import { takeLock } from "./index-lock.ts";
import { termQueries } from "./index-text.ts";
import type { HeadedNote, NoteHead } from "./note-head.ts";
import { EngineUnavailable, type IndexDb, type SqliteEngine, sqliteEngine } from "./sqlite-engine.ts";
import { IndexUnavailable, type LibraryRoot, type UpdateCounts, updateIndex } from "./update-index.ts";

/** A note of the library as the index holds it: its head, its file and its row. */
export interface IndexedNote extends HeadedNote {
	rowid: number;
}

/** A library read from the index: its notes (a later one replacing an earlier with its id), search, close. */
export interface LibraryIndex {
	/** Every note of the library, read from the index on first use. */
	readonly notes: IndexedNote[];
	counts: UpdateCounts;
	/** The SQLite engine the index runs on. */
	engine: SqliteEngine;
	/**
	 * Searches the given notes, or without them the whole library (reading only the notes the index
	 * finds); hits come a note at a time, the most relevant note (bm25) first, then in the given order
	 * (newest first without one). With `figures`, the notes' key figures are searched.
	 */
	search: (query: string, among?: readonly IndexedNote[], figures?: boolean) => SearchHit<IndexedNote>[];
	/** Searches the notes that pass `filter`, as `search` does the whole library. */
	find: (query: string, filter: NoteFilter, figures?: boolean) => SearchHit<IndexedNote>[];
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
	/** The SQLite engine; by default the one BRIEFING_SQLITE asks for, else the best that loads. */
	engine?: SqliteEngine;
	strict?: boolean;
	onWarning?: (line: string) => void;
	onProgress?: (done: number, total: number) => void;
	/** Compare every file's size and mtime, not only those of folders whose mtime changed. */
	full?: boolean;
}): Promise<LibraryIndex> {
	const { roots, file, strict = false, onWarning = () => {}, onProgress, full = false } = options;
	let engine: SqliteEngine;
	try {
		engine = options.engine ?? (await sqliteEngine());
	} catch (error) {
		if (error instanceof EngineUnavailable) throw new IndexUnavailable(error.message);
		throw error;
	}
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
	let db: IndexDb | undefined;
	try {
		db = openDatabase(file, engine, onWarning);
		const counts = await updateIndex(
			db,
			roots,
			onProgress,
			(subfolder, error) => {
				if (strict) throw cannotRead(subfolder, error);
				onWarning(`skipped ${fileName(subfolder)}: ${errorWords(error)}`);
			},
			full,
		);
		const library = indexedLibrary(db, roots, strict, onWarning);
		const opened = db;
		return {
			get notes() {
				return library.notes();
			},
			counts,
			engine,
			search: (query, among, figures = false) =>
				among === undefined ? library.find(query, {}, figures) : library.search(query, among, figures),
			find: library.find,
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

interface Row {
	rowid: number;
	root: string;
	path: string;
	id: string;
}

// Rows are read from the index this many at a time, each batch as one string: through the
// WebAssembly build, reading a row's columns one call at a time costs more than parsing the JSON.
const page = 5000;

/**
 * Checks the library under `roots` as loadNotes would, from the index alone: a named file that is
 * missing or not a valid note, and (with `strict`) any bad file, throw a {@link BriefingError}; a bad
 * file in a folder is a warning, and so is a note that overrides an earlier one with its id; no note
 * at all throws. Then reads notes only when asked: all of them, or those a search may find.
 */
function indexedLibrary(
	db: IndexDb,
	roots: readonly LibraryRoot[],
	strict: boolean,
	onWarning: (line: string) => void,
) {
	const rank = new Map(roots.map((root, index) => [root.path, index]));
	const byPath = new Map(roots.map((root) => [root.path, root]));
	const inRoots = `root IN (${roots.map(() => "?").join(", ")})`;
	const rootPaths = roots.map((root) => root.path);
	const inOrder = <T extends { root: string; path: string }>(rows: T[]) =>
		rows.sort(
			(a, b) =>
				(rank.get(a.root) ?? 0) - (rank.get(b.root) ?? 0) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
		);
	const shown = (row: { root: string; path: string }) => {
		const root = byPath.get(row.root);
		if (root?.shown === undefined) return row.path;
		if (root.kind === "file") return root.shown;
		const inside = row.path.startsWith(`${root.path}/`);
		return path.join(
			root.shown,
			inside ? row.path.slice(root.path.length + 1) : path.relative(root.path, row.path),
		);
	};

	for (const root of roots) {
		if (root.kind === "file" && db.get("SELECT 1 FROM notes WHERE path = ?", [root.path]) === undefined)
			throw new BriefingError(`${root.path}: no such file or folder`, "unreadable");
	}
	const bad = db.all(
		`SELECT root, path, error, error_kind FROM notes WHERE head IS NULL AND ${inRoots}`,
		rootPaths,
	) as unknown as { root: string; path: string; error: string | null; error_kind: string | null }[];
	for (const row of inOrder(bad)) {
		const message = row.error ?? "cannot read";
		if (strict || byPath.get(row.root)?.kind === "file")
			throw new BriefingError(message, (row.error_kind ?? "unreadable") as ErrorKind);
		onWarning(`skipped ${message.split("\n")[0]}`);
	}
	// Of the notes that share an id, the last (by root, then path) is the one the library holds.
	const shadowed = new Set<number>();
	const twins = db.all(
		`SELECT rowid, root, path, id FROM notes WHERE id IN (SELECT id FROM duplicates) AND head IS NOT NULL AND +${inRoots}`,
		rootPaths,
	) as unknown as Row[];
	const holder = new Map<string, Row>();
	for (const row of inOrder(twins)) {
		const earlier = holder.get(row.id);
		if (earlier !== undefined) {
			onWarning(`${shown(row)} overrides ${shown(earlier)} (note ${row.id})`);
			shadowed.add(earlier.rowid);
		}
		holder.set(row.id, row);
	}
	if (db.get(`SELECT 1 FROM notes WHERE head IS NOT NULL AND ${inRoots} LIMIT 1`, rootPaths) === undefined) {
		throw new BriefingError(`${rootPaths.join(", ")}: no *.json notes found`, "unreadable");
	}

	/** Returns the notes of some rows (`[rowid, root, path, head]` as JSON, comma-separated), or none. */
	const notesOf = (text: string | null, into: IndexedNote[]) => {
		if (text === null) return undefined;
		const rows = JSON.parse(`[${text}]`) as [number, string, string, NoteHead][];
		for (const [rowid, root, file, head] of rows)
			if (!shadowed.has(rowid)) into.push({ note: head, file: shown({ root, path: file }), rowid });
		return rows.at(-1)?.[0];
	};
	const columns = `group_concat('[' || rowid || ',' || json_quote(root) || ',' || json_quote(path) || ',' || head || ']', ',') AS text`;
	/** Reads every note, a page of rows at a time by rowid (`+root` keeps SQLite on the rowid). */
	const readAll = (): IndexedNote[] => {
		const notes: IndexedNote[] = [];
		for (let after = -1; ; ) {
			const { text } = db.get(
				`SELECT ${columns} FROM (SELECT rowid, root, path, head FROM notes
				WHERE rowid > ? AND head IS NOT NULL AND +${inRoots} ORDER BY rowid LIMIT ${page})`,
				[after, ...rootPaths],
			) as { text: string | null };
			const last = notesOf(text, notes);
			if (last === undefined) break;
			after = last;
		}
		return notes;
	};
	/** Reads the notes of some rows. */
	const readRows = (rowids: Iterable<number>): IndexedNote[] => {
		const notes: IndexedNote[] = [];
		const { text } = db.get(
			`SELECT ${columns} FROM notes WHERE rowid IN (SELECT value FROM json_each(?)) AND head IS NOT NULL AND +${inRoots}`,
			[JSON.stringify([...rowids]), ...rootPaths],
		) as { text: string | null };
		notesOf(text, notes);
		return notes;
	};
	let all: IndexedNote[] | undefined;
	const allNotes = () => {
		all ??= readAll();
		return all;
	};
	const stats = (): LibraryStats => {
		const lengths = db.get<{ value: string }>("SELECT value FROM meta WHERE key = 'lengths'");
		const [count = 0, sum = 0] =
			lengths === undefined ? [] : (JSON.parse(lengths.value) as [number, number | null]);
		return { notes: count, meanLength: count > 0 ? (sum ?? 0) / count : 0 };
	};

	/** Searches `among`, or only those of them the index finds when it narrows the query at all. */
	const search = (query: string, among: readonly IndexedNote[], figures: boolean) => {
		const found = candidates(db, query);
		const chosen = found === undefined ? among : among.filter((note) => found.has(note.rowid));
		return searchLines(db, query, chosen, figures, stats());
	};
	const find = (query: string, filter: NoteFilter, figures = false) => {
		const found = candidates(db, query);
		const notes = found === undefined ? allNotes() : readRows(found);
		const among = newestFirst(notes.filter(({ note }) => matchesFilter(note, filter)));
		return searchLines(db, query, among, figures, stats());
	};
	return { notes: allNotes, search, find };
}

/**
 * Returns the rowids of the notes that may hold every phrase of a query, or failing that every word
 * of it (those that do are a subset), or undefined when the query narrows nothing (every note must
 * then be checked). A term is looked for as the AND of its tokens in both full-text tables.
 */
function candidates(db: IndexDb, query: string): Set<number> | undefined {
	const found = new Set<number>();
	const phrases = queryPhrases(query);
	const words = queryWords(query);
	const same = words.length === phrases.length && words.every((word, index) => word === phrases[index]);
	for (const terms of same ? [phrases] : [phrases, words]) {
		if (terms.length === 0) return found;
		const tokens = terms.map(termQueries);
		let these: Set<number> | undefined;
		for (const table of ["grams", "chars"] as const) {
			const parts = unique(tokens.flatMap((each) => each[table]));
			if (parts.length === 0) continue;
			const rows = db.all(`SELECT rowid FROM ${table} WHERE ${table} MATCH ?`, [
				parts.join(" AND "),
			]) as unknown as { rowid: number }[];
			const previous = these;
			these = new Set(rows.map((row) => row.rowid).filter((rowid) => previous?.has(rowid) ?? true));
		}
		if (these === undefined) return undefined;
		for (const rowid of these) found.add(rowid);
	}
	return found;
}

const unique = <T>(items: T[]) => [...new Set(items)];

/**
 * Finds the hits among some notes with the rule of {@link searchLibrary}, in their stored lines
 * (their figures' lines with `figures`): the notes most relevant by bm25 first, then in their order.
 */
function searchLines(
	db: IndexDb,
	query: string,
	among: readonly IndexedNote[],
	figures: boolean,
	stats: LibraryStats,
): SearchHit<IndexedNote>[] {
	if (queryPhrases(query).length === 0 || among.length === 0) return [];
	const lines = db.prepare(`SELECT ${figures ? "figures" : "lines"} AS lines FROM bodies WHERE rowid = ?`);
	let entries: SearchEntry<IndexedNote>[];
	try {
		entries = among.map((note) =>
			entryOfLines(note, JSON.parse((lines.get([note.rowid]) as { lines: string }).lines) as NoteLine[]),
		);
	} finally {
		lines.finalize();
	}
	const hits = searchLibrary(entries, query, Number.POSITIVE_INFINITY);
	const hit = new Set(hits.map((each) => each.loaded));
	const holding = entries.filter((entry) => hit.has(entry.loaded));
	const terms = unique([...queryPhrases(query), ...queryWords(query)]);
	const scores = new Map(
		bm25(
			holding.map((entry) => entry.all),
			terms,
			stats,
		).map((score, index) => [holding[index]?.loaded, score]),
	);
	// Hits come a note at a time; a stable sort by score keeps each note's hits in reading order.
	return hits.sort((a, b) => (scores.get(b.loaded) ?? 0) - (scores.get(a.loaded) ?? 0));
}
