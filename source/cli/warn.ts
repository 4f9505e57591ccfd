import { sanitizeText } from "../load/sanitize.ts";

/** Prints a warning on standard error as one `briefing: …` line, sanitized: file names and note text reach warnings. */
export function warn(line: string): void {
	process.stderr.write(`${sanitizeText(`briefing: ${line}`)}\n`);
}
