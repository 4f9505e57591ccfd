import { readColumns } from "./columns.ts";
import { dropPageFurniture, type PageLines } from "./page-furniture.ts";
import { groupRows } from "./rows.ts";
import { type TextItem, typicalHeight } from "./text-item.ts";
import { dropDoubledRuns } from "./undouble.ts";

/** A page's text runs and its height in points. */
export interface PageItems {
	items: readonly TextItem[];
	height: number;
}

/**
 * One page's lines in reading order: runs drawn twice for fake bold kept once, rows by baseline,
 * two columns read left then right, a table row kept as one line of cells two spaces apart. An
 * empty line stands where the text skips more than a line (a paragraph's or block's end) or goes
 * back up (the next column).
 */
export function pageLines(page: PageItems): PageLines {
	const items = dropDoubledRuns(page.items);
	const rows = readColumns(groupRows(items), typicalHeight(items));
	const lines: PageLines["lines"] = [];
	rows.forEach((row, index) => {
		const above = rows[index - 1];
		if (above && (row.y < above.y || row.y - above.y > 1.8 * Math.max(row.height, above.height))) {
			lines.push({ y: row.y, text: "" });
		}
		lines.push({ y: row.y, text: row.segments.map((segment) => segment.text).join("  ") });
	});
	return { height: page.height, lines };
}

/**
 * The text of the pages read, as clean first-page text: one line per visual line in reading order,
 * page furniture (page numbers, running headers and footers) left out, a blank line between pages.
 */
export function documentText(pages: readonly PageItems[]): string {
	return dropPageFurniture(pages.map(pageLines))
		.map((lines) => lines.map((line) => line.text).join("\n"))
		.map((page) => page.replace(/\n{3,}/gu, "\n\n").trim())
		.filter((page) => page !== "")
		.join("\n\n");
}
