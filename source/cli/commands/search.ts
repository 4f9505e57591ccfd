import type { ChalkInstance } from "chalk";
import { figureLines } from "../../library/figure-lines.ts";
import type { HeadedNote } from "../../library/index/note-head.ts";
import { entryOfLines, type SearchHit, searchEntry, searchLibrary } from "../../library/search-library.ts";
import type { LoadedNote } from "../../load/load-notes.ts";
import { renderSearch } from "../../render/render-library.ts";
import { renderSearchLines } from "../../render/render-library-lines.ts";
import { colorLevel, type TerminalFacts } from "../../terminal/terminal-facts.ts";
import { chalkFor } from "../chalk-for.ts";
import { exitCodes } from "../exit-codes.ts";
import { withLibraryNotes } from "../library-notes.ts";
import type { Options } from "../options.ts";
import { writeOutput } from "../write-output.ts";

/**
 * `briefing search QUERY`: prints every matching line (from the index, which reads only the notes it
 * finds, or the files when it cannot be used). On a terminal (no format chosen) grouped by note; as
 * text (a pipe, or `--format text`) one tab-separated line per hit; or JSON. Resolves with the exit
 * code: 1 when nothing matches, which prints nothing (JSON: `[]`).
 */
export async function runSearch(options: Options, facts: TerminalFacts): Promise<number> {
	const chalk = await chalkFor(colorLevel(options.color, facts));
	return withLibraryNotes(options, async (index, read) => {
		if (index !== undefined)
			return printHits(index.find(options.query, options.filter, options.figures), options, chalk);
		const entries = ((await read()) as LoadedNote[]).map((loaded) =>
			options.figures ? entryOfLines(loaded, figureLines(loaded.note)) : searchEntry(loaded),
		);
		return printHits(searchLibrary(entries, options.query, Number.POSITIVE_INFINITY), options, chalk);
	});
}

async function printHits(
	hits: readonly SearchHit<HeadedNote>[],
	options: Options,
	chalk: ChalkInstance | undefined,
): Promise<number> {
	const format = options.format === "json" ? "json" : "text";
	const text =
		options.format === "text"
			? renderSearchLines(hits, chalk)
			: hits.length === 0 && format === "text"
				? ""
				: renderSearch(hits, { ...options, format }, chalk);
	const code = await writeOutput(process.stdout, text);
	return hits.length === 0 && code === exitCodes.ok ? exitCodes.noMatch : code;
}
