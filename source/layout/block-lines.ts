import type { Block, BriefingDocument, Section } from "../document/blocks.ts";
import { foldLines } from "../text/fold-lines.ts";
import { pad, textWidth, truncate } from "../text/width.ts";
import { wrapText } from "../text/wrap.ts";
import { addressSpan } from "./address.ts";
import { barLengths } from "./bars.ts";
import { type Line, line, type Tone } from "./line.ts";
import { tableLines } from "./table.ts";

function wrapped(text: string, width: number, tone?: Tone): Line[] {
	return wrapText(text, width).map((part) => line(part, tone));
}

/** Wraps text behind a first-line prefix, later lines indented to line up under the text. */
function hanging(prefix: string, text: string, width: number, tone?: Tone): Line[] {
	const indent = textWidth(prefix);
	return wrapText(text, width - indent).map(
		(part, index): Line => [
			{ text: index === 0 ? prefix : " ".repeat(indent), tone: "dim" },
			...line(part, tone),
		],
	);
}

/** An address on one line behind a prefix (see addressSpan). */
function addressLine(prefix: string, url: string, width: number, tone?: Tone): Line {
	return [{ text: prefix, tone: "dim" }, addressSpan(url, width - textWidth(prefix), tone)];
}

function chartLines(chart: Extract<Block, { kind: "chart" }>, width: number): Line[] {
	// A label or value is drawn on one line: a line break in it becomes a space.
	const block = {
		...chart,
		bars: chart.bars.map((bar) => ({ ...bar, label: foldLines(bar.label), display: foldLines(bar.display) })),
	};
	const labelWidth = Math.min(
		Math.max(...block.bars.map((bar) => textWidth(bar.label))),
		Math.floor(width / 3),
	);
	// Label and value each take at most a third of the line, so the bars keep the rest.
	const displayWidth = Math.min(
		Math.max(...block.bars.map((bar) => textWidth(bar.display))),
		Math.floor(width / 3),
	);
	const cells = Math.max(1, width - labelWidth - displayWidth - 2);
	const lengths = barLengths(block.bars, cells, block.scale);
	return [
		...wrapped(block.title, width, "subheading"),
		...block.bars.map(
			(bar, index): Line => [
				{ text: `${pad(truncate(bar.label, labelWidth), labelWidth)} `, tone: "label" },
				{ text: "█".repeat(lengths[index] ?? 0), tone: "bar" },
				{
					text: `${" ".repeat(cells - (lengths[index] ?? 0))} ${truncate(bar.display, displayWidth)}`.trimEnd(),
					tone: "number",
				},
			],
		),
	];
}

/** The gap between a field's label and its value; the indent of a value under its label. */
const fieldGap = 2;

/**
 * Lays out fields as a label column and the values beside it, wrapped values hanging under the value,
 * where the column (the longest label and the gap) takes at most a third of the width; else, so that
 * no label is ever cut, each label on a line of its own (wrapped where it is wider than the width)
 * with its value under it, indented.
 */
function fieldLines(rows: Extract<Block, { kind: "fields" }>["rows"], width: number): Line[] {
	if (rows.length === 0) return [];
	const labelWidth = Math.max(...rows.map((row) => textWidth(row.label))) + fieldGap;
	const value = (row: (typeof rows)[number], prefix: string) =>
		row.url === undefined ? hanging(prefix, row.value, width) : [addressLine(prefix, row.url, width)];
	if (labelWidth <= Math.floor(width / 3))
		return rows.flatMap((row) => value(row, pad(row.label, labelWidth)));
	return rows.flatMap((row) => [...wrapped(row.label, width, "dim"), ...value(row, " ".repeat(fieldGap))]);
}

/** Lays out one block as lines no wider than `width` columns. */
export function blockLines(block: Block, width: number): Line[] {
	switch (block.kind) {
		case "heading":
			return wrapped(block.text, width, block.level === 1 ? "heading" : "subheading");
		case "paragraph":
			return wrapped(block.text, width, block.absent ? "dim" : undefined);
		case "list": {
			const numberWidth = String(block.items.length).length;
			return block.items.flatMap((item, index) =>
				hanging(block.ordered ? `${pad(String(index + 1), numberWidth, "right")}. ` : "• ", item, width),
			);
		}
		case "table":
			return tableLines(block.columns, block.rows, width, block.align);
		case "chart":
			return chartLines(block, width);
		case "fields":
			return fieldLines(block.rows, width);
		case "link":
			return [
				...wrapText(block.label, width).map((part): Line => [{ text: part, tone: "link", url: block.url }]),
				addressLine("  ", block.url, width, "dim"),
				...(block.note === undefined ? [] : hanging("  ", block.note, width)),
			];
	}
}

/** Lays out blocks one after another with a blank line between them, but none under a heading. */
export function blocksLines(blocks: readonly Block[], width: number): Line[] {
	return blocks.flatMap((block, index) => {
		const lines = blockLines(block, width);
		const previous = blocks[index - 1];
		return index === 0 || lines.length === 0 || previous?.kind === "heading" ? lines : [[], ...lines];
	});
}

/** Lays out a section: its title, then its blocks. */
export function sectionLines(section: Section, width: number): Line[] {
	return [...wrapped(section.title.toUpperCase(), width, "title"), [], ...blocksLines(section.blocks, width)];
}

/** Lays out a whole document for plain output: title, header facts, any notice, then every section. */
export function documentLines(document: BriefingDocument, width: number): Line[] {
	const facts = document.header.map((row) => `${row.label}: ${row.value}`).join(" · ");
	return [
		...wrapped(document.title, width, "heading"),
		...(facts === "" ? [] : wrapped(facts, width, "dim")),
		...(document.notice === undefined ? [] : wrapped(document.notice, width, "dim")),
		...document.sections.flatMap((section) => [[], ...sectionLines(section, width)]),
	];
}
