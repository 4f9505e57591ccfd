import { renderList } from "../../render/render-library.ts";
import { colorLevel, type TerminalFacts } from "../../terminal/terminal-facts.ts";
import { chalkFor } from "../chalk-for.ts";
import { exitCodes } from "../exit-codes.ts";
import { withLibraryNotes } from "../library-notes.ts";
import type { Options } from "../options.ts";
import { writeOutput } from "../write-output.ts";

/**
 * `briefing list`: prints the library (from the index, or the files when it cannot be used).
 * Resolves with the exit code: 1 when no note passes the filters.
 */
export async function runList(options: Options, facts: TerminalFacts): Promise<number> {
	const format = options.format === "json" ? "json" : "text";
	const chalk = await chalkFor(colorLevel(options.color, facts));
	return withLibraryNotes(options, async (notes) => {
		// Like search (and grep), an empty list is exit 1: as text it prints nothing, as JSON [].
		const text =
			notes.length === 0 && format === "text" ? "" : renderList(notes, { ...options, format }, chalk);
		const code = await writeOutput(process.stdout, text);
		return notes.length === 0 && code === exitCodes.ok ? exitCodes.noMatch : code;
	});
}
