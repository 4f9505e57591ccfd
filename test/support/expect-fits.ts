import stringWidth from "string-width";
import { expect } from "vitest";

// SGR colour and style sequences, which take no columns.
const sgr = /\u001b\[[0-9;]*m/gu;

// Widths already measured: outputs repeat their lines, and string-width is slow on long ones.
const widths = new Map<string, number>();

function widthOf(line: string): number {
	if (/^[\u0020-\u007e]*$/u.test(line)) return line.length;
	let width = widths.get(line);
	if (width === undefined) {
		width = stringWidth(line);
		if (widths.size < 100_000) widths.set(line, width);
	}
	return width;
}

/**
 * Returns a line with a whole address at its end left out: printed output keeps an address whole past
 * the width where it cannot link it (see layout/address), and only that may pass the width.
 */
export function withoutWholeAddress(line: string): string {
	return line.replace(/ https?:\/\/[\x21-\x7e]+$/, "");
}

/**
 * Checks the promises printed output and every reader frame keep: no line wider than `columns`
 * (colour sequences take none), and, given `rows`, at most `rows - 1` lines (a taller frame makes
 * Ink clear the screen). A failure names the widest line.
 */
export function expectFits(text: string, columns: number, rows?: number): void {
	// A frame (given rows) cuts every address; only printed output keeps one whole past the width.
	const lines = text
		.replace(sgr, "")
		.split("\n")
		.map((line) => (rows === undefined ? withoutWholeAddress(line) : line));
	if (rows !== undefined) expect(lines.length, "lines in the frame").toBeLessThanOrEqual(rows - 1);
	const widest = lines.reduce((most, line) => Math.max(most, widthOf(line)), 0);
	const first = lines.find((line) => widthOf(line) === widest) ?? "";
	expect(
		widest,
		`the widest line fits ${columns} columns: ${JSON.stringify(first.slice(0, 200))}`,
	).toBeLessThanOrEqual(columns);
}
