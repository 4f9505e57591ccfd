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
		const [{ runApp }, { libraryOfNotes }, { endBySignal }, { reportError }] = await Promise.all([
			import("../../app/run-app.tsx"),
			import("../../app/reader-library.ts"),
			import("../end-by-signal.ts"),
			import("../report-error.ts"),
		]);
		return runApp(
			async (onProgress, onWarning) =>
				(await readerLibrary(options, onProgress, onWarning)) ??
				libraryOfNotes(await loadFilteredNotes(options, onProgress, onWarning)),
			options,
			facts,
			{
				printPlain: async (notes) =>
					writeOutput(
						process.stdout,
						notesText(
							notes,
							{ ...options, format: "text" },
							await chalkFor(colorLevel(options.color, facts)),
						),
					),
				describeError: (error) => reportError(error, options.debug),
				endBySignal,
			},
		);
	}
	const notes = await loadFilteredNotes(options, () => {}, warn);
	const color = colorLevel(options.color, facts);
	if (options.brief) return writeBriefs(notes, options, color);
	const text = notesText(notes, { ...options, format: options.format ?? "text" }, await chalkFor(color));
	return writeOutput(process.stdout, text);
}
