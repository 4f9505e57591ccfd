import { foldCase } from "../text/fold-case.ts";
import { foldLines } from "../text/fold-lines.ts";
import { pad, textWidth, truncate } from "../text/width.ts";
import { wrapText } from "../text/wrap.ts";

/** The columns of a library row, in order. */
export const libraryColumns = ["date", "broker", "sector", "title", "tickers"] as const;

/** Which columns a library listing shows, and how wide each is. */
export interface LibraryLayout {
	/** Indices into `libraryColumns` of the columns shown, in order. */
	shown: number[];
	/** The width of each shown column. */
	widths: number[];
}

const title = 3;
/** The narrowest the title may get before a column is dropped. */
export const minimumTitleWidth = 20;
// A title this wide shows most titles whole: past it, a capped column's cut costs the reader more.
const comfortableTitleWidth = 60;
// The widest broker, sector and tickers get while the title needs the room; the title takes the rest.
const caps = [Number.POSITIVE_INFINITY, 18, 12, 0, 12];
// Which columns go first when the title would get too narrow.
const dropOrder = [4, 2, 1];
const gap = 2;

/**
 * Lays out library rows (cells in `libraryColumns` order) at a width: date, broker, sector and
 * tickers as wide as their widest cell (capped), the title the rest. Where the title would get under
 * `minimumTitleWidth` columns, whole columns are dropped, tickers first, then sector, then broker.
 * Where the title has more room than its widest cell or 60 columns, the room left is given back
 * to the capped columns (broker, then sector, then tickers) up to their widest cell, so a wide
 * screen cuts none of them. Only the first 2,000 rows are measured, so a large library lays out fast.
 */
export function libraryLayout(
	rows: readonly (readonly string[])[],
	headings: readonly string[],
	width: number,
): LibraryLayout {
	const measured = rows.slice(0, 2000);
	const widest = libraryColumns.map((_, index) =>
		Math.max(
			textWidth(headings[index] ?? ""),
			...measured.map((row) => textWidth(foldLines(row[index] ?? ""))),
		),
	);
	const natural = widest.map((most, index) => Math.min(caps[index] ?? 0, most));
	let shown = libraryColumns.map((_, index) => index);
	const rest = () =>
		width -
		shown.reduce((sum, index) => sum + (index === title ? 0 : (natural[index] ?? 0)), 0) -
		gap * (shown.length - 1);
	for (const drop of dropOrder) {
		if (rest() >= minimumTitleWidth) break;
		shown = shown.filter((index) => index !== drop);
	}
	for (const index of [1, 2, 4].filter((column) => shown.includes(column))) {
		const spare = rest() - Math.min(widest[title] ?? 0, comfortableTitleWidth);
		if (spare <= 0) break;
		natural[index] = Math.min(widest[index] ?? 0, (natural[index] ?? 0) + spare);
	}
	const widths = shown.map((index) => (index === title ? Math.max(1, rest()) : (natural[index] ?? 0)));
	return { shown, widths };
}

/** Draws one row (or the headings) of a library listing in a layout: no wider than the layout, one line. */
export function libraryRowText(cells: readonly string[], layout: LibraryLayout): string {
	return layout.shown
		.map((column, index) => {
			const width = layout.widths[index] ?? 0;
			return pad(truncate(foldLines(cells[column] ?? ""), width), width);
		})
		.join(" ".repeat(gap))
		.trimEnd();
}

/**
 * Draws one row of a library listing in a layout with every cell in full: each wraps within its
 * column, so a row may take several lines (for printed listings, where nothing may be cut).
 */
export function libraryRowLines(cells: readonly string[], layout: LibraryLayout): string[] {
	const wrapped = layout.shown.map((column, index) =>
		wrapText(foldLines(cells[column] ?? ""), layout.widths[index] ?? 1),
	);
	const height = Math.max(1, ...wrapped.map((cell) => cell.length));
	return Array.from({ length: height }, (_, line) =>
		wrapped
			.map((cell, index) => pad(cell[line] ?? "", layout.widths[index] ?? 0))
			.join(" ".repeat(gap))
			.trimEnd(),
	);
}

/** Draws the rule under a library listing's headings, one dash per column of each shown column. */
export function libraryRule(layout: LibraryLayout): string {
	return layout.widths.map((width) => "─".repeat(width)).join(" ".repeat(gap));
}

/** A text to find in a library row: in one column (by its index in `libraryColumns`), or in any. */
export interface RowTerm {
	text: string;
	column?: number;
}

/**
 * Returns where terms occur in a row as {@link libraryRowText} draws it: ranges (UTF-16 offsets) of
 * the drawn text, sorted, case and full-width forms ignored. A term is looked for in the drawn
 * cells only, so a part cut off with "…" is not marked.
 */
export function libraryRowMatches(
	cells: readonly string[],
	layout: LibraryLayout,
	terms: readonly RowTerm[],
): { start: number; end: number }[] {
	const ranges: { start: number; end: number }[] = [];
	let offset = 0;
	layout.shown.forEach((column, index) => {
		const width = layout.widths[index] ?? 0;
		const drawn = truncate(foldLines(cells[column] ?? ""), width);
		const folded = foldCase(drawn);
		// Folding that changes a text's length (rare) would misplace the ranges: such a cell is not marked.
		if (folded.length === drawn.length) {
			for (const term of terms) {
				const needle = foldCase(term.text);
				if (needle === "" || (term.column !== undefined && term.column !== column)) continue;
				for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length))
					ranges.push({ start: offset + at, end: offset + at + needle.length });
			}
		}
		offset += pad(drawn, width).length + gap;
	});
	return ranges.sort((a, b) => a.start - b.start);
}
