import type { Language } from "../document/language.ts";

/** A column of the library's list that an order sorts by. */
export type SortColumn = "broker" | "sector" | "title";

/**
 * Returns the rank of each distinct cell of a column as the reader sorts it: by Intl.Collator for the
 * language (English for `en`, Chinese otherwise), empty cells last; cells the collator holds equal
 * share a rank. Each distinct cell is collated once, so a column whose cells repeat (brokers,
 * sectors) costs as much as its distinct values.
 */
export function cellRanks(cells: Iterable<string>, language: Language): Map<string, number> {
	const collator = new Intl.Collator(language === "en" ? "en" : "zh");
	const distinct = [...new Set(cells)].sort(
		(a, b) => Number(a === "") - Number(b === "") || collator.compare(a, b),
	);
	const ranks = new Map<string, number>();
	let rank = -1;
	distinct.forEach((cell, index) => {
		const previous = distinct[index - 1];
		if (previous === undefined || cell === "" || collator.compare(previous, cell) !== 0) rank += 1;
		ranks.set(cell, rank);
	});
	return ranks;
}

/**
 * Returns the positions 0 to length - 1 of `ranks` (whole numbers from 0) ordered by rank, positions
 * of one rank in rising order: a stable counting sort, linear in the rows.
 */
export function byRank(ranks: ArrayLike<number>): number[] {
	let top = 0;
	for (let place = 0; place < ranks.length; place += 1) top = Math.max(top, ranks[place] as number);
	const starts = new Int32Array(top + 2);
	const count = (rank: number) => starts[rank] as number;
	for (let place = 0; place < ranks.length; place += 1) {
		const next = (ranks[place] as number) + 1;
		starts[next] = count(next) + 1;
	}
	for (let rank = 1; rank < starts.length; rank += 1) starts[rank] = count(rank) + count(rank - 1);
	const sorted = new Array<number>(ranks.length);
	for (let place = 0; place < ranks.length; place += 1) {
		const rank = ranks[place] as number;
		sorted[count(rank)] = place;
		starts[rank] = count(rank) + 1;
	}
	return sorted;
}

/**
 * Returns the positions of `cells` (the rows of a list in the library's order) ordered as the reader
 * sorts a column (see cellRanks): rows whose cells compare equal stay in the library's order.
 */
export function sortedByCells(cells: readonly string[], language: Language): number[] {
	const ranks = cellRanks(cells, language);
	return byRank(cells.map((cell) => ranks.get(cell) ?? 0));
}
