/**
 * A run of text as a PDF draws it, in page space seen upright: `x` is the left edge and `y` the
 * baseline measured down from the top of the page, both in points; `width` is the run's advance and
 * `height` its font size, in points.
 */
export interface TextItem {
	str: string;
	x: number;
	y: number;
	width: number;
	height: number;
	fontName: string;
}

/** The median font size of the items, in points (10 for none). */
export function typicalHeight(items: readonly TextItem[]): number {
	const heights = items.map((item) => item.height).sort((a, b) => a - b);
	return heights[Math.floor(heights.length / 2)] ?? 10;
}
