import { fstatSync, writeSync } from "node:fs";
import { errorWords } from "../base/error-words.ts";
import { exitCodes } from "./exit-codes.ts";

/** Writes every byte to a descriptor, however many calls it takes; a write that makes no progress is a full disk. */
export function writeAll(descriptor: number, bytes: Uint8Array): void {
	for (let written = 0; written < bytes.length; ) {
		const count = writeSync(descriptor, bytes, written, bytes.length - written);
		if (count <= 0) throw Object.assign(new Error("no progress writing"), { code: "ENOSPC" });
		written += count;
	}
}

function describeFailure(error: unknown): string {
	return `briefing: cannot write the output: ${errorWords(error)}\n`;
}

/**
 * Writes text to standard output and resolves with the exit code: 0 once every byte is written, or
 * when the reader went away (`briefing | head -3`); 74, with a line on standard error, when it
 * could not be written whole (a full disk, /dev/full). Output redirected to a file or a device is
 * written with a loop of system calls, since Node's own file stream ignores a short write.
 */
export function writeOutput(stream: NodeJS.WritableStream, text: string): Promise<number> {
	if (stream === process.stdout && !isPipeOrTerminal(1)) {
		try {
			writeAll(1, Buffer.from(text));
			return Promise.resolve(exitCodes.ok);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === "EPIPE") return Promise.resolve(exitCodes.ok);
			process.stderr.write(describeFailure(error));
			return Promise.resolve(exitCodes.ioError);
		}
	}
	return new Promise((resolve) => {
		stream.on("error", (error: NodeJS.ErrnoException) => {
			if (error.code === "EPIPE") resolve(exitCodes.ok);
			else {
				process.stderr.write(describeFailure(error));
				resolve(exitCodes.ioError);
			}
		});
		stream.write(text, (error) => {
			if (!error) resolve(exitCodes.ok);
		});
	});
}

function isPipeOrTerminal(descriptor: number): boolean {
	try {
		const stats = fstatSync(descriptor);
		return stats.isFIFO() || stats.isSocket() || (stats.isCharacterDevice() && process.stdout.isTTY === true);
	} catch {
		return true;
	}
}
