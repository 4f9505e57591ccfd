import { renderList } from "../../render/render-library.ts";
import { renderListLines, tabField } from "../../render/render-library-lines.ts";
import { colorLevel, type TerminalFacts } from "../../terminal/terminal-facts.ts";
import { chalkFor } from "../chalk-for.ts";
import { exitCodes } from "../exit-codes.ts";
import { withLibraryNotes } from "../library-notes.ts";
import type { Options } from "../options.ts";
import { writeOutput } from "../write-output.ts";

/**
 * `briefing list`: prints the library (from the index's rows, or the files when it cannot be used).
 * On a terminal (no format chosen) aligned, width-fitted rows; as text (a pipe, or `--format text`)
 * one tab-separated line per note, read from the index a page at a time; or JSON. Resolves with the exit code: 1 when no note passes the
 * filters, which prints nothing (JSON: `[]`), like grep.
 */
export async function runList(options: Options, facts: TerminalFacts): Promise<number> {
	const format = options.format === "json" ? "json" : "text";
	const chalk = await chalkFor(colorLevel(options.color, facts));
	return withLibraryNotes(options, async (index, read) => {
		if (index !== undefined && options.format === "text") {
			// Piped, the lines go out a page of the index at a time: no more of the library is held
			// than a page of rows and the text made so far.
			const pages: string[] = [];
			const { language, filter } = options;
			if (Object.keys(filter).length === 0 && language !== "both")
				index.eachLine(language, (page) => {
					pages.push(page.map(({ line, file }) => `${line}\t${tabField(file)}\n`).join(""));
				});
			else index.eachPage(filter, (page) => pages.push(renderListLines(page, language)));
			const text = pages.join("");
			const code = await writeOutput(process.stdout, text);
			return text === "" && code === exitCodes.ok ? exitCodes.noMatch : code;
		}
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
