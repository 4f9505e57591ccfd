import { textWidth } from "../../text/width.ts";
import type { MouseInput } from "../keys/decode-keys.ts";

/** A run of cells: `start` to one before `end`. */
export interface Span {
	start: number;
	end: number;
}

/**
 * Where the parts the mouse acts on are on the screen, rows and columns counted from 0 at the top
 * left: the scrolling body (a pane, the library's rows, the help), and the pane tabs where shown.
 * It is derived from the same layout the frame is drawn from (see reader-model).
 */
export interface ScreenMap {
	body: { top: number; height: number };
	tabs?: { row: number; spans: Span[] };
}

/** Lines the wheel scrolls per notch, as in most terminals' own scrollback. */
export const wheelLines = 3;

/** What a mouse report asks for, in terms of the screen: scroll the body, a tab, a body row (from its top). */
export type MouseTarget =
	| { kind: "scroll"; by: number }
	| { kind: "tab"; index: number }
	| { kind: "row"; index: number };

/**
 * Returns the columns of each tab of a tab bar drawn from `left` on: the fitted pieces, one per tab,
 * in order; a piece added by the fitting (the `…` of a cut bar, without `active`) is no tab.
 */
export function tabSpans(pieces: readonly { text: string; active?: boolean }[], left: number): Span[] {
	let start = left;
	return pieces.flatMap((piece) => {
		const span = { start, end: start + textWidth(piece.text) };
		start = span.end;
		return piece.active === undefined ? [] : [span];
	});
}

/**
 * Returns what a mouse report means on a screen: the wheel over the body scrolls it; a left click
 * on a tab chooses it; a left click in the body points at its row. Anything else (a release, a
 * drag, the wheel over the header or footer) means nothing.
 */
export function mouseTarget(mouse: MouseInput, screen: ScreenMap): MouseTarget | undefined {
	const { body, tabs } = screen;
	const inBody = mouse.row >= body.top && mouse.row < body.top + body.height;
	if (mouse.action === "wheelUp" || mouse.action === "wheelDown") {
		return inBody
			? { kind: "scroll", by: mouse.action === "wheelDown" ? wheelLines : -wheelLines }
			: undefined;
	}
	if (mouse.action !== "press" || mouse.button !== 0) return undefined;
	if (tabs && mouse.row === tabs.row) {
		const index = tabs.spans.findIndex((span) => mouse.column >= span.start && mouse.column < span.end);
		return index === -1 ? undefined : { kind: "tab", index };
	}
	return inBody ? { kind: "row", index: mouse.row - body.top } : undefined;
}
