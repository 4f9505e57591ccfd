import { rmSync } from "node:fs";
import path from "node:path";
import { makeFolders } from "../../base/make-folders.ts";
import { indexFormat, indexSchema } from "./index-schema.ts";
import type { IndexDb, SqliteEngine } from "./sqlite-engine.ts";

/** The files of an index: the database, SQLite's rollback journal and the wasm build's lock folder. */
export function indexFiles(file: string): string[] {
	return [file, `${file}-journal`, `${file}.lock`];
}

function removeIndex(file: string): void {
	for (const each of indexFiles(file)) rmSync(each, { recursive: true, force: true });
}

/**
 * Opens (or makes) the index database at `file` with `engine` (see sqlite-engine.ts). A file that is
 * not an index of this format (corrupt, truncated, another program's) is removed and made anew, and
 * `onWarning` is told once. Throws when the folder cannot be written.
 */
export function openDatabase(file: string, engine: SqliteEngine, onWarning: (line: string) => void): IndexDb {
	makeFolders(path.dirname(file));
	const open = (): IndexDb => {
		const db = engine.open(file);
		try {
			// The index is a cache of the note files: a kill leaves SQLite's journal to roll back, and a
			// power loss at worst a damaged index, which is rebuilt. Not waiting on the disk is worth it.
			// Only the holder of the update lock opens the index, so SQLite may keep its own lock for the
			// whole run instead of taking it (a folder made and removed, in this build) per statement.
			// A small page cache for reading (WebAssembly memory, once grown, is never given back);
			// updates that write many notes ask for more.
			db.exec("PRAGMA synchronous = OFF; PRAGMA cache_size = -4000; PRAGMA locking_mode = EXCLUSIVE;");
			const tables = db.all("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'");
			if (tables.length === 0) {
				const any = db.all("SELECT name FROM sqlite_master LIMIT 1");
				if (any.length > 0) throw new Error("not a briefing index");
				db.exec(`BEGIN; ${indexSchema} INSERT INTO meta VALUES ('format', '${indexFormat}'); COMMIT;`);
			} else {
				const format = db.get<{ value: string }>("SELECT value FROM meta WHERE key = 'format'");
				if (format?.value !== indexFormat) throw new Error("an index of another format");
			}
			return db;
		} catch (error) {
			db.close();
			throw error;
		}
	};
	try {
		return open();
	} catch (error) {
		onWarning(`index ${file} could not be used (${(error as Error).message}): rebuilding it`);
		removeIndex(file);
		return open();
	}
}
