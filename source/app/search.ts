import type { Line, Span } from "../layout/line.ts";
import { plain } from "../layout/line.ts";

/** Where a search matched: a pane, the breakdown tab (0 elsewhere), a line, and a range in its text. */
export interface Match {
	pane: number;
	tab: number;
	line: number;
	start: number;
	end: number;
}

/** The lines of each place search looks: a pane, and for the narrow breakdown each of its tabs. */
export interface SearchPlace {
	pane: number;
	tab: number;
	lines: Line[];
}

/**
 * Finds every occurrence of a query in the places' lines, ignoring case (Unicode-aware), in reading
 * order. Chinese needs no spaces: a query matches wherever its characters stand together.
 */
export function findMatches(places: readonly SearchPlace[], query: string): Match[] {
	const needle = query.toLocaleLowerCase();
	if (needle.trim() === "") return [];
	const matches: Match[] = [];
	for (const { pane, tab, lines } of places) {
		lines.forEach((line, index) => {
			const text = plain(line).toLocaleLowerCase();
			for (
				let start = text.indexOf(needle);
				start !== -1;
				start = text.indexOf(needle, start + needle.length)
			) {
				matches.push({ pane, tab, line: index, start, end: start + needle.length });
			}
		});
	}
	return matches;
}

/** A span with a flag saying whether it lies inside a match. */
export type MarkedSpan = Span & { marked?: "match" | "current" };

/**
 * Splits a line's spans at the edges of the given ranges, marking the parts inside them, so a
 * renderer can highlight matches without changing the text.
 */
export function markRanges(
	line: Line,
	ranges: readonly { start: number; end: number; current: boolean }[],
): MarkedSpan[] {
	if (ranges.length === 0) return line;
	const result: MarkedSpan[] = [];
	let offset = 0;
	for (const span of line) {
		const spanEnd = offset + span.text.length;
		const cuts = new Set([offset, spanEnd]);
		for (const range of ranges) {
			if (range.start > offset && range.start < spanEnd) cuts.add(range.start);
			if (range.end > offset && range.end < spanEnd) cuts.add(range.end);
		}
		const points = [...cuts].sort((a, b) => a - b);
		for (let index = 0; index < points.length - 1; index += 1) {
			const from = points[index] ?? 0;
			const to = points[index + 1] ?? 0;
			const range = ranges.find((candidate) => candidate.start <= from && candidate.end >= to);
			const part: MarkedSpan = { ...span, text: span.text.slice(from - offset, to - offset) };
			if (range) part.marked = range.current ? "current" : "match";
			result.push(part);
		}
		offset = spanEnd;
	}
	return result;
}
