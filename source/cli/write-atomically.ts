import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, linkSync, openSync, renameSync, statSync, unlinkSync } from "node:fs";
import path from "node:path";
import { BriefingError } from "../base/briefing-error.ts";
import { errorWords } from "../base/error-words.ts";
import { fileName } from "../load/sanitize.ts";
import { endBySignal } from "./end-by-signal.ts";
import { writeAll } from "./write-output.ts";

// Temporary files being written, removed if a signal ends the run meanwhile.
const temporaries = new Set<string>();
const signals = ["SIGHUP", "SIGINT", "SIGTERM"] as const;

function onSignal(signal: NodeJS.Signals): void {
	for (const file of temporaries) removeQuietly(file);
	endBySignal(signal);
}

function track(file: string): void {
	if (temporaries.size === 0) for (const signal of signals) process.on(signal, onSignal);
	temporaries.add(file);
}

function untrack(file: string): void {
	temporaries.delete(file);
	if (temporaries.size === 0) for (const signal of signals) process.off(signal, onSignal);
}

function removeQuietly(file: string): void {
	try {
		unlinkSync(file);
	} catch {
		// Already moved into place, or never made.
	}
}

// How much is written at a time: between chunks, a signal can end the run and remove the temporary file.
const chunkSize = 1024 * 1024;

/** A file to write and what to write in it. */
export interface FileToWrite {
	file: string;
	text: string;
}

/**
 * Writes files atomically, as one: each into a temporary file with a random name beside it (every
 * byte, then fsync), in the order given; only once all are written whole are they moved into place,
 * in the reverse order (so that the first, a note, is moved last, after the text it names). A reader
 * sees the old files or the whole new ones, never part of one. Without `force`, an existing file is
 * never replaced, not even one made meanwhile (the move is a link, which refuses), and a file moved
 * into place is removed again when a later one cannot be. On any failure, and on SIGINT, SIGTERM or
 * SIGHUP meanwhile, the temporary files are removed and the old files left as they were.
 *
 * @throws BriefingError exit 73 when a file exists (without `force`) or cannot be created; exit 74
 *   when one could not be written whole (a full disk, a quota, an I/O error). The message names it.
 */
export async function writeAtomically(files: readonly FileToWrite[], force: boolean): Promise<void> {
	const temporaries = files.map(({ file }) =>
		path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`),
	);
	for (const temporary of temporaries) track(temporary);
	// Files linked into place where there was none: removed again if a later one cannot be.
	const placed: string[] = [];
	try {
		for (const [index, { file, text }] of files.entries()) {
			await writeTemporary(temporaries[index] as string, fileName(file), text);
		}
		for (let index = files.length - 1; index >= 0; index -= 1) {
			const { file } = files[index] as FileToWrite;
			try {
				if (force) renameSync(temporaries[index] as string, file);
				else {
					linkSync(temporaries[index] as string, file);
					placed.push(file);
				}
			} catch (error) {
				for (const done of placed) removeQuietly(done);
				const exists = (error as NodeJS.ErrnoException).code === "EEXIST";
				throw new BriefingError(
					exists
						? `${fileName(file)}: exists; use --force to replace it`
						: `${fileName(file)}: cannot create: ${errorWords(error)}`,
					"cannot-create",
				);
			}
		}
		for (const folder of new Set(files.map(({ file }) => path.dirname(file)))) syncFolder(folder);
	} finally {
		for (const temporary of temporaries) {
			removeQuietly(temporary);
			untrack(temporary);
		}
	}
}

// Writes `text` whole into a new file `temporary` and syncs it; `name` is the file it stands for.
async function writeTemporary(temporary: string, name: string, text: string): Promise<void> {
	let descriptor: number;
	try {
		descriptor = openSync(temporary, "wx", 0o644);
	} catch (error) {
		// A disk too full for even an empty file is a full disk (74), like one that fills while writing.
		const full = ["ENOSPC", "EDQUOT"].includes((error as NodeJS.ErrnoException).code ?? "");
		throw new BriefingError(
			`${name}: cannot create: ${errorWords(error)}`,
			full ? "write-failed" : "cannot-create",
		);
	}
	try {
		const bytes = Buffer.from(text);
		for (let start = 0; start < bytes.length; start += chunkSize) {
			writeAll(descriptor, bytes.subarray(start, start + chunkSize));
			await new Promise((resolve) => setImmediate(resolve));
		}
		fsyncSync(descriptor);
	} catch (error) {
		throw new BriefingError(
			`${name}: cannot write: ${errorWords(error)}; the file was left as it was`,
			"write-failed",
		);
	} finally {
		closeSync(descriptor);
	}
}

// Makes the move itself durable; a file system that cannot sync a folder is left to do its best.
function syncFolder(folder: string): void {
	try {
		const descriptor = openSync(folder, "r");
		try {
			fsyncSync(descriptor);
		} finally {
			closeSync(descriptor);
		}
	} catch {
		// Not every file system lets a folder be synced.
	}
}

/**
 * Returns whether two paths name the same file (the same device and inode, through symbolic and
 * hard links alike); false when either does not exist.
 */
export function sameFile(one: string, other: string): boolean {
	try {
		const a = statSync(one);
		const b = statSync(other);
		return a.dev === b.dev && a.ino === b.ino;
	} catch {
		return false;
	}
}
