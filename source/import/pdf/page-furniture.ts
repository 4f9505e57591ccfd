/** A line of a page's text with where it stands on the page. */
export interface PageLine {
	text: string;
	/** The baseline, in points down from the top of the page. */
	y: number;
}

/** One page's lines in reading order and the page's height in points. */
export interface PageLines {
	lines: PageLine[];
	height: number;
}

const pageNumber =
	/^(?:第\s?\d{1,5}\s?页(?:\s?[,,/]?\s?共\s?\d{1,5}\s?页)?|[-–—]?\s?\d{1,5}\s?[-–—]?|\d{1,5}\s?\/\s?\d{1,5}|page\s\d{1,5}(?:\sof\s\d{1,5})?)$/iu;

// The top and bottom tenth of a page, where running headers, footers and page numbers stand.
function inMargin(line: PageLine, height: number): boolean {
	return line.y < height * 0.1 || line.y > height * 0.9;
}

function key(text: string): string {
	return text.replace(/\d+/gu, "#").replace(/\s+/gu, " ").trim();
}

/**
 * Drops a document's page furniture: page numbers ("3", "- 3 -", "3/30", "第3页 共30页", "Page 3
 * of 30") in the top or bottom tenth of any page, and a line in those margins that recurs (digits
 * aside) in the margins of another page, except where it first appears, so a running header or
 * footer is read once. Returns each page's remaining lines.
 */
export function dropPageFurniture(pages: readonly PageLines[]): PageLine[][] {
	const pagesWith = new Map<string, number>();
	for (const page of pages) {
		const keys = new Set(
			page.lines
				.filter((line) => line.text !== "" && inMargin(line, page.height))
				.map((line) => key(line.text)),
		);
		for (const text of keys) pagesWith.set(text, (pagesWith.get(text) ?? 0) + 1);
	}
	const seen = new Set<string>();
	return pages.map((page) =>
		page.lines.filter((line) => {
			if (line.text === "" || !inMargin(line, page.height)) return true;
			if (pageNumber.test(line.text.trim())) return false;
			const text = key(line.text);
			if ((pagesWith.get(text) ?? 0) < 2) return true;
			if (seen.has(text)) return false;
			seen.add(text);
			return true;
		}),
	);
}
