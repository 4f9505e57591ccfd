/** What bm25 needs to know of the library: how many notes it has, and their mean length. */
export interface LibraryStats {
	notes: number;
	meanLength: number;
}

/**
 * Returns each text's bm25 score for some terms (higher is more relevant; Robertson's formula with
 * k1 = 1.2 and b = 0.75, as SQLite's FTS5 uses): a term's frequency is how often it occurs in the
 * text as a substring, its document frequency how many of `texts` hold it — exact when `texts` are
 * every note that may hold a term, as the index's candidates are.
 */
export function bm25(texts: readonly string[], terms: readonly string[], stats: LibraryStats): number[] {
	const k1 = 1.2;
	const b = 0.75;
	const counts = texts.map((text) => terms.map((term) => occurrences(text, term)));
	const notes = Math.max(stats.notes, texts.length);
	const idf = terms.map((_, index) => {
		const holding = counts.filter((each) => (each[index] ?? 0) > 0).length;
		return Math.log((notes - holding + 0.5) / (holding + 0.5) + 1);
	});
	const mean = stats.meanLength > 0 ? stats.meanLength : 1;
	return texts.map((text, at) =>
		terms.reduce((score, _, index) => {
			const frequency = counts[at]?.[index] ?? 0;
			const norm = k1 * (1 - b + (b * text.length) / mean);
			return score + ((idf[index] ?? 0) * frequency * (k1 + 1)) / (frequency + norm);
		}, 0),
	);
}

function occurrences(text: string, term: string): number {
	let count = 0;
	for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) count += 1;
	return count;
}
