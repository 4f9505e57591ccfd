import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import type { Database } from "node-sqlite3-wasm";
import { BriefingError } from "../../base/briefing-error.ts";
import { notesInFolder } from "../../load/load-notes.ts";
import { figureLines } from "../figure-lines.ts";
import { fold, type NoteLine, noteLines } from "../search-library.ts";
import { charText, gramText } from "./index-text.ts";
import { noteHead } from "./note-head.ts";

/** A place notes come from: a folder (walked for `*.json`) or a single note file. */
export interface LibraryRoot {
	/** The absolute path: what the index keys rows by. */
	path: string;
	kind: "folder" | "file";
	/** The path as the user wrote it, which messages and listings show; the absolute path by default. */
	shown?: string;
}

/** How an update went: files read anew, reused by content, removed, and left as they were. */
export interface UpdateCounts {
	read: number;
	reused: number;
	removed: number;
	unchanged: number;
}

interface Row {
	rowid: number;
	path: string;
	size: number;
	mtime: number;
	hash: string;
	indexed: number;
}

// A file changed within this many milliseconds of being indexed may have changed again in the same
// mtime tick (coarse file-system clocks): it is checked by its content hash.
const racy = 2000;
const batch = 1000;

/** Thrown when the index cannot be used for this run; the files are read instead. */
export class IndexUnavailable extends Error {}

async function filesOf(
	root: LibraryRoot,
	onUnreadable: (subfolder: string, error: unknown) => void,
): Promise<string[]> {
	if (root.kind === "file") return existsSync(root.path) ? [root.path] : [];
	if (!existsSync(root.path)) return [];
	const files = await notesInFolder(root.path, onUnreadable);
	// The index keys notes by path as text: a name that is not UTF-8 is read from the files instead.
	const named = files.filter((file): file is string => typeof file === "string");
	if (named.length < files.length) throw new IndexUnavailable("a file name in the library is not UTF-8");
	return named;
}

/**
 * Brings the index up to date with the files under `roots`, by path, size and mtime (and a content
 * hash where the mtime is too close to the last indexing to be trusted). New and changed files are
 * read, validated and indexed; a file with the content of one already indexed (a renamed folder)
 * takes that file's entry without being validated again; rows of files that are gone are removed,
 * and so are rows of roots that no longer exist. Work is committed a batch of files at a time, so an
 * update that is killed keeps what it finished. `onProgress` is told (done, total) of the files read;
 * `onUnreadable` of each subfolder that cannot be read. Throws {@link IndexUnavailable} for a file
 * name that is not UTF-8.
 */
