import { text } from "node:stream/consumers";

/** Reads all of standard input as UTF-8 text. */
export function readStdin(): Promise<string> {
	return text(process.stdin);
}
