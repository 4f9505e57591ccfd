import type { Language } from "../document/language.ts";

/**
 * Returns the positions of `cells` (0 to length - 1, the rows of a list in the library's order)
 * ordered as the reader sorts a column: by Intl.Collator for the language (English for `en`, Chinese
 * otherwise), empty cells last, and rows whose cells compare equal in their order. Each distinct cell
 * is collated once and the rows are then placed by its rank (a stable counting sort), so a column whose
 * cells repeat (brokers, sectors) sorts 100,000 rows in a few milliseconds.
 */
export function sortedByCells(cells: readonly string[], language: Language): number[] {
	const collator = new Intl.Collator(language === "en" ? "en" : "zh");
	const distinct = [...new Set(cells)].sort(
		(a, b) => Number(a === "") - Number(b === "") || collator.compare(a, b),
	);
	// Cells the collator holds equal share a rank, so their rows keep the library's order between them.
	const ranks = new Map<string, number>();
	let rank = -1;
	distinct.forEach((cell, index) => {
		const previous = distinct[index - 1];
		if (previous === undefined || cell === "" || collator.compare(previous, cell) !== 0) rank += 1;
		ranks.set(cell, rank);
	});
	const rowRanks = cells.map((cell) => ranks.get(cell) ?? 0);
	const starts = new Array<number>(rank + 2).fill(0);
	for (const each of rowRanks) starts[each + 1] = (starts[each + 1] ?? 0) + 1;
	for (let each = 1; each < starts.length; each += 1)
		starts[each] = (starts[each] ?? 0) + (starts[each - 1] ?? 0);
	const sorted = new Array<number>(cells.length);
	rowRanks.forEach((each, position) => {
		const at = starts[each] ?? 0;
		sorted[at] = position;
		starts[each] = at + 1;
	});
	return sorted;
}
