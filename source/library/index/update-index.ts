import { existsSync, readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { BriefingError } from "../../base/briefing-error.ts";
import { inputLimits, tooLarge } from "../../load/read-input.ts";
import { listLineFields } from "../../render/render-library-lines.ts";
import { foldCase } from "../../text/fold-case.ts";
import { figureLines } from "../figure-lines.ts";
import { filterKey } from "../note-filter.ts";
import { type NoteLine, noteLines } from "../search-library.ts";
import { charText, gramText } from "./index-text.ts";
import { type NoteHead, noteHead } from "./note-head.ts";
import { checkSlice, IndexUnavailable, type LibraryRoot, scanLibrary } from "./scan-library.ts";
import type { Bound, IndexDb, IndexStatement } from "./sqlite-engine.ts";

/** How an update went: files read anew, reused by content, removed, and left as they were. */
export interface UpdateCounts {
	read: number;
	reused: number;
	removed: number;
	unchanged: number;
}

const batch = 1000;
// Every run reads the folders whose mtime changed, and compares the size and mtime of this many more
// files (the next ones by row), and a fifth as many of the newest rows, which finds a note written in
// place (its folder's mtime unchanged).
const checkEachRun = 500;

export { IndexUnavailable, type LibraryRoot };

/** What the index keeps of a note file: its listing fields, lines and figures, or why it is not a note. */
interface Entry {
	id: string | null;
	report_date: string;
	length: number | null;
	head: string | null;
	line_en: string | null;
	line_zh: string | null;
	lines: string | null;
	figures: string | null;
	error: string | null;
	error_kind: string | null;
}

/** A statement prepared on its first use: a run with no file to read prepares none. */
function lazyStatement(db: IndexDb, sql: string): Omit<IndexStatement, "all"> {
	let statement: IndexStatement | undefined;
	const prepared = () => {
		statement ??= db.prepare(sql);
		return statement;
	};
	return {
		get: (params: readonly Bound[] = []) => prepared().get(params),
		run: (params: readonly Bound[] = []) => prepared().run(params),
		finalize: () => statement?.finalize(),
	};
}

/** Returns V8's collector, made callable for this process (`--expose-gc` set at run time), or undefined. */
function garbageCollector(): (() => void) | undefined {
	try {
		setFlagsFromString("--expose-gc");
		return runInNewContext("gc") as () => void;
	} catch {
		return undefined;
	}
}

/** Reads a note file's text (undefined: larger than a note may be) into what the index keeps of it. */
function entryOf(
	text: string | undefined,
	file: string,
	noteFromText: typeof import("../../load/note-from-text.ts").noteFromText,
): Entry {
	try {
		if (text === undefined) throw tooLarge(file, inputLimits.note);
		const { note } = noteFromText(text, file);
		const lines = noteLines(note);
		const head = noteHead(note);
		return {
			id: note.id,
			report_date: note.reportDate ?? "",
			length: lines.reduce((sum, line) => sum + line.text.length + 1, 0),
			head: JSON.stringify(head),
			line_en: listLineFields(head, "en"),
			line_zh: listLineFields(head, "zh"),
			lines: JSON.stringify(lines),
			figures: JSON.stringify(figureLines(note)),
			error: null,
			error_kind: null,
		};
	} catch (error) {
		if (!(error instanceof BriefingError)) throw error;
		const none = { id: null, report_date: "", length: null, head: null, line_en: null, line_zh: null };
		return { ...none, lines: null, figures: null, error: error.message, error_kind: error.kind };
	}
}

/**
 * Gives each note and folder row under one of `roots` that root, when the roots differ from the last
 * run's: a run may name a folder inside one indexed before, or the folder around one, and a row
 * belongs to a run by its root (the rows of a subfolder indexed as part of its parent were not the
 * subfolder's, and the listing of the subfolder found no notes). The roots do not overlap (the
 * command line drops a root another one reaches). A range of the paths' index, once per change of
 * roots; the kept count is dropped with it.
 */
function rehome(db: IndexDb, roots: readonly LibraryRoot[]): void {
	const key = JSON.stringify(roots.map((root) => root.path).sort());
	if (db.get<{ value: string }>("SELECT value FROM meta WHERE key = 'roots-last'")?.value === key) return;
	for (const root of roots) {
		// The paths under a folder are those from FOLDER/ up to FOLDER0, "0" being the character after "/".
		const low = root.path.endsWith("/") ? root.path : `${root.path}/`;
		const under = [root.path, low, `${low.slice(0, -1)}0`];
		for (const table of root.kind === "folder" ? ["notes", "folders"] : ["notes"])
			db.run(`UPDATE ${table} SET root = ? WHERE (path = ? OR (path >= ? AND path < ?)) AND root <> ?`, [
				root.path,
				...under,
				root.path,
			]);
	}
	db.run("DELETE FROM meta WHERE key = 'count'");
	db.run("INSERT OR REPLACE INTO meta VALUES ('roots-last', ?)", [key]);
}

/**
 * Brings the index up to date with the files under `roots`: the folders whose mtime changed are
 * read, and their files compared by size and mtime (and a content hash where the mtime is too close
 * to the last indexing to be trusted); see {@link scanLibrary}. With `full` every file is compared,
 * else `checkEach` more of them, the next by row, and the newest rows (see {@link checkSlice}). New and changed files are read, validated and indexed; a file
 * with the content of one already indexed (a renamed folder) takes that file's entry without being
 * validated again; rows of files that are gone are removed, and so are rows of roots that no longer
 * exist. Work is committed a batch of files at a time, and folders are marked as read only at the
 * end, so an update that is killed keeps what it finished and the next run finishes the rest.
 * `onProgress` is told (done, total) of the files read; `onUnreadable` of each subfolder that cannot
 * be read. Throws {@link IndexUnavailable} for a file name that is not UTF-8.
 */
export async function updateIndex(
	db: IndexDb,
	roots: readonly LibraryRoot[],
	onProgress: (done: number, total: number) => void = () => {},
	onUnreadable: (subfolder: string, error: unknown) => void = () => {},
	full = false,
	checkEach = checkEachRun,
): Promise<UpdateCounts> {
	const started = Date.now();
	rehome(db, roots);
	const scan = scanLibrary(db, roots, full, onUnreadable);
	const cursor = Number(
		db.get<{ value: string }>("SELECT value FROM meta WHERE key = 'check-cursor'")?.value ?? 0,
	);
	const nextCursor = full ? 0 : checkSlice(db, scan, cursor, checkEach);
	const { pending, gone } = scan;
	const counts: UpdateCounts = { read: 0, reused: 0, removed: 0, unchanged: scan.unchanged };
	const known = new Set(roots.map((root) => root.path));
	const kept = (db.all("SELECT path FROM roots") as { path: string }[]).map((row) => row.path);
	for (const root of kept) {
		if (!known.has(root) && !existsSync(root)) {
			for (const { rowid } of db.all("SELECT rowid FROM notes WHERE root = ?", [root]) as {
				rowid: number;
			}[])
				gone.push(rowid);
			scan.goneFolders.push(
				...(db.all("SELECT path FROM folders WHERE root = ?", [root]) as { path: string }[]).map(
					(row) => row.path,
				),
			);
			db.run("DELETE FROM roots WHERE path = ?", [root]);
		}
	}
	// Written only when a root is new: a run that finds nothing changed writes nothing.
	for (const root of known) if (!kept.includes(root)) db.run("INSERT INTO roots VALUES (?)", [root]);
	// The library's count (kept by indexedLibrary) holds until a row changes.
	if (pending.length > 0 || gone.length > 0) db.run("DELETE FROM meta WHERE key = 'count'");

	// What bm25 needs (how many notes, their total length) and which ids several notes share are kept
	// up to date within each transaction, so an update that is killed leaves them true.
	const touched = new Set<string>();
	const lengths = { count: 0, sum: 0 };
	const settle = () => {
		const kept = db.get<{ value: string }>("SELECT value FROM meta WHERE key = 'lengths'");
		const [count, sum] = kept === undefined ? [0, 0] : (JSON.parse(kept.value) as [number, number]);
		db.run("INSERT OR REPLACE INTO meta VALUES ('lengths', ?)", [
			JSON.stringify([count + lengths.count, sum + lengths.sum]),
		]);
		lengths.count = 0;
		lengths.sum = 0;
		for (const id of touched) {
			db.run("DELETE FROM duplicates WHERE id = ?", [id]);
			db.run("INSERT INTO duplicates SELECT id FROM notes WHERE id = ? GROUP BY id HAVING count(*) > 1", [
				id,
			]);
		}
		touched.clear();
	};
	const remove = (rowid: number) => {
		const row = db.get("SELECT id, length FROM notes WHERE rowid = ?", [rowid]) as {
			id: string | null;
			length: number | null;
		} | null;
		if (row?.id != null) touched.add(row.id);
		if (row?.length != null) {
			lengths.count -= 1;
			lengths.sum -= row.length;
		}
		db.run("DELETE FROM notes WHERE rowid = ?", [rowid]);
		db.run("DELETE FROM bodies WHERE rowid = ?", [rowid]);
		db.run("DELETE FROM filters WHERE rowid = ?", [rowid]);
		db.run("DELETE FROM cells WHERE rowid = ?", [rowid]);
		db.run("DELETE FROM grams WHERE rowid = ?", [rowid]);
		db.run("DELETE FROM chars WHERE rowid = ?", [rowid]);
	};
	const insert = lazyStatement(
		db,
		"INSERT INTO notes(root, folder, path, size, mtime, hash, indexed, id, report_date, length, head, line_en, line_zh, error, error_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	);
	// Long texts are bound as the engine takes them fastest (db.text) and cast to text inside SQLite.
	const insertGrams = lazyStatement(db, "INSERT INTO grams(rowid, body) VALUES (?, CAST(? AS TEXT))");
	const insertChars = lazyStatement(db, "INSERT INTO chars(rowid, body) VALUES (?, CAST(? AS TEXT))");
	const insertBody = lazyStatement(
		db,
		"INSERT INTO bodies(rowid, lines, figures) VALUES (?, CAST(? AS TEXT), CAST(? AS TEXT))",
	);
	const insertFilter = lazyStatement(db, "INSERT INTO filters VALUES (?, ?, ?, ?, ?, ?)");
	const insertCells = lazyStatement(db, "INSERT INTO cells VALUES (?, ?, ?, ?, ?, ?, ?)");
	/** Keeps what a filter and an order of the list read of a valid note, beside its row. */
	const insertListing = (rowid: number, head: NoteHead) => {
		const key = filterKey(head);
		insertFilter.run([rowid, key.reportDate, key.broker, key.sector, key.tickers, key.text]);
		const { broker, sector, title } = head;
		insertCells.run([
			rowid,
			...[broker, sector, title].flatMap((text) => [text?.zh ?? null, text?.en ?? null]),
		]);
	};
	const byHash = lazyStatement(
		db,
		"SELECT id, report_date, length, head, line_en, line_zh, lines, figures, error, error_kind FROM notes JOIN bodies USING (rowid) WHERE hash = ? LIMIT 1",
	);
	// A large build makes much short-lived garbage (each note validated and laid out), which V8 lets
	// pile up to hundreds of MB before it collects: it is collected after each batch instead.
	const collectGarbage = pending.length > batch ? garbageCollector() : undefined;
	collectGarbage?.();
	if (pending.length > batch) db.exec("PRAGMA cache_size = -8000");
	// The validator (zod) is loaded only when a file is read anew.
	// Only a run with files to read loads the validator and node:crypto (for the content hash).
	const { noteFromText } =
		pending.length > 0 ? await import("../../load/note-from-text.ts") : { noteFromText: undefined };
	const { createHash } = pending.length > 0 ? await import("node:crypto") : { createHash: undefined };
	try {
		// Progress is told (and the event loop let run, so a reader can draw it) every hundred files.
		let done = 0;
		const told = async () => {
			onProgress(done, pending.length);
			await new Promise((resolve) => setImmediate(resolve));
		};
		if (pending.length > 0) await told();
		for (let start = 0; start < pending.length; start += batch) {
			db.exec("BEGIN IMMEDIATE");
			try {
				for (const item of pending.slice(start, start + batch)) {
					if (done > 0 && done % 100 === 0) await told();
					done += 1;
					// A file larger than a note may be is not read, as when the notes are read from their files.
					let text: string | undefined;
					try {
						if (item.size <= inputLimits.note) text = readFileSync(item.file, "utf8");
					} catch {
						if (item.old) remove(item.old.rowid);
						continue;
					}
					const hash =
						text === undefined
							? `too large ${item.size}`
							: (createHash as NonNullable<typeof createHash>)("sha1").update(text).digest("hex");
					if (item.old?.hash === hash) {
						db.run("UPDATE notes SET size = ?, mtime = ?, indexed = ? WHERE rowid = ?", [
							item.size,
							item.mtime,
							Date.now(),
							item.old.rowid,
						]);
						counts.unchanged += 1;
						continue;
					}
					if (item.old) remove(item.old.rowid);
					const twin = byHash.get([hash]) as Entry | undefined;
					let entry: Entry;
					if (twin !== undefined && twin.error === null) {
						entry = twin;
						counts.reused += 1;
					} else {
						entry = entryOf(text, item.file, noteFromText as NonNullable<typeof noteFromText>);
						counts.read += 1;
					}
					const { lastInsertRowid } = insert.run([
						item.root,
						item.folder,
						item.file,
						item.size,
						item.mtime,
						hash,
						Date.now(),
						entry.id,
						entry.report_date,
						entry.length,
						entry.head,
						entry.line_en,
						entry.line_zh,
						entry.error,
						entry.error_kind,
					]);
					if (entry.id !== null) touched.add(entry.id);
					if (entry.length !== null) {
						lengths.count += 1;
						lengths.sum += entry.length;
					}
					if (entry.head !== null) insertListing(lastInsertRowid, JSON.parse(entry.head) as NoteHead);
					if (entry.lines !== null) {
						const figures = entry.figures ?? "[]";
						insertBody.run([lastInsertRowid, db.text(entry.lines), db.text(figures)]);
						// The figures' lines are indexed too, so that a search of figures is narrowed alike.
						const folded = [...JSON.parse(entry.lines), ...JSON.parse(figures)]
							.map((line: NoteLine) => foldCase(line.text))
							.join("\n");
						insertGrams.run([lastInsertRowid, db.text(gramText(folded))]);
						insertChars.run([lastInsertRowid, db.text(charText(folded))]);
					}
				}
				settle();
				db.exec("COMMIT");
				collectGarbage?.();
			} catch (error) {
				db.exec("ROLLBACK");
				throw error;
			}
		}
		if (pending.length > 0) await told();
		// Removed last, so a moved file finds its old row by content first.
		const changed =
			pending.length > 0 ||
			gone.length > 0 ||
			scan.folders.length > 0 ||
			scan.goneFolders.length > 0 ||
			nextCursor !== cursor;
		if (changed) {
			db.exec("BEGIN IMMEDIATE");
			for (const rowid of gone) remove(rowid);
			counts.removed = gone.length;
			for (const folder of scan.goneFolders) db.run("DELETE FROM folders WHERE path = ?", [folder]);
			for (const { path, root, mtime } of scan.folders)
				db.run("INSERT OR REPLACE INTO folders VALUES (?, ?, ?, ?)", [path, root, mtime, started]);
			settle();
			db.run("INSERT OR REPLACE INTO meta VALUES ('updated', ?)", [new Date().toISOString()]);
			db.run("INSERT OR REPLACE INTO meta VALUES ('check-cursor', ?)", [String(nextCursor)]);
			db.exec("COMMIT");
		}
	} finally {
		insert.finalize();
		insertGrams.finalize();
		insertChars.finalize();
		insertBody.finalize();
		insertFilter.finalize();
		insertCells.finalize();
		byHash.finalize();
	}
	return counts;
}
