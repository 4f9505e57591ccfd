import { rmSync } from "node:fs";
import path from "node:path";
import { BriefingError, type ErrorKind } from "../../base/briefing-error.ts";
import { errorWords } from "../../base/error-words.ts";
import { makeFolders } from "../../base/make-folders.ts";
import { type Language, localize } from "../../document/language.ts";
import { dataFolder } from "../../load/data-folder.ts";
import type { LoadOptions } from "../../load/load-notes.ts";
import { cannotRead } from "../../load/read-input.ts";
import { fileName } from "../../load/sanitize.ts";
import type { NoteFilter } from "../note-filter.ts";
import {
	entryOfLines,
	type NoteLine,
	queryPhrases,
	queryWords,
	type SearchHit,
	searchLibrary,
} from "../search-library.ts";
import { byRank, cellRanks, type SortColumn } from "../sort-cells.ts";
import { bm25, type LibraryStats } from "./bm25.ts";
import { cacheFolder } from "./cache-folder.ts";
import { filterCondition } from "./filter-sql.ts";
import { indexFiles, openDatabase } from "./index-database.ts";
import { takeLock } from "./index-lock.ts";
import { termQueries } from "./index-text.ts";
import type { HeadedNote, NoteHead } from "./note-head.ts";
import {
	type Bound,
	EngineUnavailable,
	type IndexDb,
	type SqliteEngine,
	sqliteEngine,
} from "./sqlite-engine.ts";
import { IndexUnavailable, type LibraryRoot, type UpdateCounts, updateIndex } from "./update-index.ts";

/** A note of the library as the index holds it: its head, its file and its row. */
export interface IndexedNote extends HeadedNote {
	rowid: number;
}

/**
 * A library read from the index: its notes newest first (by report date, then id; a later note
 * replacing an earlier with its id), a window or a page at a time, search, close.
 */
