import { graphemesOf } from "./width.ts";

/**
 * Folds text for matching what a person types: compatibility forms unified (full-width Ａ is A,
 * ① is 1) and lower case. The library's filters and its search fold alike, so a query finds what
 * a filter would. Lower case without the locale, so an index folds alike wherever it is built.
 */
export function foldCase(text: string): string {
	return text.normalize("NFKC").toLowerCase();
}

/**
 * Maps ranges of `folded` (`foldCase(text)`, in UTF-16 offsets) to the ranges of `text` they were
 * folded from, where folding changed the text's length (ﬁ is fi, ﷺ a phrase, e and a combining
 * accent one character): each grapheme is folded on its own, and a range covers the graphemes its
 * ends fall in. Returns undefined where the graphemes folded one by one are not as long as `folded`.
 */
export function unfoldedRanges(
	text: string,
	folded: string,
	ranges: readonly { start: number; end: number }[],
): { start: number; end: number }[] | undefined {
	// Each grapheme's start in the text, and where its folded form starts in `folded`.
	const starts: { text: number; folded: number }[] = [];
	let at = 0;
	let index = 0;
	for (const grapheme of graphemesOf(text)) {
		starts.push({ text: index, folded: at });
		index += grapheme.length;
		at += foldCase(grapheme).length;
	}
	if (at !== folded.length) return undefined;
	starts.push({ text: text.length, folded: at });
	// The grapheme holding folded offset `offset`: the last whose folded form starts at or before it.
	const holding = (offset: number) => {
		let low = 0;
		let high = starts.length - 2;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if ((starts[middle] as { folded: number }).folded <= offset) low = middle;
			else high = middle - 1;
		}
		return low;
	};
	return ranges.map(({ start, end }) => ({
		start: (starts[holding(start)] as { text: number }).text,
		end: (starts[holding(end - 1) + 1] as { text: number }).text,
	}));
}
