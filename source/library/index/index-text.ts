const hanRun = /\p{Script=Han}+/gu;
const notHanRun = /[^\p{Script=Han}\s]+/gu;

/**
 * Returns the text the trigram table holds for folded text: everything but Chinese characters (a
 * run of them becomes a space), so English, numbers and punctuation are found by any part of them.
 */
export function gramText(folded: string): string {
	return folded.replace(hanRun, " ");
}

/**
 * Returns the text the character table holds for folded text: each Chinese character as a word of
 * its own, runs apart, so a Chinese term of any length is a phrase query.
 */
export function charText(folded: string): string {
	return Array.from(folded.matchAll(hanRun), (run) => Array.from(run[0]).join(" ")).join(" , ");
}

/** An FTS5 query for each table that every note holding `term` matches (a superset: hits are checked). */
export function termQueries(term: string): { grams: string[]; chars: string[] } {
	return {
		// Trigrams need three characters: a shorter run narrows nothing.
		grams: Array.from(term.matchAll(notHanRun), (run) => run[0])
			.filter((run) => run.length >= 3)
			.map(phrase),
		chars: Array.from(term.matchAll(hanRun), (run) => phrase(Array.from(run[0]).join(" "))),
	};
}

/** Quotes a term as an FTS5 phrase. */
export function phrase(term: string): string {
	return `"${term.replaceAll('"', '""')}"`;
}
