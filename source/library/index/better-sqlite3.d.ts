// better-sqlite3 ships no types; the index uses only its Database (see sqlite-engine.ts). Undefined in
// a bundle built where the optional dependency was not installed.
declare module "better-sqlite3" {
	const Database: import("./sqlite-engine.ts").NativeConstructor | undefined;
	export default Database;
}
