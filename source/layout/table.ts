import { pad, textWidth } from "../text/width.ts";
import { pieces, wrapText } from "../text/wrap.ts";
import type { Line } from "./line.ts";

const gap = 2;

// A column is not narrowed below this (or its widest cell, when that is narrower) even where its
// words would allow it, so a label does not become a column of single characters.
const narrowest = 6;

/** How a column's cells sit in it: numbers are right-aligned. */
export type Align = "left" | "right";

/**
 * Returns the widest run of a cell that may not be broken. The first column reads as prose and
 * breaks as text does (between words, and between CJK characters by the CJK line-breaking rules);
 * the others (values, periods, changes, sources) break only at spaces, so `约5000亿`, `US$44.35B` or
 * `华泰证券` stays whole.
 */
export function unbreakableWidth(cell: string, prose: boolean): number {
	let widest = 0;
	for (const line of cell.split("\n")) {
		if (prose) {
			for (const piece of pieces(line)) if (piece.text !== " ") widest = Math.max(widest, piece.width);
		} else for (const word of line.split(" ")) widest = Math.max(widest, textWidth(word));
	}
	return widest;
}

/** Wraps a cell within its column: prose as text wraps, the other columns at spaces only. */
function wrapCell(cell: string, width: number, prose: boolean): string[] {
	if (prose) return wrapText(cell, width);
	return cell.split("\n").flatMap((line) => {
		const lines: string[] = [];
		let current = "";
		for (const word of line.split(" ").filter(Boolean)) {
			const next = current === "" ? word : `${current} ${word}`;
			if (current !== "" && textWidth(next) > width) {
				lines.push(current);
				current = word;
			} else current = next;
		}
		lines.push(current);
		return lines;
	});
}

/**
 * Returns column widths that fit `width`: each column as wide as its widest cell, then the widest
 * column that may still give way narrowed by one, again and again, until the table fits; or
 * undefined when it cannot fit without breaking a word or a number inside a cell (see
 * {@link unbreakableWidth}), or without a column narrower than 6.
 */
export function columnWidths(
	columns: readonly string[],
	rows: readonly string[][],
	width: number,
): number[] | undefined {
	const widths: number[] = [];
	const least: number[] = [];
	columns.forEach((heading, index) => {
		const cells = [heading, ...rows.map((row) => row[index] ?? "")];
		const cellWidths = cells.map((cell) => textWidth(cell));
		widths.push(Math.max(...cellWidths));
		let unbreakable = Math.min(widths[index] ?? 0, narrowest);
		// No piece of a cell is wider than the cell: only wider cells need looking into.
		cells.forEach((cell, row) => {
			if ((cellWidths[row] ?? 0) > unbreakable)
				unbreakable = Math.max(unbreakable, unbreakableWidth(cell, index === 0 && row > 0));
		});
		least.push(unbreakable);
	});
	const available = width - gap * (columns.length - 1);
	if (least.reduce((sum, value) => sum + value, 0) > available) return undefined;
	let total = widths.reduce((sum, value) => sum + value, 0);
	while (total > available) {
		let widest = -1;
		widths.forEach((value, index) => {
			if (value > (least[index] ?? 0) && (widest === -1 || value > (widths[widest] ?? 0))) widest = index;
		});
		widths[widest] = (widths[widest] ?? 0) - 1;
		total -= 1;
	}
	return widths;
}

/** A laid-out table: its header lines (with the rule under them; none for cards), and each row's lines. */
export interface TableLayout {
	header: Line[];
	rows: Line[][];
}

/**
 * Lays out each row as a card: its first cell (the label) on a line of its own, then the other
 * cells after it, indented, joined by " · " and broken only between cells or at spaces.
 */
function cardLayout(rows: readonly string[][], width: number, align: readonly Align[]): TableLayout {
	return {
		header: [],
		rows: rows.map((row) => {
			const rest = row.slice(1).flatMap((cell, index) => (cell === "" ? [] : [{ cell, index: index + 1 }]));
			const lines: Line[] = wrapText(row[0] ?? "", width).map((text): Line => [{ text, tone: "label" }]);
			let current: Line = [];
			let used = 0;
			for (const { cell, index } of rest) {
				const tone = align[index] === "right" ? ("number" as const) : undefined;
				// A single word wider than the card (which no table could hold either) is broken as text is.
				const parts = wrapCell(cell, width - 4, false).flatMap((part) =>
					textWidth(part) > width - 2 ? wrapText(part, width - 2) : [part],
				);
				for (const [at, word] of parts.entries()) {
					const separator = current.length === 0 ? "  " : at === 0 ? " · " : " ";
					if (current.length > 0 && used + textWidth(separator + word) > width) {
						lines.push(current);
						current = [];
						used = 0;
					}
					const lead = current.length === 0 ? "  " : separator;
					current.push({ text: lead }, tone === undefined ? { text: word } : { text: word, tone });
					used += textWidth(lead + word);
				}
			}
			if (current.length > 0) lines.push(current);
			return lines;
		}),
	};
}

/**
 * Lays out a table with a header row and a rule under it. Cells wrap within their column (see
 * {@link columnWidths}); a column aligned right (a value) has its cells right-aligned; columns are
 * separated by two spaces and empty columns are left out. A table that would have to break a word or
 * a number inside a cell to fit `width` becomes a list of cards, one per row.
 */
export function tableLayout(
	columns: readonly string[],
	rows: readonly string[][],
	width: number,
	align: readonly Align[] = [],
): TableLayout {
	const used = columns.map((_, index) => rows.some((row) => (row[index] ?? "") !== ""));
	const keep = <T>(cells: readonly T[]) => cells.filter((_, index) => used[index]);
	const header = keep(columns);
	const body = rows.map((row) => keep(row));
	const aligns = keep(columns.map((_, index) => align[index] ?? "left"));
	const widths = columnWidths(header, body, width);
	if (widths === undefined) return cardLayout(body, width, aligns);
	const rowLines = (cells: readonly string[], tone: "label" | undefined): Line[] => {
		const wrapped = cells.map((cell, index) =>
			wrapCell(cell, widths[index] ?? narrowest, index === 0 && tone === undefined),
		);
		const height = Math.max(...wrapped.map((cell) => cell.length));
		return Array.from({ length: height }, (_, lineIndex) => {
			const text = wrapped
				.map((cell, index) => {
					const part = pad(cell[lineIndex] ?? "", widths[index] ?? 0, aligns[index]);
					return index === wrapped.length - 1 ? part : part + " ".repeat(gap);
				})
				.join("")
				.trimEnd();
			return tone === undefined ? [{ text }] : [{ text, tone }];
		});
	};
	const rule = widths.map((value) => "─".repeat(value)).join(" ".repeat(gap));
	return {
		header: [...rowLines(header, "label"), [{ text: rule, tone: "dim" }]],
		rows: body.map((row) => rowLines(row, undefined)),
	};
}

/** Lays out a table as lines: see {@link tableLayout}. */
export function tableLines(
	columns: readonly string[],
	rows: readonly string[][],
	width: number,
	align: readonly Align[] = [],
): Line[] {
	const { header, rows: body } = tableLayout(columns, rows, width, align);
	return [...header, ...body.flat()];
}
