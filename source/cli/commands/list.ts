import { renderList } from "../../render/render-library.ts";
import { renderListLines } from "../../render/render-library-lines.ts";
import { colorLevel, type TerminalFacts } from "../../terminal/terminal-facts.ts";
import { chalkFor } from "../chalk-for.ts";
import { exitCodes } from "../exit-codes.ts";
import { withLibraryNotes } from "../library-notes.ts";
import type { Options } from "../options.ts";
import { writeOutput } from "../write-output.ts";

/**
 * `briefing list`: prints the library (from the index, or the files when it cannot be used). On a
 * terminal (no format chosen) aligned, width-fitted rows; as text (a pipe, or `--format text`) one
 * tab-separated line per note; or JSON. Resolves with the exit code: 1 when no note passes the
 * filters, which prints nothing (JSON: `[]`), like grep.
 */
export async function runList(options: Options, facts: TerminalFacts): Promise<number> {
	const format = options.format === "json" ? "json" : "text";
	const chalk = await chalkFor(colorLevel(options.color, facts));
	return withLibraryNotes(options, async (_index, read) => {
		const notes = await read();
		const text =
			options.format === "text"
				? renderListLines(notes, options.language)
				: notes.length === 0 && format === "text"
					? ""
					: renderList(notes, { ...options, format }, chalk);
		const code = await writeOutput(process.stdout, text);
		return notes.length === 0 && code === exitCodes.ok ? exitCodes.noMatch : code;
	});
}
