import { type Dir, opendirSync, type Stats, statSync } from "node:fs";
import path from "node:path";
import type { IndexDb } from "./sqlite-engine.ts";

/** A place notes come from: a folder (walked for `*.json`) or a single note file. */
export interface LibraryRoot {
	/** The absolute path: what the index keys rows by. */
	path: string;
	kind: "folder" | "file";
	/** The path as the user wrote it, which messages and listings show; the absolute path by default. */
	shown?: string;
}

/** A note file's row as the scan compares it. */
export interface FileRow {
	rowid: number;
	path: string;
	size: number;
	mtime: number;
	hash: string;
	indexed: number;
}

/** A file to read (new, or its size or mtime changed), with its row when it has one. */
export interface PendingFile {
	root: string;
	folder: string;
	file: string;
	size: number;
	mtime: number;
	old?: FileRow;
}

/** What a scan found: files to read, rows of files that are gone, and the folders' state to keep. */
export interface Scan {
	pending: PendingFile[];
	gone: number[];
	/** Files whose size and mtime were compared and found as indexed. */
	unchanged: number;
	/** Folders read in this scan, with the mtime they had before they were read (-1: unreadable). */
	folders: { path: string; root: string; mtime: number }[];
	/** Folders of the index that are gone. */
	goneFolders: string[];
}

/** Thrown when the index cannot be used for this run; the files are read instead. */
export class IndexUnavailable extends Error {}

/**
 * Returns whether a file or folder last changed at `mtime` (ms) may have changed again, unseen, after
 * it was looked at, at `seen` (ms): a change in the same tick of the file system's clock keeps the
 * mtime. A file system that keeps fractions of a second (ext4, XFS, APFS, btrfs) ticks with the kernel's
 * clock, a few milliseconds; one that keeps whole seconds (FAT keeps two) may hide a change for as long.
 */
export function racy(mtime: number, seen: number): boolean {
	const tick = Number.isInteger(mtime / 1000) ? 2000 : 50;
	return Math.abs(seen - mtime) <= tick;
}

const utf8 = (bytes: Buffer): string => {
	const text = bytes.toString("utf8");
	// The index keys notes by path as text: a name that is not UTF-8 is read from the files instead.
	if (!Buffer.from(text, "utf8").equals(bytes))
		throw new IndexUnavailable("a file name in the library is not UTF-8");
	return text;
};

function isFileTarget(file: string): boolean {
	return statSync(file, { throwIfNoEntry: false })?.isFile() === true;
}

/** Counts a file as indexed when its size and mtime are its row's (and not racy), else adds it to read. */
function compareFile(scan: Scan, found: PendingFile): void {
	const { old } = found;
	const same = old !== undefined && old.size === found.size && old.mtime === found.mtime;
	if (same && !racy(found.mtime, old.indexed)) scan.unchanged += 1;
	else scan.pending.push(found);
}

/**
 * Finds what changed under `roots` since the index last looked. A folder whose mtime is what it was
 * when last read (and not {@link racy} at that reading) still lists the same names, so it is
 * not read again, nor are its files looked at: adding, removing or renaming a file changes its
 * folder's mtime, writing a file in place does not. With `full`, every folder is read and every
 * file's size and mtime compared. Links to files are followed, links to folders are not (as the
 * folder walk of `loadNotes`). A subfolder that cannot be read is told to `onUnreadable` and looked
 * at again on the next run. Throws {@link IndexUnavailable} for a name that is not UTF-8, and what
 * reading a root folder throws.
 */
