import type { Block, BriefingDocument } from "../document/blocks.ts";
import { blockLines } from "../layout/block-lines.ts";
import { plain } from "../layout/line.ts";
import { tableLayout } from "../layout/table.ts";

/**
 * Escapes what Markdown would read as formatting in text taken from a note, so it prints as written:
 * inline marks anywhere (\\ ` * _ [ ] < > | # ~, and & before an entity such as &amp;), and at the
 * start of each line what would open a block: a list (- , + , 1. or 1) before a space), a setext
 * underline or rule (===, ---, and dashes with spaces between: -- -), a fence (``` or ~~~), a quote, a heading, a table or HTML. A line's
 * leading spaces are dropped (Markdown does not show them; four would open indented code). The
 * escaped text may stand at a line start or inside one.
 */
export const escapeMarkdown = (text: string) =>
	text
		.replace(/[\\`*_[\]<>|#~]/g, (character) => `\\${character}`)
		.replace(/&(?=#?\w+;)/g, "\\&")
		.replace(/^[ \t]+/gm, "")
		.replace(/^(?:[-+](?=[ \t]|$)|-[- \t]*$|=+[ \t]*$)/gm, (line) => `\\${line}`)
		.replace(/^(\d{1,9})([.)])(?=[ \t]|$)/gm, "$1\\$2");
/** Escaped text on one line, for a table's cell or a heading, which a line break would end. */
const oneLine = (text: string) => escapeMarkdown(text).replace(/\n/g, " ");

/**
 * A table as Markdown: a pipe table (numbers' columns `---:`) where the text output at `width` is a
 * table, else one list item per row (the card: its first cell in bold, the others after it).
 */
function tableMarkdown(block: Extract<Block, { kind: "table" }>, width: number): string {
	if (tableLayout(block.columns, block.rows, width, block.align).header.length === 0)
		return block.rows
			.map(
				(row) => `- **${oneLine(row[0] ?? "")}** — ${row.slice(1).filter(Boolean).map(oneLine).join(" · ")}`,
			)
			.join("\n");
	return [
		`| ${block.columns.map(oneLine).join(" | ")} |`,
		`| ${block.columns.map((_, index) => (block.align?.[index] === "right" ? "---:" : "---")).join(" | ")} |`,
		...block.rows.map((row) => `| ${row.map(oneLine).join(" | ")} |`),
	].join("\n");
}

/** Lines as a fenced code block, its fence longer than any run of backticks in them (CommonMark's rule). */
function codeBlock(lines: readonly string[]): string {
	const longest = Math.max(0, ...lines.flatMap((line) => line.match(/`+/g) ?? []).map((run) => run.length));
	const fence = "`".repeat(Math.max(3, longest + 1));
	return [`${fence}text`, ...lines, fence].join("\n");
}

/** An address as a link's destination: parentheses and spaces encoded, a backslash escaped (`\\)` would not close it). */
const linkAddress = (url: string) => url.replace(/[()\s]/g, encodeURIComponent).replace(/\\/g, "\\\\");

function blockMarkdown(block: Block, width: number): string {
	switch (block.kind) {
		case "heading":
			return `${block.level === 1 ? "###" : "####"} ${oneLine(block.text)}`;
		case "paragraph":
			return block.absent ? `_${escapeMarkdown(block.text)}_` : escapeMarkdown(block.text);
		case "list":
			return block.items
				.map((item, index) => `${block.ordered ? `${index + 1}.` : "-"} ${escapeMarkdown(item)}`)
				.join("\n");
		case "table":
			return tableMarkdown(block, width);
		case "chart":
			// A chart is a picture: Markdown shows it as the same bars in a code block.
			return codeBlock(blockLines(block, 72).map(plain));
		case "fields":
			return block.rows
				.map((row) => `- **${escapeMarkdown(row.label)}:** ${escapeMarkdown(row.value)}`)
				.join("\n");
		case "link":
			return `- [${escapeMarkdown(block.label)}](${linkAddress(block.url)})${block.note ? ` — ${escapeMarkdown(block.note)}` : ""}`;
	}
}

/**
 * Renders documents as Markdown: a level-1 heading per note, level-2 per section. `width` decides
 * only whether a table prints as a table or as cards, by the rule of the text output.
 */
export function renderMarkdown(documents: readonly BriefingDocument[], width = 80): string {
	return `${documents
		.map((document) =>
			[
				`# ${oneLine(document.title)}`,
				...(document.header.length > 0
					? [
							document.header
								.map((row) => `**${escapeMarkdown(row.label)}:** ${escapeMarkdown(row.value)}`)
								.join(" · "),
						]
					: []),
				...(document.notice === undefined ? [] : [`_${escapeMarkdown(document.notice)}_`]),
				...document.sections.map((section) =>
					[
						`## ${oneLine(section.title)}`,
						...section.blocks.map((block) => blockMarkdown(block, width)),
					].join("\n\n"),
				),
			].join("\n\n"),
		)
		.join("\n\n---\n\n")}\n`;
}
