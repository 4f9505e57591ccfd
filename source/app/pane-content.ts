import type { Block, BriefingDocument, Section } from "../document/blocks.ts";
import { blockLines } from "../layout/block-lines.ts";
import { type Line, plain } from "../layout/line.ts";
import { tableLayout } from "../layout/table.ts";
import { pad, textWidth } from "../text/width.ts";
import { wrapText } from "../text/wrap.ts";

/**
 * Where a block of the section was drawn: each of its lines as the pane's line number, the string
 * offset in that line where the block's own text starts, and that text. `block` is the block's
 * index in its section, or -1 for the note's original text (in the source pane).
 */
export interface BlockPlace {
	block: number;
	/** Whether the block is a heading (positions are kept from heading to heading). */
	heading?: true;
	lines: { line: number; offset: number; text: string }[];
}

/** What one pane shows: its lines, where each block is, and for Key numbers where each figure's row is. */
export interface PaneContent {
	lines: Line[];
	places: BlockPlace[];
	/** For each figure, the first and one-past-last line of its table row. */
	figureRows?: { start: number; end: number }[];
	/** The line of each chart bar, and the figure it draws (an index into the note's figures). */
	chartBars?: { line: number; figure: number }[];
	/**
	 * The figure table's header (its first and one-past-last line) and the line after the table's
	 * last row: while the table's rows scroll, the header stays on screen. None for cards.
	 */
	tableHeader?: StickyHeader;
}

/** A table header that stays on screen while its rows scroll: its lines start…end-1, the table's end. */
export interface StickyHeader {
	start: number;
	end: number;
	tableEnd: number;
}

/**
 * Returns how many lines at the top of a pane scrolled to `top` the header covers: its height while
 * the pane's top is below the header's own place and above the table's last lines, else 0.
 */
export function headerCover(header: StickyHeader | undefined, top: number): number {
	if (header === undefined) return 0;
	const height = header.end - header.start;
	return top > header.start && top + height < header.tableEnd ? height : 0;
}

/**
 * Returns the pane's line shown on screen row `row` (from 0, the pane's first row) when the pane is
 * scrolled to `top`: a line of the table's header where the header covers the top, else `top + row`.
 */
export function lineOnRow(row: number, top: number, header: StickyHeader | undefined): number {
	return header !== undefined && row < headerCover(header, top) ? header.start + row : top + row;
}

/** Returns whether a row (of the pane's lines) starts on screen, below any header that covers the top. */
export function rowOnScreen(
	row: { start: number; end: number } | undefined,
	top: number,
	viewport: number,
	header: StickyHeader | undefined,
): boolean {
	return row !== undefined && row.start >= top + headerCover(header, top) && row.start < top + viewport;
}

/** Returns the top that shows line `start` first under the table header (or the header itself above it). */
export function topShowing(start: number, header: StickyHeader | undefined): number {
	if (header === undefined || start < header.start || start >= header.tableEnd) return start;
	return Math.max(header.start, start - (header.end - header.start));
}

/**
 * The widest prose is set on a wide terminal, in columns: about 100, a long line a reader's eye can
 * still follow back to the next. Prose stays left-aligned with the pane (as the header, tabs and
 * footer are, and as glow sets a document at its word-wrap width) rather than centred, so that text,
 * tables and charts share one left edge as the eye moves down a pane; tables and charts take the
 * whole width.
 */
export const proseMeasure = 100;

/** Returns the width a block is laid out at: tables and charts the whole width, prose the measure. */
const blockWidth = (block: Block, width: number) =>
	block.kind === "table" || block.kind === "chart" ? width : Math.min(width, proseMeasure);

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

/** Lays out blocks one after another with a blank line between them, but none under a heading; `first` numbers them. */
function placedBlocks(blocks: readonly Block[], width: number, first: number): PaneContent {
	const lines: Line[] = [];
	const places: BlockPlace[] = [];
	blocks.forEach((block, index) => {
		const own = blockLines(block, blockWidth(block, width));
		const previous = blocks[index - 1];
		if (index > 0 && own.length > 0 && previous?.kind !== "heading") lines.push([]);
		places.push({
			block: first + index,
			...(block.kind === "heading" ? { heading: true as const } : {}),
			lines: own.map((line, at) => ({ line: lines.length + at, offset: 0, text: plain(line) })),
		});
		lines.push(...own);
	});
	return { lines, places };
}

/** Lays out groups of blocks as columns side by side, separated by a thin rule. */
function columns(parts: readonly Block[][], width: number, firsts: readonly number[]): PaneContent {
	const columnWidth = Math.floor((width - (parts.length - 1) * columnGap) / parts.length);
	const laidOut = parts.map((part, index) => placedBlocks(part, columnWidth, firsts[index] ?? 0));
	const height = Math.max(...laidOut.map((part) => part.lines.length));
	// Where each column starts in each line's text, to place its blocks' lines.
	const offsets: number[][] = [];
	const lines = Array.from({ length: height }, (_, index): Line => {
		const starts: number[] = [];
		offsets.push(starts);
		let offset = 0;
		return laidOut.flatMap((part, column): Line => {
			const cell = part.lines[index] ?? [];
			const text = plain(cell);
			const fill =
				column === laidOut.length - 1
					? []
					: [{ text: `${pad("", columnWidth - textWidth(text))} │ `, tone: "dim" as const }];
			starts.push(offset);
			offset += text.length + (fill[0]?.text.length ?? 0);
			return [...cell, ...fill];
		});
	});
	const places = laidOut.flatMap((part, column) =>
		part.places.map((place) => ({
			...place,
			lines: place.lines.map((at) => ({ ...at, offset: offsets[at.line]?.[column] ?? 0 })),
		})),
	);
	return { lines, places };
}

