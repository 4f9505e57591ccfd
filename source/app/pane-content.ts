import type { Block, BriefingDocument, Section } from "../document/blocks.ts";
import { blockLines, blocksLines } from "../layout/block-lines.ts";
import type { Line } from "../layout/line.ts";
import { tableLayout } from "../layout/table.ts";
import { pad, textWidth } from "../text/width.ts";
import { wrapText } from "../text/wrap.ts";

/** What one pane shows: its lines and, for the Key numbers pane, where each figure's row is. */
export interface PaneContent {
	lines: Line[];
	/** For each figure, the first and one-past-last line of its table row. */
	figureRows?: { start: number; end: number }[];
}

/** The narrowest a column of the side-by-side breakdown may be. */
export const minimumColumnWidth = 30;
const columnGap = 3;

/** Splits blocks into groups, each starting at a level-2 heading (a pillar, an analyst). */
export function groups(blocks: readonly Block[]): Block[][] {
	const result: Block[][] = [];
	for (const block of blocks) {
		if (block.kind === "heading" && block.level === 2) result.push([block]);
		else if (result.length === 0) result.push([block]);
		else result.at(-1)?.push(block);
	}
	return result;
}

/** Returns whether the breakdown's pillars fit side by side at a width. */
export function breakdownFitsColumns(pillars: number, width: number): boolean {
	return pillars > 1 && width >= pillars * minimumColumnWidth + (pillars - 1) * columnGap;
}

/** Lays out groups of blocks as columns side by side, separated by a thin rule. */
export function columns(parts: readonly Block[][], width: number): Line[] {
	const columnWidth = Math.floor((width - (parts.length - 1) * columnGap) / parts.length);
	const laidOut = parts.map((part) => blocksLines(part, columnWidth));
	const height = Math.max(...laidOut.map((part) => part.length));
	return Array.from(
		{ length: height },
		(_, index): Line =>
			laidOut.flatMap((part, column): Line => {
				const cell = part[index] ?? [];
				const text = cell.map((span) => span.text).join("");
				const fill =
					column === laidOut.length - 1
						? []
						: [{ text: `${pad("", columnWidth - textWidth(text))} │ `, tone: "dim" as const }];
				return [...cell, ...fill];
			}),
	);
}

/** Returns the pillar tab names of the breakdown. */
export function pillarNames(section: Section): string[] {
	return groups(section.blocks).map((group) => (group[0]?.kind === "heading" ? group[0].text : ""));
}

function breakdownContent(section: Section, width: number, tab: number): PaneContent {
	const pillars = groups(section.blocks);
	if (breakdownFitsColumns(pillars.length, width)) return { lines: columns(pillars, width) };
	const names = pillarNames(section);
	const tabs: Line = names.flatMap(
		(name, index): Line => [
			{ text: index === tab ? `[${name}]` : ` ${name} `, tone: index === tab ? "heading" : "dim" },
			{ text: " " },
		],
	);
	const pillar = pillars[Math.min(tab, pillars.length - 1)] ?? [];
	return { lines: [tabs, [], ...blocksLines(pillar.slice(1), width)] };
}

function figuresContent(section: Section, width: number): PaneContent {
	if (!section.blocks.some((block) => block.kind === "table" && block.figures)) {
		return { lines: blocksLines(section.blocks, width) };
	}
	// Tables are indented two columns for the selection marker; only the figure table's rows are selectable.
	const lines: Line[] = [];
	let figureRows: { start: number; end: number }[] | undefined;
	section.blocks.forEach((block, index) => {
		if (index > 0) lines.push([]);
		if (block.kind !== "table") {
			lines.push(...blockLines(block, width));
			return;
		}
		const layout = tableLayout(block.columns, block.rows, width - 2);
		lines.push(...layout.header.map((line): Line => [{ text: "  " }, ...line]));
		const rows = layout.rows.map((row) => {
			const start = lines.length;
			lines.push(...row.map((line): Line => [{ text: "  " }, ...line]));
			return { start, end: lines.length };
		});
		if (block.figures) figureRows = rows;
	});
	return { lines, figureRows };
}

/**
 * Lays out one pane of a document at a width. The breakdown shows its pillars side by side when
 * they fit, else the pillar of tab `tab`; the source pane ends with the note's original text.
 */
export function paneContent(
	document: BriefingDocument,
	pane: number,
	width: number,
	tab: number,
	originalText: string | undefined,
): PaneContent {
	const section = document.sections[pane];
	if (section === undefined) return { lines: [] };
	switch (section.id) {
		case "breakdown":
			return breakdownContent(section, width, tab);
		case "figures":
			return figuresContent(section, width);
		case "source": {
			const original =
				originalText === undefined || originalText.trim() === ""
					? []
					: [
							[],
							[{ text: "─".repeat(width), tone: "dim" as const }],
							...wrapText(originalText.trim(), width).map((text): Line => [{ text }]),
						];
			return { lines: [...blocksLines(section.blocks, width), ...original] };
		}
		default:
			return { lines: blocksLines(section.blocks, width) };
	}
}
