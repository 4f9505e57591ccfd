import { textWidth } from "../text/width.ts";
import { wrapText } from "../text/wrap.ts";
import type { Line } from "./line.ts";

const gap = 2;

const narrowest = 6;

/**
 * Returns column widths that fit `width`: each column as wide as its widest cell, then the widest
 * columns narrowed, one column at a time, until the table fits; or undefined when it cannot fit
 * without a column narrower than 6.
 */
export function columnWidths(
	columns: readonly string[],
	rows: readonly string[][],
	width: number,
): number[] | undefined {
	const widths = columns.map((column, index) =>
		Math.max(textWidth(column), ...rows.map((row) => textWidth(row[index] ?? ""))),
	);
	const available = width - gap * (columns.length - 1);
	let total = widths.reduce((sum, value) => sum + value, 0);
	while (total > available) {
		const widest = widths.indexOf(Math.max(...widths));
		if ((widths[widest] ?? 0) <= narrowest) return undefined;
		widths[widest] = (widths[widest] ?? 0) - 1;
		total -= 1;
	}
	return widths;
}

/** A laid-out table: its header lines (with the rule under them), and each row's lines. */
export interface TableLayout {
	header: Line[];
	rows: Line[][];
}

/** Lays out each row as a card: its first cell on a line, the others after it, indented. */
function cardLayout(rows: readonly string[][], width: number): TableLayout {
	return {
		header: [],
		rows: rows.map((row) => [
			...wrapText(row[0] ?? "", width).map((text): Line => [{ text, tone: "label" }]),
			...wrapText(row.slice(1).filter(Boolean).join(" · "), width - 2).map(
				(text): Line => [{ text: `  ${text}` }],
			),
		]),
	};
}

/**
 * Lays out a table with a header row and a rule under it. Cells wrap within their column; columns
 * are separated by two spaces. Empty columns are left out. A table too wide for `width` becomes a
 * list of cards, one per row.
 */
export function tableLayout(
	columns: readonly string[],
	rows: readonly string[][],
	width: number,
): TableLayout {
	const used = columns.map((_, index) => rows.some((row) => (row[index] ?? "") !== ""));
	const keep = <T>(cells: readonly T[]) => cells.filter((_, index) => used[index]);
	const header = keep(columns);
	const body = rows.map((row) => keep(row));
	const widths = columnWidths(header, body, width);
	if (widths === undefined) return cardLayout(body, width);
	const rowLines = (cells: readonly string[], tone: "label" | undefined): Line[] => {
		const wrapped = cells.map((cell, index) => wrapText(cell, widths[index] ?? 6));
		const height = Math.max(...wrapped.map((cell) => cell.length));
		return Array.from({ length: height }, (_, lineIndex) => {
			const text = wrapped
				.map((cell, index) => {
					const part = cell[lineIndex] ?? "";
					return index === wrapped.length - 1
						? part
						: part + " ".repeat((widths[index] ?? 0) - textWidth(part) + gap);
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
export function tableLines(columns: readonly string[], rows: readonly string[][], width: number): Line[] {
	const { header, rows: body } = tableLayout(columns, rows, width);
	return [...header, ...body.flat()];
}
