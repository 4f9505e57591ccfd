import type { Block } from "../document/blocks.ts";
import { type SectionId, sectionIds } from "../document/blocks.ts";
import { buildDocument } from "../document/build-document.ts";
import { withHeaderFacts } from "../document/header-facts.ts";
import type { LoadedNote } from "../load/load-notes.ts";
import type { Note } from "../note/schema.ts";
import { foldCase, unfoldedRanges } from "../text/fold-case.ts";

/** A line of a note as a reader sees it: its section and its text. */
export interface NoteLine {
	section: SectionId;
	text: string;
}

/** A line of a note that search looks at: its section, its text, and the text folded for matching. */
interface SearchLine extends NoteLine {
	folded: string;
}

/**
 * A note made ready for search: every line of it in both languages, and all of them in one string.
 * `loaded` is whatever the caller identifies the note by (a loaded note, or a row of the index).
 */
export interface SearchEntry<T = LoadedNote> {
	loaded: T;
	lines: SearchLine[];
	all: string;
}

/** A line that matched: where it is, its text, and the ranges of the text that matched. */
export interface SearchHit<T = LoadedNote> {
	loaded: T;
	section: SectionId;
	text: string;
	ranges: { start: number; end: number }[];
}

/** Returns the texts of a block that search looks at (none for what briefing writes where a note has nothing). */
export function blockTexts(block: Block): string[] {
	switch (block.kind) {
		case "heading":
			return [block.text];
		case "paragraph":
			// What briefing writes where a note has nothing is not the note's text.
			return block.absent ? [] : [block.text];
		case "list":
			return block.items;
		case "table":
			return block.rows.map((row) => row.filter(Boolean).join(" · "));
		case "chart":
			return [block.title, ...block.bars.map((bar) => `${bar.label} ${bar.display}`)];
		case "fields":
			return block.rows.map((row) => `${row.label} ${row.value}`);
		case "link":
			return [block.label, block.url, ...(block.note ? [block.note] : [])];
	}
}

/**
 * Returns the lines of a note that search looks at: the lines a reader sees, in both languages: the
 * title, then each section's, Thesis starting with the header's facts no section shows (companies
 * and tickers, sector, rating, target price), as the reader's Thesis pane does (see withHeaderFacts).
 */
export function noteLines(note: Note): NoteLine[] {
	const document = withHeaderFacts(
		buildDocument(note, { language: "both", sections: sectionIds, detail: "full" }),
		"both",
	);
	const lines = document.sections.flatMap((section) =>
		section.blocks
			.flatMap(blockTexts)
			.flatMap((text) => text.split("\n"))
			.filter((text) => text.trim() !== "")
			.map((text) => ({ section: section.id, text })),
	);
	return [{ section: "thesis", text: document.title }, ...lines];
}

/** Returns the search entry of a note. */
export function searchEntry(loaded: LoadedNote): SearchEntry {
	return entryOfLines(loaded, noteLines(loaded.note));
}

/** Returns the search entry of anything identified by `loaded` (a row of the index), from its lines. */
export function entryOfLines<T>(loaded: T, lines: readonly NoteLine[]): SearchEntry<T> {
	// The lines are folded as one text, which is several times faster than line by line and the same:
	// no line holds a line break, folding makes none, and nothing composes or changes case across one.
	const all = foldCase(lines.map((line) => line.text).join("\n"));
	const parts = all.split("\n");
	const folded = (line: NoteLine, index: number) =>
		parts.length === lines.length ? (parts[index] as string) : foldCase(line.text);
	return {
		loaded,
		lines: lines.map((line, index) => ({
			section: line.section,
			text: line.text,
			folded: folded(line, index),
		})),
		all,
	};
}

// Built on first use (a Chinese query): making a Segmenter costs milliseconds at start-up.
let segmenter: Intl.Segmenter | undefined;
const wordSegmenter = () => {
	segmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
	return segmenter;
};

/** Splits a query at spaces into the phrases that must all occur. */
export function queryPhrases(query: string): string[] {
	return foldCase(query).split(/\s+/).filter(Boolean);
}

/**
 * Splits a query further, for notes that lack a phrase as written: within a run of Chinese, the
 * words Intl.Segmenter finds, so 微软开支 also finds a note that has 微软 and 开支 apart.
 */
export function queryWords(query: string): string[] {
	return queryPhrases(query).flatMap((part) =>
		/\p{Script=Han}/u.test(part)
			? Array.from(wordSegmenter().segment(part))
					.filter((segment) => segment.isWordLike)
					.map((segment) => segment.segment)
			: [part],
	);
}

function ranges(folded: string, terms: readonly string[]): { start: number; end: number }[] {
	const found: { start: number; end: number }[] = [];
	for (const term of terms) {
		for (let start = folded.indexOf(term); start !== -1; start = folded.indexOf(term, start + term.length)) {
			found.push({ start, end: start + term.length });
		}
	}
	return found.sort((a, b) => a.start - b.start);
}

/**
 * Searches a library: a note matches when it contains every phrase of the query (or, failing that,
 * every word of it); its hits are the lines that contain all of them (or, where no line does,
 * any of them), in reading order. Case and
 * full-width forms do not matter. Notes come in the order given. Stops after `limit` hits.
 */
export function searchLibrary<T>(
	entries: readonly SearchEntry<T>[],
	query: string,
	limit = 1000,
): SearchHit<T>[] {
	const phrases = queryPhrases(query);
	const words = queryWords(query);
	if (phrases.length === 0) return [];
	const hits: SearchHit<T>[] = [];
	for (const entry of entries) {
		const contains = (term: string) => entry.all.includes(term);
		const terms = phrases.every(contains) ? phrases : words.every(contains) ? words : undefined;
		if (terms === undefined) continue;
		// The lines that hold every term, or where none does, those that hold any.
		const holdsAll = (line: SearchLine) => terms.every((term) => line.folded.includes(term));
		const holding = entry.lines.filter((line) => terms.some((term) => line.folded.includes(term)));
		const allOnly = holding.some(holdsAll);
		for (const line of holding) {
			if (allOnly && !holdsAll(line)) continue;
			// Folding can change a text's length (rarely): the ranges are mapped back to the line as
			// written, or where they cannot be, the folded line is shown.
			const found = ranges(line.folded, terms);
			const unfolded =
				line.folded.length === line.text.length ? found : unfoldedRanges(line.text, line.folded, found);
			hits.push({
				loaded: entry.loaded,
				section: line.section,
				text: unfolded === undefined ? line.folded : line.text,
				ranges: unfolded ?? found,
			});
			if (hits.length >= limit) return hits;
		}
	}
	return hits;
}
