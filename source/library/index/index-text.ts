import type { NoteLine } from "../search-library.ts";
import { fold } from "../search-library.ts";

const han = /\p{Script=Han}/u;

/** Returns the text the trigram table holds for a note: every line, folded as search folds it. */
export function gramText(lines: readonly NoteLine[]): string {
	return lines.map((line) => fold(line.text)).join("\n");
}

/**
 * Returns the text the character table holds: each Chinese character of the folded text as a word
 * of its own, so a one- or two-character Chinese term (too short for trigrams) is a phrase query.
 */
export function charText(folded: string): string {
	return Array.from(folded.matchAll(/\p{Script=Han}+/gu), (run) => Array.from(run[0]).join(" ")).join(" ");
}

/** Returns whether a term is written in Chinese characters only. */
export function isHan(term: string): boolean {
	return Array.from(term).every((character) => han.test(character));
}

/** Quotes a term as an FTS5 phrase. */
export function phrase(term: string): string {
	return `"${term.replaceAll('"', '""')}"`;
}
