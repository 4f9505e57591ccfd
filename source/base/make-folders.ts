import { mkdirSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Makes `folder` and the folders above it that are missing, one level at a time, the ones it makes
 * with `mode`. Node's own `mkdirSync(…, { recursive: true })` never returns on a path under /proc,
 * where making a folder fails with ENOENT though its parent exists. Throws the error of the first
 * level that cannot be made (ENOENT, EACCES, ENOTDIR, …), or of a path through a file.
 */
export function makeFolders(folder: string, mode?: number): void {
	const missing: string[] = [];
	for (let at = path.resolve(folder); statSync(at, { throwIfNoEntry: false }) === undefined; ) {
		missing.push(at);
		const parent = path.dirname(at);
		if (parent === at) break;
		at = parent;
	}
	for (const each of missing.reverse()) {
		try {
			mkdirSync(each, mode === undefined ? undefined : { mode });
		} catch (error) {
			// Made meanwhile by another process.
			if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
		}
	}
}
