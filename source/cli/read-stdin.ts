import { inputLimits, readLimited } from "../load/read-input.ts";

/**
 * Reads all of standard input as UTF-8 text, a note's worth at most.
 * @throws BriefingError exit 65 past the note limit ({@link inputLimits}).
 */
export async function readStdin(): Promise<string> {
	return (await readLimited("-", inputLimits.note)).toString("utf8");
}
