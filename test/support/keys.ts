import { textWidth } from "../../source/text/width.ts";

/** The byte sequences a terminal sends for common keys, for a pty session or ink-testing-library's stdin. */
export const keys = {
	up: "\u001b[A",
	down: "\u001b[B",
	right: "\u001b[C",
	left: "\u001b[D",
	home: "\u001b[H",
	end: "\u001b[F",
	pageUp: "\u001b[5~",
	pageDown: "\u001b[6~",
	tab: "\t",
	shiftTab: "\u001b[Z",
	escape: "\u001b",
	enter: "\r",
	backspace: "\u007f",
	ctrlC: "\u0003",
} as const;

/** The SGR mouse report (mode 1006) of an action at a cell counted from 0 (the terminal counts from 1). */
export function mouse(
	action: "click" | "release" | "wheelUp" | "wheelDown",
	column: number,
	row: number,
): string {
	const code = { click: 0, release: 0, wheelUp: 64, wheelDown: 65 }[action];
	return `\u001b[<${code};${column + 1};${row + 1}${action === "release" ? "m" : "M"}`;
}

/**
 * Returns the cell (counted from 0) where `text` first appears in a frame, for clicking on it: its
 * column counts cells, so a wide (CJK) character before it counts two.
 */
export function cellOf(frame: string, text: string): { column: number; row: number } {
	const lines = frame.split("\n");
	const row = lines.findIndex((line) => line.includes(text));
	if (row === -1) throw new Error(`"${text}" is not on the screen:\n${frame}`);
	const line = lines[row] ?? "";
	return { column: textWidth(line.slice(0, line.indexOf(text))), row };
}
