import { figureLines } from "../../library/figure-lines.ts";
import { entryOfLines, searchEntry, searchLibrary } from "../../library/search-library.ts";
import type { LoadedNote } from "../../load/load-notes.ts";
import { renderSearch } from "../../render/render-library.ts";
import { colorLevel, type TerminalFacts } from "../../terminal/terminal-facts.ts";
import { chalkFor } from "../chalk-for.ts";
import { exitCodes } from "../exit-codes.ts";
import { withLibraryNotes } from "../library-notes.ts";
import type { Options } from "../options.ts";
import { writeOutput } from "../write-output.ts";

/**
 * `briefing search QUERY`: prints every matching line (from the index, or the files when it cannot
 * be used). Resolves with the exit code: 1 when nothing matches.
 */
export async function runSearch(options: Options, facts: TerminalFacts): Promise<number> {
	const format = options.format === "json" ? "json" : "text";
	const chalk = await chalkFor(colorLevel(options.color, facts));
	return withLibraryNotes(options, async (notes, index) => {
		const hits =
			index !== undefined
				? index.search(options.query, notes as typeof index.notes, options.figures)
				: searchLibrary(
						(notes as LoadedNote[]).map((loaded) =>
							options.figures ? entryOfLines(loaded, figureLines(loaded.note)) : searchEntry(loaded),
						),
						options.query,
						Number.POSITIVE_INFINITY,
					);
		const code = await writeOutput(process.stdout, renderSearch(hits, { ...options, format }, chalk));
		return hits.length === 0 && code === exitCodes.ok ? exitCodes.noMatch : code;
	});
}
