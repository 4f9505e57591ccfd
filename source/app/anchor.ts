import type { BlockPlace } from "./pane-content.ts";

/**
 * A place in a pane by its content rather than its line number: the heading it is under (counted
 * from 0 in the pane; -1 before the first) and how far it is, as a fraction, from that heading to
 * the next. A pane laid out at another width or in another language has the same headings, so the
 * place survives a resize or a change of language.
 */
export interface Anchor {
	heading: number;
	fraction: number;
}

function headingStarts(places: readonly BlockPlace[]): number[] {
	const starts = places.flatMap((place) => (place.heading && place.lines[0] ? [place.lines[0].line] : []));
	return [...new Set(starts)].sort((a, b) => a - b);
}

function span(starts: readonly number[], heading: number, lineCount: number): [number, number] {
	const start = heading < 0 ? 0 : (starts[heading] ?? 0);
	return [start, Math.max(start + 1, starts[heading + 1] ?? lineCount)];
}

/** Returns the anchor of a line of a pane laid out as `places` (with `lineCount` lines). */
export function anchorOf(places: readonly BlockPlace[], line: number, lineCount: number): Anchor {
	const starts = headingStarts(places);
	let heading = -1;
	while (heading + 1 < starts.length && (starts[heading + 1] ?? 0) <= line) heading += 1;
	const [start, end] = span(starts, heading, lineCount);
	return { heading, fraction: (line - start) / (end - start) };
}

/** Returns the line of a pane laid out as `places` that an anchor stands for. */
export function lineOf(places: readonly BlockPlace[], anchor: Anchor, lineCount: number): number {
	const starts = headingStarts(places);
	const heading = Math.min(anchor.heading, starts.length - 1);
	const [start, end] = span(starts, heading, lineCount);
	return start + Math.round(anchor.fraction * (end - start));
}
