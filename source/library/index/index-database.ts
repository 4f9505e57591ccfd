import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { Database } from "node-sqlite3-wasm";
import { indexFormat, indexSchema } from "./index-schema.ts";

/** An open index: the database, where it lives, and how to let it go. */
export interface OpenIndex {
	db: Database;
	file: string;
	/** Closes the database and releases the lock. */
	close: () => void;
}

/** The files of an index: the database, SQLite's rollback journal and the wasm build's lock folder. */
export function indexFiles(file: string): string[] {
	return [file, `${file}-journal`, `${file}.lock`];
}

function removeIndex(file: string): void {
	for (const each of indexFiles(file)) rmSync(each, { recursive: true, force: true });
}

/**
 * Opens (or makes) the index database at `file`. SQLite is the WebAssembly build
 * (node-sqlite3-wasm), loaded here and only here, so commands that do not read the library never
 * pay for it. A file that is not an index of this format (corrupt, truncated, another program's)
 * is removed and made anew, and `onWarning` is told once. Throws when the folder cannot be written.
 */
export async function openDatabase(file: string, onWarning: (line: string) => void): Promise<Database> {
	// Node's own loader gives the CommonJS module as `default`; the bundle gives its named exports.
	const sqlite = (await import("node-sqlite3-wasm")) as unknown as {
		default?: typeof import("node-sqlite3-wasm");
	};
	const { Database } = sqlite.default?.Database
		? sqlite.default
		: (sqlite as typeof import("node-sqlite3-wasm"));
	mkdirSync(path.dirname(file), { recursive: true });
	const open = (): Database => {
		const db = new Database(file);
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
				const format = db.get("SELECT value FROM meta WHERE key = 'format'");
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
