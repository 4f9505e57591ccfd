import { createRequire } from "node:module";
import path from "node:path";
import { setFlagsFromString } from "node:v8";

/** The SQLite builds the index runs on: better-sqlite3 (native, optional) or node-sqlite3-wasm (bundled). */
export type EngineName = "native" | "wasm";

/** A value bound to a statement: long texts go in as they are natively, as UTF-8 bytes to the wasm build. */
export type Bound = string | number | null | Uint8Array;

/** A prepared statement of either engine. Rows are plain objects keyed by column name. */
export interface IndexStatement {
	get: (params?: readonly Bound[]) => Record<string, unknown> | undefined;
	all: (params?: readonly Bound[]) => Record<string, unknown>[];
	run: (params?: readonly Bound[]) => { lastInsertRowid: number };
	finalize: () => void;
}

/** An open index database, the same to its users whichever engine runs it. */
export interface IndexDb {
	readonly engine: EngineName;
	exec: (sql: string) => void;
	/** The first row, or undefined when there is none. */
	get: <T = Record<string, unknown>>(sql: string, params?: readonly Bound[]) => T | undefined;
	all: <T = Record<string, unknown>>(sql: string, params?: readonly Bound[]) => T[];
	/** The rows as arrays of their columns' values, in the order the SQL names them (faster natively). */
	arrays: (sql: string, params?: readonly Bound[]) => unknown[][];
	run: (sql: string, params?: readonly Bound[]) => { lastInsertRowid: number };
	prepare: (sql: string) => IndexStatement;
	/** A long text to bind (with `CAST(? AS TEXT)` in the SQL): what the engine takes fastest. */
	text: (value: string) => Bound;
	close: () => void;
}

/** An engine: its name, how to open a database file with it, and why the native one is not in use. */
export interface SqliteEngine {
	name: EngineName;
	open: (file: string) => IndexDb;
	/** Why better-sqlite3 is not the engine (not installed, built for another Node), when it is not. */
	nativeMissing?: string;
}

/** Thrown when BRIEFING_SQLITE asks for an engine that cannot be had. */
export class EngineUnavailable extends Error {}

interface NativeStatement {
	raw: (on: boolean) => NativeStatement;
	get: (...params: Bound[]) => Record<string, unknown> | undefined;
	all: (...params: Bound[]) => Record<string, unknown>[];
	run: (...params: Bound[]) => { lastInsertRowid: number | bigint };
}
interface NativeDatabase {
	exec: (sql: string) => void;
	prepare: (sql: string) => NativeStatement;
	close: () => void;
}
/** better-sqlite3's Database, whose addon is at `nativeBinding`. */
export type NativeConstructor = new (file: string, options?: { nativeBinding?: string }) => NativeDatabase;

function nativeDb(openNative: (file: string) => NativeDatabase, file: string): IndexDb {
	const db = openNative(file);
	// better-sqlite3 compiles a statement on prepare: the few the index runs again and again are kept.
	const statements = new Map<string, NativeStatement>();
	const prepared = (sql: string, raw = false) => {
		const key = raw ? `raw ${sql}` : sql;
		let statement = statements.get(key);
		if (statement === undefined) {
			statement = raw ? db.prepare(sql).raw(true) : db.prepare(sql);
			statements.set(key, statement);
		}
		return statement;
	};
	const run = (statement: NativeStatement, params: readonly Bound[]) => {
		const { lastInsertRowid } = statement.run(...params);
		return { lastInsertRowid: Number(lastInsertRowid) };
	};
	return {
		engine: "native",
		exec: (sql) => db.exec(sql),
		get: <T>(sql: string, params: readonly Bound[] = []) => prepared(sql).get(...params) as T | undefined,
		all: <T>(sql: string, params: readonly Bound[] = []) => prepared(sql).all(...params) as T[],
		arrays: (sql, params = []) => prepared(sql, true).all(...params) as unknown as unknown[][],
		run: (sql, params = []) => run(prepared(sql), params),
		prepare: (sql) => {
			const statement = db.prepare(sql);
			return {
				get: (params = []) => statement.get(...params),
				all: (params = []) => statement.all(...params),
				run: (params = []) => run(statement, params),
				finalize: () => {},
			};
		},
		text: (value) => value,
		close: () => db.close(),
	};
}