export function scanLibrary(
	db: IndexDb,
	roots: readonly LibraryRoot[],
	full: boolean,
	onUnreadable: (subfolder: string, error: unknown) => void,
): Scan {
	const scan: Scan = { pending: [], gone: [], unchanged: 0, folders: [], goneFolders: [] };
	const rowsOf = (sql: string, value: string) =>
		new Map(
			(
				db.all(`SELECT rowid, path, size, mtime, hash, indexed FROM notes WHERE ${sql} = ?`, [
					value,
				]) as unknown as FileRow[]
			).map((row) => [row.path, row]),
		);
	const compare = (root: string, folder: string, file: string, old: FileRow | undefined) => {
		const stat = statSync(file, { throwIfNoEntry: false });
		if (stat !== undefined)
			compareFile(scan, { root, folder, file, size: stat.size, mtime: stat.mtimeMs, old });
	};
	for (const root of roots) {
		if (root.kind === "file") {
			const old = rowsOf("path", root.path).get(root.path);
			if (statSync(root.path, { throwIfNoEntry: false }) !== undefined)
				compare(root.path, path.dirname(root.path), root.path, old);
			else if (old !== undefined) scan.gone.push(old.rowid);
			continue;
		}
		const known = new Map(
			(
				db.all("SELECT path, mtime, checked FROM folders WHERE root = ?", [root.path]) as {
					path: string;
					mtime: number;
					checked: number;
				}[]
			).map((row) => [row.path, row]),
		);
		const children = new Map<string, string[]>();
		for (const folder of known.keys()) {
			if (folder === root.path) continue;
			const parent = path.dirname(folder);
			children.set(parent, [...(children.get(parent) ?? []), folder]);
		}
		const seen = new Set<string>();
		const pending = [root.path];
		for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
			const unreadable = (error: unknown) => {
				if (folder === root.path) throw error;
				onUnreadable(folder, error);
				scan.folders.push({ path: folder, root: root.path, mtime: -1 });
			};
			let stat: Stats | undefined;
			try {
				stat = statSync(folder, { throwIfNoEntry: false });
			} catch (error) {
				unreadable(error);
				continue;
			}
			if (!stat?.isDirectory()) continue;
			seen.add(folder);
			const old = known.get(folder);
			if (!full && old !== undefined && old.mtime === stat.mtimeMs && !racy(stat.mtimeMs, old.checked)) {
				pending.push(...(children.get(folder) ?? []));
				continue;
			}
			// Entries are read a few at a time (a folder may hold 100,000 notes): a listing of them all,
			// each name in a buffer of its own, would be most of a large build's memory. Names come as
			// bytes (Node's types know only text encodings here), so one that is not UTF-8 is seen.
			let entries: Dir;
			try {
				entries = opendirSync(folder, { encoding: "buffer" as BufferEncoding });
			} catch (error) {
				seen.delete(folder);
				unreadable(error);
				continue;
			}
			const rows = rowsOf("folder", folder);
			const base = folder.endsWith("/") ? folder : `${folder}/`;
			try {
				for (let entry = entries.readSync(); entry !== null; entry = entries.readSync()) {
					const name = entry.name as unknown as Buffer;
					const isJson = name.toString("latin1").endsWith(".json");
					if (!entry.isDirectory() && !isJson) continue;
					const full = base + utf8(name);
					if (entry.isDirectory()) pending.push(full);
					else if (entry.isFile() || (entry.isSymbolicLink() && isFileTarget(full))) {
						compare(root.path, folder, full, rows.get(full));
						rows.delete(full);
					}
				}
			} catch (error) {
				if (error instanceof IndexUnavailable) throw error;
				seen.delete(folder);
				unreadable(error);
				continue;
			} finally {
				entries.closeSync();
			}
			for (const row of rows.values()) scan.gone.push(row.rowid);
			scan.folders.push({ path: folder, root: root.path, mtime: stat.mtimeMs });
		}
		for (const folder of known.keys()) {
			if (seen.has(folder)) continue;
			scan.goneFolders.push(folder);
			for (const row of rowsOf("folder", folder).values()) scan.gone.push(row.rowid);
		}
	}
	return scan;
}

/**
 * Compares the size and mtime of files of the index that the scan has not looked at, to find notes
 * written in place (their folder's mtime unchanged): the `limit` rows after row `cursor` (the
 * rotation, which comes round to every file in library size ÷ `limit` runs) and the `limit` ÷ 5
 * newest rows (the files indexed last: a note just imported or just changed, the one a person is
 * most likely to be editing, is compared on every run). Adds what changed to the scan; returns the
 * cursor for the next run (0 once the last row was checked).
 */
export function checkSlice(db: IndexDb, scan: Scan, cursor: number, limit: number): number {
	const columns = "rowid, root, folder, path, size, mtime, hash, indexed";
	const rows = db.all<FileRow & { root: string; folder: string }>(
		`SELECT ${columns} FROM notes WHERE rowid > ? ORDER BY rowid LIMIT ?`,
		[cursor, limit],
	);
	const newest = db.all<FileRow & { root: string; folder: string }>(
		`SELECT ${columns} FROM notes ORDER BY rowid DESC LIMIT ?`,
		[Math.ceil(limit / 5)],
	);
	const read = new Set(scan.folders.map((folder) => folder.path));
	const pending = new Set(scan.pending.map((item) => item.file));
	const gone = new Set(scan.gone);
	const compared = new Set<number>();
	for (const row of [...rows, ...newest]) {
		if (compared.has(row.rowid) || read.has(row.folder) || pending.has(row.path) || gone.has(row.rowid))
			continue;
		compared.add(row.rowid);
		const stat = statSync(row.path, { throwIfNoEntry: false });
		if (stat === undefined) scan.gone.push(row.rowid);
		else {
			const { root, folder, path: file } = row;
			compareFile(scan, { root, folder, file, size: stat.size, mtime: stat.mtimeMs, old: row });
		}
	}
	return rows.length < limit ? 0 : (rows.at(-1)?.rowid ?? 0);
}
