import type { TextItem } from "./text-item.ts";

/** A stretch of one row between two wide gaps: a table cell, a column's line, or a whole line. */
export interface Segment {
	/** Left and right edges, in points. */
	x: number;
	end: number;
	text: string;
}

/** One visual line: the runs that share a baseline, cut into segments at wide gaps. */
export interface Row {
	/** The baseline, in points down from the top of the page, and the largest font size on it. */
	y: number;
	height: number;
	segments: Segment[];
}

const han = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
// Single Han characters each followed by one space, three or more in a row: letter-spaced text.
const spacedHan = /(?<!\p{Script=Han})\p{Script=Han}(?: \p{Script=Han}){2,}(?!\p{Script=Han})/gu;

/** Joins Han characters set one space apart ("證 券 研 究" → "證券研究"); other spaces stay. */
export function joinSpacedHan(text: string): string {
	return text.replace(spacedHan, (run) => run.replaceAll(" ", ""));
}

// The text between two runs of one segment: a space where they stand apart by more than a sixth of
// the font size between Latin words or numbers, and by half of it or more next to Chinese (closer
// than that, a PDF has set the characters a little apart, and Chinese has no spaces between words).
function joiner(left: string, right: string, gap: number, height: number): string {
	if (left.endsWith(" ") || right.startsWith(" ")) return "";
	const chinese = han.test(left.at(-1) ?? "") || han.test(right[0] ?? "");
	return gap >= (chinese ? height / 2 : height / 6) ? " " : "";
}

/**
 * Groups items into rows by baseline (within a third of the font size, top to bottom) and cuts
 * each row into segments where the gap between two runs is wider than 1.5 times the font size: the
 * cells of a table row, or the lines of two columns side by side.
 */
export function groupRows(items: readonly TextItem[]): Row[] {
	const sorted = items.filter((item) => item.str.trim() !== "").sort((a, b) => a.y - b.y || a.x - b.x);
	const lines: TextItem[][] = [];
	for (const item of sorted) {
		const line = lines.at(-1);
		const first = line?.[0];
		if (line && first && Math.abs(item.y - first.y) <= Math.min(item.height, first.height) / 3) {
			line.push(item);
		} else lines.push([item]);
	}
	return lines.map((line) => {
		const byX = line.sort((a, b) => a.x - b.x);
		const height = Math.max(...byX.map((item) => item.height));
		const segments: Segment[] = [];
		let open: Segment | undefined;
		for (const item of byX) {
			const gap = open === undefined ? 0 : item.x - open.end;
			if (open === undefined || gap > 1.5 * height) {
				open = { x: item.x, end: item.x + item.width, text: item.str };
				segments.push(open);
			} else {
				open.text += joiner(open.text, item.str, gap, height) + item.str;
				open.end = Math.max(open.end, item.x + item.width);
			}
		}
		for (const segment of segments) segment.text = joinSpacedHan(segment.text.trim());
		return { y: byX[0]?.y ?? 0, height, segments };
	});
}