export interface LibraryIndex {
	/** How many notes the library holds. */
	readonly count: number;
	/** The notes from `offset` (counted from 0, newest first), at most `limit` of them. */
	window: (offset: number, limit: number) => IndexedNote[];
	/** Calls `use` with the notes that pass `filter`, newest first, a page at a time (memory stays small). */
	eachPage: (filter: NoteFilter, use: (page: IndexedNote[]) => void) => void;
	/**
	 * Calls `use` with every note's line of `briefing list` (see listLineFields) and its file, newest
	 * first, a page at a time, from the lines the index keeps, without reading the notes' heads.
	 */
	eachLine: (language: "en" | "zh", use: (page: { line: string; file: string }[]) => void) => void;
	/**
	 * The rowids of the notes that pass `filter` (every note without one), newest first: read from the
	 * index's folded filter fields (see filterCondition) without reading a note's head.
	 */
	rowids: (filter?: NoteFilter) => readonly number[];
	/**
	 * The rowids of every note in the order of a column of the list (its cells in `language`, as the
	 * list shows them; see cellRanks: by Intl.Collator, empty cells last, equal cells newest first),
	 * from the index's cells without reading a note's head.
	 */
	sortedBy: (column: SortColumn, language: Language) => readonly number[];
	/** The notes of some rowids (of this library's notes), in the order given. */
	heads: (rowids: readonly number[]) => IndexedNote[];
	/** The row (counted from 0, newest first) of the note read from `file` (absolute) with this id, or -1. */
	rowOf: (file: string, id: string) => number;
	/** Every note of the library, newest first, read from the index on first use. */
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
	/**
	 * Searches the notes that pass `filter` (or those of a list of rowids that passed one, newest
	 * first, as `rowids` gives them), as `search` does the whole library.
	 */
	find: (
		query: string,
		filter: NoteFilter | readonly number[],
		figures?: boolean,
	) => SearchHit<IndexedNote>[];
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
	/** How many more files a run compares, the next by row (and a fifth as many of the newest rows), to find notes written in place. */
	checkEach?: number;
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
		makeFolders(path.dirname(file));
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
			options.checkEach,
		);
		const library = indexedLibrary(db, roots, strict, onWarning);
		const opened = db;
		return {
			get count() {
				return library.count();
			},
			window: library.window,
			eachPage: library.eachPage,
			eachLine: library.eachLine,
			rowids: library.rowids,
			sortedBy: library.sortedBy,
			heads: library.heads,
			rowOf: library.rowOf,
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

// Rows are read from the index this many at a time when the whole library is read.
const page = 1000;

/**
 * Checks the library under `roots` as loadNotes would, from the index alone: a named file that is
 * missing or not a valid note, and (with `strict`) any bad file, throw a {@link BriefingError}; a bad
 * file in a folder is a warning, and so is a note that overrides an earlier one with its id; no note
 * at all throws. Then reads notes only when asked, newest first: a window of them, all of them a
 * page at a time, or those a search may find.
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
	// A file's path as shown: the root as the user wrote it, joined once, then the rest of the path.
	const prefixes = new Map(
		roots.map((root) => [
			root.path,
			root.shown === undefined ? undefined : path.join(root.shown, "_").slice(0, -1),
		]),
	);
	const shown = (row: { root: string; path: string }) => {
		const root = byPath.get(row.root);
		if (root?.shown === undefined) return row.path;
		if (root.kind === "file") return root.shown;
		if (row.path.startsWith(`${root.path}/`))
			return `${prefixes.get(root.path)}${row.path.slice(root.path.length + 1)}`;
		return path.join(root.shown, path.relative(root.path, row.path));
	};

	for (const root of roots) {
		if (root.kind === "file" && db.get("SELECT 1 FROM notes WHERE path = ?", [root.path]) === undefined)
			throw new BriefingError(`${root.path}: no such file or folder`, "unreadable");
	}
	const bad = db.all<{ root: string; path: string; error: string | null; error_kind: string | null }>(
		`SELECT root, path, error, error_kind FROM notes WHERE head IS NULL AND ${inRoots}`,
		rootPaths,
	);
	for (const row of inOrder(bad)) {
		const message = row.error ?? "cannot read";
		if (strict || byPath.get(row.root)?.kind === "file")
			throw new BriefingError(message, (row.error_kind ?? "unreadable") as ErrorKind);
		onWarning(`skipped ${message.split("\n")[0]}`);
	}
	// Of the notes that share an id, the last (by root, then path) is the one the library holds.
	const shadowed: number[] = [];
	const twins = db.all<Row>(
		`SELECT rowid, root, path, id FROM notes WHERE id IN (SELECT id FROM duplicates) AND head IS NOT NULL AND +${inRoots}`,
		rootPaths,
	);
	const holder = new Map<string, Row>();
	for (const row of inOrder(twins)) {
		const earlier = holder.get(row.id);
		if (earlier !== undefined) {
			onWarning(`${shown(row)} overrides ${shown(earlier)} (note ${row.id})`);
			shadowed.push(earlier.rowid);
		}
		holder.set(row.id, row);
	}
	// The notes of the library: valid, under these roots, not overridden. Newest first is the index
	// notes_order (report date, then id), which these conditions let SQLite walk in order.
	// `+root` keeps SQLite from the index by root, which would sort the rows instead of walking them in order.
	const kept = `+${inRoots} AND rowid NOT IN (SELECT value FROM json_each(?))`;
	const held = `head IS NOT NULL AND ${kept}`;
	const heldParams = [...rootPaths, JSON.stringify(shadowed)];
	const newest = "ORDER BY report_date DESC, id";
	if (db.get(`SELECT 1 FROM notes WHERE ${held} LIMIT 1`, heldParams) === undefined) {
		throw new BriefingError(`${rootPaths.join(", ")}: no *.json notes found`, "unreadable");
	}
	// Rows are read as arrays of these columns (see noteOf), which the index notes_order holds.
	const columns = "rowid, root, path, head";
	const noteOf = (row: unknown[]): IndexedNote => {
		const [rowid, root, file, head] = row as [number, string, string, string];
		return { note: JSON.parse(head) as NoteHead, file: shown({ root, path: file }), rowid };
	};
	const window = (offset: number, limit: number): IndexedNote[] =>
		db
			.arrays(`SELECT ${columns} FROM notes WHERE ${held} ${newest} LIMIT ? OFFSET ?`, [
				...heldParams,
				Math.max(0, limit),
				Math.max(0, offset),
			])
			.map(noteOf);
	/**
	 * Pages through the library newest first by keyset (the last row's date and id), not by offset:
	 * `use` gets the rows of `columns`, each followed by its report date and id.
	 */
	const pages = (selected: string, use: (rows: unknown[][]) => void) => {
		let after: { date: string; id: string } | undefined;
		for (;;) {
			const rows = db.arrays(
				`SELECT ${selected}, report_date, id FROM notes WHERE ${held}
				${after === undefined ? "" : "AND report_date <= ? AND NOT (report_date = ? AND id <= ?)"} ${newest} LIMIT ${page}`,
				after === undefined ? heldParams : [...heldParams, after.date, after.date, after.id],
			);
			const last = rows.at(-1);
			if (last === undefined) return;
			use(rows);
			const [date, id] = last.slice(-2) as [string, string];
			after = { date, id };
		}
	};
	// The library's order, as rowids: a walk of the small index notes_rank (rows with an id are the
	// valid notes), no head read. Lists of rowids come from SQLite as one JSON array: much faster than
	// a row each.
	const rowidList = (sql: string, params: readonly Bound[]) =>
		JSON.parse(
			db.get<{ list: string }>(`SELECT json_group_array(rowid) AS list FROM (${sql})`, params)?.list ?? "[]",
		) as number[];
	let order: number[] | undefined;
	let top = 0;
	const rowids = (filter: NoteFilter = {}): readonly number[] => {
		if (order === undefined) {
			order = rowidList(
				`SELECT rowid FROM notes INDEXED BY notes_rank WHERE id IS NOT NULL AND ${kept} ${newest}`,
				heldParams,
			);
			for (const rowid of order) top = Math.max(top, rowid);
		}
		if (Object.keys(filter).length === 0) return order;
		const condition = filterCondition(filter);
		if (condition === undefined) return [];
		const passing = new Uint8Array(top + 1);
		for (const rowid of rowidList(`SELECT rowid FROM filters WHERE ${condition.where}`, condition.params))
			if (rowid <= top) passing[rowid] = 1;
		return order.filter((rowid) => passing[rowid] === 1);
	};
	const sortedBy = (column: SortColumn, language: Language): readonly number[] => {
		const rows = rowids();
		// The rows of each distinct cell at once: a column whose cells repeat comes in a few rows.
		const groups = db.arrays(
			`SELECT ${column}_zh, ${column}_en, json_group_array(rowid) FROM cells GROUP BY 1, 2`,
		) as [string | null, string | null, string][];
		const cells = groups.map(([zh, en]) => localize({ zh: zh ?? undefined, en: en ?? undefined }, language));
		const ranks = cellRanks(cells, language);
		const rankOf = new Int32Array(top + 1);
		groups.forEach(([, , list], group) => {
			const rank = ranks.get(cells[group] as string) ?? 0;
			for (const rowid of JSON.parse(list) as number[]) if (rowid <= top) rankOf[rowid] = rank;
		});
		return byRank(rows.map((rowid) => rankOf[rowid] as number)).map((place) => rows[place] as number);
	};
	const heads = (wanted: readonly number[]): IndexedNote[] => {
		const read = new Map(
			db
				.arrays(`SELECT ${columns} FROM notes WHERE rowid IN (SELECT value FROM json_each(?))`, [
					JSON.stringify(wanted),
				])
				.map((row) => [row[0] as number, noteOf(row)]),
		);
		return wanted.flatMap((rowid) => read.get(rowid) ?? []);
	};
	const eachPage = (filter: NoteFilter, use: (notes: IndexedNote[]) => void) => {
		if (Object.keys(filter).length === 0) return pages(columns, (rows) => use(rows.map(noteOf)));
		const passing = rowids(filter);
		for (let start = 0; start < passing.length; start += page) use(heads(passing.slice(start, start + page)));
	};
	const eachLine = (language: "en" | "zh", use: (lines: { line: string; file: string }[]) => void) =>
		pages(`line_${language}, root, path`, (rows) =>
			use(
				rows.map((row) => {
					const [line, root, file] = row as [string, string, string];
					return { line, file: shown({ root, path: file }) };
				}),
			),
		);
	let all: IndexedNote[] | undefined;
	const notes = () => {
		if (all === undefined) {
			const found: IndexedNote[] = [];
			eachPage({}, (each) => {
				for (const note of each) found.push(note);
			});
			all = found;
		}
		return all;
	};
	let counted: number | undefined;
	const count = () => {
		// Counted in the small index notes_valid, of which the notes overridden are a part. The count is
		// kept for these roots until an update changes a row (see updateIndex): counting 100,000 rows
		// takes milliseconds.
		const valid = () => {
			const key = JSON.stringify(rootPaths);
			const kept = db.get<{ value: string }>("SELECT value FROM meta WHERE key = 'count'");
			const [roots, n] = kept === undefined ? [] : (JSON.parse(kept.value) as [string, number]);
			if (roots === key && typeof n === "number") return n;
			const counted =
				db.get<{ n: number }>(
					`SELECT count(*) AS n FROM notes WHERE head IS NOT NULL AND ${inRoots}`,
					rootPaths,
				)?.n ?? 0;
			db.run("INSERT OR REPLACE INTO meta VALUES ('count', ?)", [JSON.stringify([key, counted])]);
			return counted;
		};
		counted ??= all?.length ?? valid() - shadowed.length;
		return counted;
	};
	const rowOf = (file: string, id: string): number => {
		const found = db.get<{ date: string }>(
			`SELECT report_date AS date FROM notes WHERE path = ? AND id = ? AND ${held}`,
			[file, id, ...heldParams],
		);
		if (found === undefined) return -1;
		// The rows before it in the library's order: a walk of the index up to it, no note read.
		return (
			db.get<{ n: number }>(
				`SELECT count(*) AS n FROM notes WHERE ${held} AND report_date >= ? AND NOT (report_date = ? AND id >= ?)`,
				[...heldParams, found.date, found.date, id],
			)?.n ?? -1
		);
	};
	/** Reads the notes of some rows, newest first. */
	const readRows = (rowids: Iterable<number>): IndexedNote[] =>
		db
			.arrays(
				`SELECT ${columns} FROM notes WHERE rowid IN (SELECT value FROM json_each(?)) AND ${held} ${newest}`,
				[JSON.stringify([...rowids]), ...heldParams],
			)
			.map(noteOf);
	const stats = (): LibraryStats => {
		const lengths = db.get<{ value: string }>("SELECT value FROM meta WHERE key = 'lengths'");
		const [total = 0, sum = 0] =
			lengths === undefined ? [] : (JSON.parse(lengths.value) as [number, number | null]);
		return { notes: total, meanLength: total > 0 ? (sum ?? 0) / total : 0 };
	};

	/** Searches `among`, or only those of them the index finds when it narrows the query at all. */
	const search = (query: string, among: readonly IndexedNote[], figures: boolean) => {
		const found = candidates(db, query);
		const chosen = found === undefined ? among : among.filter((note) => found.has(note.rowid));
		return searchLines(db, query, chosen, figures, stats());
	};
	const find = (query: string, filter: NoteFilter | readonly number[], figures = false) => {
		const found = candidates(db, query);
		const passing = Array.isArray(filter)
			? filter
			: Object.keys(filter).length === 0
				? undefined
				: rowids(filter as NoteFilter);
		let among: IndexedNote[];
		if (passing === undefined) among = found === undefined ? notes() : readRows(found);
		else among = heads(found === undefined ? passing : passing.filter((rowid) => found.has(rowid)));
		return searchLines(db, query, among, figures, stats());
	};
	return { notes, count, window, eachPage, eachLine, rowids, sortedBy, heads, rowOf, search, find };
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
	// The lines of every note at once: one statement, not one a note.
	const stored = new Map(
		db.arrays(
			`SELECT rowid, ${figures ? "figures" : "lines"} FROM bodies WHERE rowid IN (SELECT value FROM json_each(?))`,
			[JSON.stringify(among.map((note) => note.rowid))],
		) as [number, string][],
	);
	const entries = among.map((note) =>
		entryOfLines(note, JSON.parse(stored.get(note.rowid) ?? "[]") as NoteLine[]),
	);
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