async function wasmOpener(): Promise<(file: string) => IndexDb> {
	// V8 compiles WebAssembly on background threads (and hot code again, better); a process whose work
	// was done while such a task was pending waited for it forever at exit (Node 20, in
	// NodePlatform::DrainTasks: one run in four of two `list` at once on a cold index). SQLite is
	// compiled on the main thread, on the first tier only: the fallback engine, a little slower.
	setFlagsFromString("--no-wasm-tier-up");
	setFlagsFromString("--wasm-num-compilation-tasks=0");
	// Node's own loader gives the CommonJS module as `default`; the bundle gives its named exports.
	const sqlite = (await import("node-sqlite3-wasm")) as unknown as {
		default?: typeof import("node-sqlite3-wasm");
	};
	const { Database } = sqlite.default?.Database
		? sqlite.default
		: (sqlite as typeof import("node-sqlite3-wasm"));
	const utf8 = new TextEncoder();
	return (path) => {
		const db = new Database(path);
		type Params = Parameters<typeof db.all>[1];
		const row = <T>(found: unknown) => (found === null ? undefined : (found as T));
		return {
			engine: "wasm",
			exec: (sql) => db.exec(sql),
			get: <T>(sql: string, params: readonly Bound[] = []) => row<T>(db.get(sql, params as Params)),
			all: <T>(sql: string, params: readonly Bound[] = []) => db.all(sql, params as Params) as T[],
			arrays: (sql, params = []) => db.all(sql, params as Params).map((found) => Object.values(found)),
			run: (sql, params = []) => ({ lastInsertRowid: Number(db.run(sql, params as Params).lastInsertRowid) }),
			prepare: (sql) => {
				const statement = db.prepare(sql);
				return {
					get: (params = []) => row<Record<string, unknown>>(statement.get(params as Params)),
					all: (params = []) => statement.all(params as Params) as Record<string, unknown>[],
					run: (params = []) => ({
						lastInsertRowid: Number(statement.run(params as Params).lastInsertRowid),
					}),
					finalize: () => statement.finalize(),
				};
			},
			// The wasm build copies a JavaScript string into its memory a character at a time; UTF-8 bytes
			// made by TextEncoder go in at once, and SQL casts them back to text.
			text: (value) => utf8.encode(value),
			close: () => db.close(),
		};
	};
}

/**
 * Loads better-sqlite3 when it is installed and built for this Node, or returns why not. It is an
 * optional dependency: its JavaScript is in the bundle (one file loads faster than its dozen, and
 * than `bindings` looking for the addon in a dozen places), its compiled addon is found beside the
 * bundle with Node's own require, never bundled. A bundle built where it was not installed has none.
 */
async function loadNative(): Promise<((file: string) => NativeDatabase) | string> {
	const BundledDatabase = await import("better-sqlite3").then(
		(module) => module.default,
		() => undefined,
	);
	if (BundledDatabase === undefined) return "cannot be loaded (not in this build)";
	try {
		const main = createRequire(import.meta.url).resolve("better-sqlite3");
		const nativeBinding = path.join(path.dirname(main), "..", "build", "Release", "better_sqlite3.node");
		const open = (file: string) => new BundledDatabase(file, { nativeBinding });
		// The compiled addon loads with the first database: a build for another Node fails here.
		open(":memory:").close();
		return open;
	} catch (error) {
		return `cannot be loaded (${(error as Error).message.split("\n")[0]})`;
	}
}

const engines = new Map<string, Promise<SqliteEngine>>();

/**
 * Returns the engine of this process: `BRIEFING_SQLITE` (`native` or `wasm`) when set, else
 * better-sqlite3 when it loads, else the bundled WebAssembly build, without a word. Rejects with
 * {@link EngineUnavailable} when `native` is asked for and cannot load, or the value is another.
 */
export function sqliteEngine(
	environment: Readonly<Record<string, string | undefined>> = process.env,
): Promise<SqliteEngine> {
	const asked = environment.BRIEFING_SQLITE ?? "";
	let engine = engines.get(asked);
	if (engine === undefined) {
		engine = (async (): Promise<SqliteEngine> => {
			if (asked !== "" && asked !== "native" && asked !== "wasm")
				throw new EngineUnavailable(`BRIEFING_SQLITE=${asked}: expected native or wasm`);
			const native = asked === "wasm" ? "not asked for (BRIEFING_SQLITE=wasm)" : await loadNative();
			if (typeof native !== "string") return { name: "native", open: (file) => nativeDb(native, file) };
			if (asked === "native") throw new EngineUnavailable(`BRIEFING_SQLITE=native: better-sqlite3 ${native}`);
			return { name: "wasm", open: await wasmOpener(), nativeMissing: native };
		})();
		engines.set(asked, engine);
	}
	return engine;
}