/** Returns the pillar tab names of the breakdown. */
export function pillarNames(section: Section): string[] {
	return groups(section.blocks).map((group) => (group[0]?.kind === "heading" ? group[0].text : ""));
}

function groupFirsts(parts: readonly Block[][]): number[] {
	let first = 0;
	return parts.map((part) => {
		const at = first;
		first += part.length;
		return at;
	});
}

function breakdownContent(section: Section, width: number, tab: number): PaneContent {
	const pillars = groups(section.blocks);
	const firsts = groupFirsts(pillars);
	if (breakdownFitsColumns(pillars.length, width)) return columns(pillars, width, firsts);
	const names = pillarNames(section);
	const tabs: Line = names.flatMap(
		(name, index): Line => [
			{ text: index === tab ? `[${name}]` : ` ${name} `, tone: index === tab ? "heading" : "dim" },
			{ text: " " },
		],
	);
	const chosen = Math.min(tab, pillars.length - 1);
	const pillar = pillars[chosen] ?? [];
	const first = firsts[chosen] ?? 0;
	const body = placedBlocks(pillar.slice(1), width, first + 1);
	const shift = 2;
	return {
		lines: [tabs, [], ...body.lines],
		places: [
			// The pillar's heading is its tab.
			{ block: first, heading: true, lines: [{ line: 0, offset: 0, text: plain(tabs) }] },
			...body.places.map((place) => ({
				...place,
				lines: place.lines.map((at) => ({ ...at, line: at.line + shift })),
			})),
		],
	};
}

function figuresContent(section: Section, width: number): PaneContent {
	if (!section.blocks.some((block) => block.kind === "table" && block.figures)) {
		return placedBlocks(section.blocks, width, 0);
	}
	// Tables are indented two columns for the selection marker; only the figure table's rows are selectable.
	const lines: Line[] = [];
	const places: BlockPlace[] = [];
	let figureRows: { start: number; end: number }[] | undefined;
	const chartBars: { line: number; figure: number }[] = [];
	let tableHeader: StickyHeader | undefined;
	const push = (block: number, own: Line[], offset: number) => {
		places.push({
			block,
			lines: own.map((line, at) => ({ line: lines.length + at, offset, text: plain(line).slice(offset) })),
		});
		lines.push(...own);
	};
	section.blocks.forEach((block, index) => {
		if (index > 0) lines.push([]);
		if (block.kind !== "table") {
			const own = blockLines(block, blockWidth(block, width));
			if (block.kind === "chart") {
				// A chart's bars are its last lines, one each, under its title.
				const first = lines.length + own.length - block.bars.length;
				for (const [at, bar] of block.bars.entries())
					if (bar.figure !== undefined) chartBars.push({ line: first + at, figure: bar.figure });
			}
			push(index, own, 0);
			return;
		}
		const layout = tableLayout(block.columns, block.rows, width - 2, block.align);
		const indent = (line: Line): Line => [{ text: "  " }, ...line];
		const start = lines.length;
		lines.push(...layout.header.map(indent));
		const rows = layout.rows.map((row) => {
			const rowStart = lines.length;
			lines.push(...row.map(indent));
			return { start: rowStart, end: lines.length };
		});
		places.push({
			block: index,
			lines: lines
				.slice(start)
				.map((line, at) => ({ line: start + at, offset: 2, text: plain(line).slice(2) })),
		});
		if (block.figures) {
			figureRows = rows;
			if (layout.header.length > 0)
				tableHeader = { start, end: start + layout.header.length, tableEnd: lines.length };
		}
	});
	return {
		lines,
		places,
		...(figureRows ? { figureRows } : {}),
		...(chartBars.length > 0 ? { chartBars } : {}),
		...(tableHeader ? { tableHeader } : {}),
	};
}

/**
 * Lays out one pane of a document at a width. The breakdown shows its pillars side by side when
 * they fit, else the pillar of tab `tab`; the source pane ends with the note's original text, or,
 * where the text it names cannot be read, with `unreadable`, the line that says so (dim).
 */
export function paneContent(
	document: BriefingDocument,
	pane: number,
	width: number,
	tab: number,
	originalText: string | undefined,
	unreadable?: string,
): PaneContent {
	const section = document.sections[pane];
	if (section === undefined) return { lines: [], places: [] };
	switch (section.id) {
		case "breakdown":
			return breakdownContent(section, width, tab);
		case "figures":
			return figuresContent(section, width);
		case "source": {
			const content = placedBlocks(section.blocks, width, 0);
			const rule: Line = [{ text: "─".repeat(width), tone: "dim" }];
			const measure = Math.min(width, proseMeasure);
			if (originalText === undefined || originalText.trim() === "") {
				if (unreadable === undefined) return content;
				const said = wrapText(unreadable, measure).map((text): Line => [{ text, tone: "dim" }]);
				return { lines: [...content.lines, [], rule, ...said], places: content.places };
			}
			const start = content.lines.length + 2;
			const original = wrapText(originalText.trim(), measure).map((text): Line => [{ text }]);
			return {
				lines: [...content.lines, [], rule, ...original],
				places: [
					...content.places,
					{
						block: -1,
						lines: original.map((line, at) => ({ line: start + at, offset: 0, text: plain(line) })),
					},
				],
			};
		}
		default:
			return placedBlocks(section.blocks, width, 0);
	}
}
