import { colorLevel, type TerminalFacts } from "../../terminal/terminal-facts.ts";
import { chalkFor } from "../chalk-for.ts";
import { loadFilteredNotes, readerLibrary } from "../library-notes.ts";
import { notesText } from "../notes-text.ts";
import type { Options } from "../options.ts";
import { writeBriefs } from "../print-briefs.ts";
import { warn } from "../warn.ts";
import { writeOutput } from "../write-output.ts";

/**
 * `briefing [FILE|DIR|-]…`: opens the interactive reader, or, with a format (always when piped) or
 * --brief, prints the notes. Resolves with the exit code; throws as loading the notes does, and
 * "no-match" when no note passes the filters.
 */
export async function runRead(options: Options, facts: TerminalFacts): Promise<number> {
	if (options.format === undefined && !options.brief) {
		const [{ runApp }, { libraryOfNotes }] = await Promise.all([
			import("../../app/run-app.tsx"),
			import("../../app/reader-library.ts"),
		]);
		return runApp(
			async (onProgress, onWarning) =>
				(await readerLibrary(options, onProgress, onWarning)) ??
				libraryOfNotes(await loadFilteredNotes(options, onProgress, onWarning)),
			options,
			facts,
		);
	}
	const notes = await loadFilteredNotes(options, () => {}, warn);
	const color = colorLevel(options.color, facts);
	if (options.brief) return writeBriefs(notes, options, color);
	const text = notesText(notes, { ...options, format: options.format ?? "text" }, await chalkFor(color));
	return writeOutput(process.stdout, text);
}
