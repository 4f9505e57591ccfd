import type { Row, Segment } from "./rows.ts";

interface Gutter {
	from: number;
	to: number;
}

interface Region {
	start: number;
	end: number;
	gutter: Gutter;
}

// The gutter narrowed to stay clear of the row's segments, or undefined where a segment crosses it.
function narrow(row: Row, gutter: Gutter, minimum: number): Gutter | undefined {
	let { from, to } = gutter;
	for (const segment of row.segments) {
		if (segment.x >= to || segment.end <= from) continue;
		if (segment.x + segment.end < from + to) from = Math.max(from, segment.end);
		else to = Math.min(to, segment.x);
	}
	return to - from >= minimum ? { from, to } : undefined;
}

function sides(row: Row, gutter: Gutter): { left: Segment[]; right: Segment[] } {
	return {
		left: row.segments.filter((segment) => segment.end <= gutter.from),
		right: row.segments.filter((segment) => segment.x >= gutter.to),
	};
}

// The rows around `seed` that keep clear of the gutter, from no earlier than `first`.
function grow(rows: readonly Row[], seed: number, first: number, gutter: Gutter, minimum: number): Region {
	let current = gutter;
	let end = seed + 1;
	for (; end < rows.length; end += 1) {
		const next = narrow(rows[end] as Row, current, minimum);
		if (next === undefined) break;
		current = next;
	}
	let start = seed;
	for (; start > first; start -= 1) {
		const next = narrow(rows[start - 1] as Row, current, minimum);
		if (next === undefined) break;
		current = next;
	}
	return { start, end, gutter: current };
}

function medianLength(segments: Segment[]): number {
	const lengths = segments.map((segment) => Array.from(segment.text).length).sort((a, b) => a - b);
	return lengths[Math.floor(lengths.length / 2)] ?? 0;
}

// Two columns, not a table: at least three rows with text on both sides of the gutter, one segment
// a side in most of them (a table's rows have more), and running text on one side at least, its
// lines 15 characters long or more (a table's cells, a label and its value, are shorter).
function isColumns(rows: readonly Row[], region: Region): boolean {
	const inside = rows.slice(region.start, region.end).map((row) => sides(row, region.gutter));
	const both = inside.filter(({ left, right }) => left.length > 0 && right.length > 0);
	const cells = both.filter(({ left, right }) => left.length > 1 || right.length > 1).length;
	const running = (side: "left" | "right") => medianLength(inside.flatMap((row) => row[side])) >= 15;
	return both.length >= 3 && cells * 4 <= both.length && (running("left") || running("right"));
}

// More rows than any page of a note holds: such a page is read row by row, since looking for
// columns takes time that grows with the square of the rows.
const mostRows = 1000;

/**
 * Puts a page's rows in reading order: where rows side by side keep clear of one vertical gutter
 * (at least twice the typical font size wide) for three rows or more, and read as two columns of
 * running text rather than a table, the left column's lines come before the right column's. Other
 * rows stay whole, their segments (a table row's cells) in one line. Returns one row per line, top
 * to bottom. A page of more than 1,000 rows is returned as it is.
 */
export function readColumns(rows: readonly Row[], fontSize: number): Row[] {
	if (rows.length > mostRows) return [...rows];
	const minimum = 2 * fontSize;
	const ordered: Row[] = [];
	let pending = 0;
	for (let index = 0; index < rows.length; index += 1) {
		const row = rows[index] as Row;
		let best: Region | undefined;
		for (let cut = 1; cut < row.segments.length; cut += 1) {
			const gutter = { from: (row.segments[cut - 1] as Segment).end, to: (row.segments[cut] as Segment).x };
			if (gutter.to - gutter.from < minimum) continue;
			const region = grow(rows, index, pending, gutter, minimum);
			if (
				isColumns(rows, region) &&
				(best === undefined || region.end - region.start > best.end - best.start)
			) {
				best = region;
			}
		}
		if (best === undefined) continue;
		ordered.push(...rows.slice(pending, best.start));
		const inside = rows.slice(best.start, best.end);
		for (const side of ["left", "right"] as const) {
			for (const row of inside) {
				const segments = sides(row, best.gutter)[side];
				if (segments.length > 0) ordered.push({ ...row, segments });
			}
		}
		pending = best.end;
		index = best.end - 1;
	}
	ordered.push(...rows.slice(pending));
	return ordered;
}
