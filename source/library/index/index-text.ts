const hanRun = /\p{Script=Han}+/gu;
const notHanRun = /[^\p{Script=Han}\s]+/gu;

/**
 * Returns the text the trigram table holds for folded text: everything but Chinese characters (a
 * run of them becomes a space), so English, numbers and punctuation are found by any part of them.
 */
export function gramText(folded: string): string {
	return folded.replace(hanRun, " ");
}

/** Returns the pairs of neighbouring characters of a text, by code point: 资本开支 → 资本 本开 开支. */
function pairs(characters: readonly string[]): string[] {
	return characters.slice(1).map((character, index) => `${characters[index]}${character}`);
}

/**
 * Returns the text the character table holds for folded text: each Chinese character and each pair
 * of neighbours in a run of them as a word of its own, so any Chinese term is found by its pairs
 * (a single character by itself).
 */
export function charText(folded: string): string {
	return Array.from(folded.matchAll(hanRun), (run) => {
		const characters = Array.from(run[0]);
		return [...characters, ...pairs(characters)].join(" ");
	}).join(" , ");
}

/**
 * The tokens of each table that every note holding `term` has (a superset of the notes that hold
 * it: hits are checked against the stored lines). The tables keep no positions, so a term is the
 * AND of its tokens: trigrams covering each run of three or more other characters (a shorter run
 * narrows nothing), and the pairs of each Chinese run (or the character of a run of one).
 */
export function termQueries(term: string): { grams: string[]; chars: string[] } {
	// Trigrams that cover the run without overlapping (and the last one): each adds a list of notes to
	// intersect, and overlapping ones narrow little more than these.
	const grams = Array.from(term.matchAll(notHanRun), (run) => Array.from(run[0])).flatMap((characters) => {
		const starts = characters.slice(2).flatMap((_, index) => (index % 3 === 0 ? [index] : []));
		if (characters.length >= 3) starts.push(characters.length - 3);
		return starts.map((start) => characters.slice(start, start + 3).join(""));
	});
	const chars = Array.from(term.matchAll(hanRun), (run) => Array.from(run[0])).flatMap((characters) =>
		characters.length === 1 ? characters : pairs(characters),
	);
	return { grams: unique(grams).map(quoted), chars: unique(chars).map(quoted) };
}

const unique = (tokens: string[]) => [...new Set(tokens)];

/** Quotes a token for an FTS5 query. */
export function quoted(token: string): string {
	return `"${token.replaceAll('"', '""')}"`;
}
