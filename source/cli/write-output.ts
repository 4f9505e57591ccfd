import { exitCodes } from "./exit-codes.ts";

/**
 * Writes text to standard output and resolves with the exit code: 0 once it is written, or when the
 * reader went away (`briefing | head -3`), and 74 when it could not be written (a full disk).
 */
export function writeOutput(stream: NodeJS.WritableStream, text: string): Promise<number> {
	return new Promise((resolve) => {
		stream.on("error", (error: NodeJS.ErrnoException) => {
			resolve(error.code === "EPIPE" ? exitCodes.ok : exitCodes.ioError);
		});
		stream.write(text, (error) => {
			if (!error) resolve(exitCodes.ok);
		});
	});
}