export async function updateIndex(
	db: Database,
	roots: readonly LibraryRoot[],
	onProgress: (done: number, total: number) => void = () => {},
	onUnreadable: (subfolder: string, error: unknown) => void = () => {},
): Promise<UpdateCounts> {
	const counts: UpdateCounts = { read: 0, reused: 0, removed: 0, unchanged: 0 };
	const pending: { root: string; file: string; size: number; mtime: number; old?: Row }[] = [];
	const gone: number[] = [];
	for (const root of roots) {
		const rows = new Map(
			(
				db.all("SELECT rowid, path, size, mtime, hash, indexed FROM notes WHERE root = ?", [
					root.path,
				]) as unknown as Row[]
			).map((row) => [row.path, row]),
		);
		for (const file of await filesOf(root, onUnreadable)) {
			const stat = statSync(file, { throwIfNoEntry: false });
			if (stat === undefined) continue;
			const old = rows.get(file);
			rows.delete(file);
			const same = old !== undefined && old.size === stat.size && old.mtime === stat.mtimeMs;
			if (same && Math.abs(old.indexed - stat.mtimeMs) > racy) counts.unchanged += 1;
			else pending.push({ root: root.path, file, size: stat.size, mtime: stat.mtimeMs, old });
		}
		for (const row of rows.values()) gone.push(row.rowid);
	}
	const known = new Set(roots.map((root) => root.path));
	for (const { root } of db.all("SELECT DISTINCT root FROM notes") as { root: string }[]) {
		if (!known.has(root) && !existsSync(root)) {
			for (const { rowid } of db.all("SELECT rowid FROM notes WHERE root = ?", [root]) as { rowid: number }[])
				gone.push(rowid);
		}
	}

	const remove = (rowid: number) => {
		db.run("DELETE FROM notes WHERE rowid = ?", [rowid]);
		db.run("DELETE FROM bodies WHERE rowid = ?", [rowid]);
		db.run("DELETE FROM grams WHERE rowid = ?", [rowid]);
		db.run("DELETE FROM chars WHERE rowid = ?", [rowid]);
	};
	const insert = db.prepare(
		"INSERT INTO notes(root, path, size, mtime, hash, indexed, head, error, error_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
	);
	// Long texts go in as UTF-8 bytes made by TextEncoder and are cast to text inside SQLite: the
	// wasm build's own string copying, a character at a time, would cost more than the indexing.
	const insertGrams = db.prepare("INSERT INTO grams(rowid, body) VALUES (?, CAST(? AS TEXT))");
	const insertChars = db.prepare("INSERT INTO chars(rowid, body) VALUES (?, CAST(? AS TEXT))");
	const insertBody = db.prepare(
		"INSERT INTO bodies(rowid, lines, figures) VALUES (?, CAST(? AS TEXT), CAST(? AS TEXT))",
	);
	const utf8 = new TextEncoder();
	const byHash = db.prepare(
		"SELECT head, lines, figures, error, error_kind FROM notes JOIN bodies USING (rowid) WHERE hash = ? LIMIT 1",
	);
	// The validator (zod) is loaded only when a file is read anew.
	const { noteFromText } =
		pending.length > 0 ? await import("../../load/note-from-text.ts") : { noteFromText: undefined };
	try {
		for (let start = 0; start < pending.length; start += batch) {
			db.exec("BEGIN IMMEDIATE");
			try {
				for (const item of pending.slice(start, start + batch)) {
					let text: string;
					try {
						text = readFileSync(item.file, "utf8");
					} catch {
						if (item.old) remove(item.old.rowid);
						continue;
					}
					const hash = createHash("sha1").update(text).digest("hex");
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
					const twin = byHash.get([hash]) as {
						head: string | null;
						lines: string | null;
						figures: string | null;
						error: string | null;
						error_kind: string | null;
					} | null;
					let entry: {
						head: string | null;
						lines: string | null;
						figures: string | null;
						error: string | null;
						code: string | null;
					};
					if (twin !== null && twin.error === null) {
						entry = { head: twin.head, lines: twin.lines, figures: twin.figures, error: null, code: null };
						counts.reused += 1;
					} else {
						try {
							const { note } = (noteFromText as NonNullable<typeof noteFromText>)(text, item.file);
							entry = {
								head: JSON.stringify(noteHead(note)),
								lines: JSON.stringify(noteLines(note)),
								figures: JSON.stringify(figureLines(note)),
								error: null,
								code: null,
							};
						} catch (error) {
							if (!(error instanceof BriefingError)) throw error;
							entry = { head: null, lines: null, figures: null, error: error.message, code: error.kind };
						}
						counts.read += 1;
					}
					const { lastInsertRowid } = insert.run([
						item.root,
						item.file,
						item.size,
						item.mtime,
						hash,
						Date.now(),
						entry.head,
						entry.error,
						entry.code,
					]);
					if (entry.lines !== null) {
						const figures = entry.figures ?? "[]";
						insertBody.run([lastInsertRowid, utf8.encode(entry.lines), utf8.encode(figures)]);
						// The figures' lines are indexed too, so that a search of figures is narrowed alike.
						const folded = [...JSON.parse(entry.lines), ...JSON.parse(figures)]
							.map((line: NoteLine) => fold(line.text))
							.join("\n");
						insertGrams.run([lastInsertRowid, utf8.encode(gramText(folded))]);
						insertChars.run([lastInsertRowid, utf8.encode(charText(folded))]);
					}
				}
				db.exec("COMMIT");
			} catch (error) {
				db.exec("ROLLBACK");
				throw error;
			}
			onProgress(Math.min(start + batch, pending.length), pending.length);
			await new Promise((resolve) => setImmediate(resolve));
		}
		// Removed last, so a moved file finds its old row by content first.
		if (gone.length > 0) {
			db.exec("BEGIN IMMEDIATE");
			for (const rowid of gone) remove(rowid);
			db.exec("COMMIT");
			counts.removed = gone.length;
		}
		db.run("INSERT OR REPLACE INTO meta VALUES ('updated', ?)", [new Date().toISOString()]);
	} finally {
		insert.finalize();
		insertGrams.finalize();
		insertChars.finalize();
		insertBody.finalize();
		byHash.finalize();
	}
	return counts;
}
