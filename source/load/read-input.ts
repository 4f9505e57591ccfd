import { closeSync, constants, fstatSync, openSync, readSync, type Stats, statSync } from "node:fs";
import { open } from "node:fs/promises";
import { BriefingError } from "../base/briefing-error.ts";
import { errorWords } from "../base/error-words.ts";
import { fileName } from "./sanitize.ts";

const megabyte = 1024 * 1024;

/**
 * The largest inputs briefing reads, in bytes (the readme lists them): a note file (or a note on
 * standard input), and a file to import (or text to import on standard input; a PDF must fit too).
 * A note's source text may be as large as a file to import, from which it was made.
 */
export const inputLimits = { note: 64 * megabyte, import: 100 * megabyte } as const;

/**
 * Returns the error for a file or folder that cannot be read: its name (sanitized) and why, in
 * words ("permission denied"), never a raw code. Kind "unreadable" (exit 66).
 */
export function cannotRead(file: string, error: unknown): BriefingError {
	return new BriefingError(`${fileName(file)}: ${errorWords(error)}`, "unreadable");
}

/** Returns the error for a library folder (`--dir`) that is a file (exit 66, as for a missing one). */
export function notAFolder(file: string): BriefingError {
	return new BriefingError(`${fileName(file)}: expected a folder of notes, got a file`, "unreadable");
}

/** Returns the error for an input larger than its limit (exit 65). */
export function tooLarge(file: string, limit: number): BriefingError {
	return new BriefingError(`${fileName(file)}: too large (limit ${limit / megabyte} MB)`, "invalid-input");
}

/**
 * Reads chunks (a stream, a FIFO's) to their end, at most `limit` bytes: past that it stops reading
 * and throws. Reading is asynchronous, so signals (Ctrl-C, SIGTERM, SIGHUP) are answered while a
 * slow or endless writer (`yes | briefing import -`) is read.
 */
async function readChunks(
	chunks: AsyncIterable<Buffer | string>,
	file: string,
	limit: number,
): Promise<Buffer> {
	const parts: Buffer[] = [];
	let size = 0;
	try {
		// Leaving the loop early (too large) ends the stream or closes the FIFO.
		for await (const chunk of chunks) {
			const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
			size += bytes.length;
			if (size > limit) throw tooLarge(file, limit);
			parts.push(bytes);
		}
	} catch (error) {
		if (error instanceof BriefingError) throw error;
		throw cannotRead(file, error);
	}
	return Buffer.concat(parts, size);
}

const wait = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/**
 * Yields what is written to a FIFO until its writer closes it. The FIFO is opened non-blocking, so
 * no thread waits in open() for a writer (such a thread would keep the process from exiting); until
 * a writer has written, an empty read means none has come yet, and is tried again a moment later.
 */
async function* fifoChunks(path: string | Buffer): AsyncGenerator<Buffer> {
	const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
	let written = false;
	try {
		for (;;) {
			const buffer = Buffer.allocUnsafe(64 * 1024);
			let count: number;
			try {
				({ bytesRead: count } = await handle.read(buffer, 0, buffer.length, null));
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
				await wait(10);
				continue;
			}
			if (count > 0) {
				written = true;
				yield buffer.subarray(0, count);
			} else if (written) return;
			else await wait(10);
		}
	} finally {
		await handle.close();
	}
}

/** Reads an open regular file of a known size, whole: a file that grows meanwhile is read as it was. */
function readWhole(descriptor: number, size: number): Buffer {
	const bytes = Buffer.allocUnsafe(size);
	let read = 0;
	while (read < size) {
		const count = readSync(descriptor, bytes, read, size - read, null);
		if (count === 0) break;
		read += count;
	}
	return bytes.subarray(0, read);
}

/**
 * Returns the bytes of a file (its path as a string, or as bytes when it is not UTF-8), or of
 * standard input when `path` is "-", at most `limit` bytes.
 * A regular file is read at once; a pipe (a FIFO, `<(…)`, standard input) asynchronously, up to
 * the limit, unless `pipes` is false. Anything else — a device such as /dev/tty or /dev/zero, a
 * socket — is refused before a byte is read, so reading can neither hang on a terminal nor run
 * away with memory. `regular` says a folder's listing showed the file as regular: it is then
 * checked only once it is open.
 *
 * @throws BriefingError exit 66 when the file cannot be read or is neither a file nor a pipe
 *   (naming it and why, in words); exit 65 when it holds more than `limit` bytes.
 */
export async function readLimited(
	path: string | Buffer,
	limit: number,
	options: { pipes?: boolean; regular?: boolean } = {},
): Promise<Buffer> {
	// A path that is not UTF-8 comes as bytes; it is shown with U+FFFD for what cannot be decoded.
	const file = typeof path === "string" ? path : path.toString("utf8");
	if (path === "-") return readChunks(process.stdin, file, limit);
	const refuse = (error: unknown) => (error instanceof BriefingError ? error : cannotRead(file, error));
	const notRegular = () => {
		const kinds = options.pipes === false ? "a device, a pipe or a socket" : "a device or a socket";
		return new BriefingError(`${fileName(file)}: not a regular file (${kinds})`, "unreadable");
	};
	// A file a folder's listing showed as regular is not looked at twice (a library has thousands).
	if (options.regular !== true) {
		let stats: Stats;
		try {
			stats = statSync(path);
		} catch (error) {
			throw refuse(error);
		}
		if (stats.isDirectory()) {
			throw new BriefingError(`${fileName(file)}: a folder, not a file`, "unreadable");
		}
		if (stats.isFIFO() && options.pipes !== false) return readChunks(fifoChunks(path), file, limit);
		if (!stats.isFile()) throw notRegular();
	}
	let descriptor: number;
	try {
		// Non-blocking and checked again once open: what was a file may have been swapped for a FIFO.
		descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
	} catch (error) {
		throw refuse(error);
	}
	try {
		const opened = fstatSync(descriptor);
		if (!opened.isFile()) throw notRegular();
		if (opened.size > limit) throw tooLarge(file, limit);
		return readWhole(descriptor, opened.size);
	} catch (error) {
		throw refuse(error);
	} finally {
		closeSync(descriptor);
	}
}
