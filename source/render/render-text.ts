import type { ChalkInstance } from "chalk";
import type { BriefingDocument } from "../document/blocks.ts";
import { documentLines } from "../layout/block-lines.ts";
import { paintLine } from "./paint.ts";

/**
 * Renders documents as plain text wrapped to `width` columns, coloured only when `chalk` is given,
 * its links OSC 8 hyperlinks only when `hyperlinks` is set (a terminal known to show them).
 */
export function renderText(
	documents: readonly BriefingDocument[],
	width: number,
	chalk?: ChalkInstance,
	hyperlinks = false,
): string {
	const notes = documents.map((document) =>
		documentLines(document, width)
			.map((line) => paintLine(line, chalk, hyperlinks))
			.join("\n"),
	);
	return `${notes.join(`\n\n${"═".repeat(width)}\n\n`)}\n`;
}
