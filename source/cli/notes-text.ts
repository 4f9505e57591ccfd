import type { ChalkInstance } from "chalk";
import { buildDocument } from "../document/build-document.ts";
import type { LoadedNote } from "../load/load-notes.ts";
import { renderMarkdown } from "../render/render-markdown.ts";
import { renderText } from "../render/render-text.ts";
import type { Format, Options } from "./options.ts";

/** What printing notes needs to know. */
export type PrintOptions = Pick<Options, "sections" | "sectionsChosen" | "language" | "width"> & {
	format: Format;
};

/**
 * Returns the printed form of notes in a format: text (coloured with `chalk`, if given; links as
 * OSC 8 hyperlinks with `hyperlinks`), Markdown, or the notes themselves as JSON.
 */
export function notesText(
	notes: readonly LoadedNote[],
	options: PrintOptions,
	chalk: ChalkInstance | undefined,
	hyperlinks = false,
): string {
	if (options.format === "json") {
		const values = notes.map(({ note }) => note);
		return `${JSON.stringify(values.length === 1 ? values[0] : values, null, 2)}\n`;
	}
	const documents = notes.map(({ note }) =>
		buildDocument(note, {
			language: options.language,
			sections: options.sections,
			detail: options.sectionsChosen && options.sections.includes("source") ? "full" : "summary",
		}),
	);
	if (options.format === "markdown") return renderMarkdown(documents, options.width);
	return renderText(documents, options.width, chalk, hyperlinks);
}
