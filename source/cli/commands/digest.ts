import { colorLevel, type TerminalFacts } from "../../terminal/terminal-facts.ts";
import { loadFilteredNotes } from "../library-notes.ts";
import type { Options } from "../options.ts";
import { writeBriefs } from "../print-briefs.ts";
import { warn } from "../warn.ts";

/**
 * `briefing digest`: each note that passes the filters in brief, newest first, under a header that
 * counts them and names the --since and --until dates. Resolves with the exit code: 1 when the
 * window is empty.
 */
export async function runDigest(options: Options, facts: TerminalFacts): Promise<number> {
	const notes = await loadFilteredNotes(options, () => {}, warn);
	const { since, until } = options.filter;
	return writeBriefs(notes, options, colorLevel(options.color, facts), { since, until });
}
