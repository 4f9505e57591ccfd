import type { ChalkInstance } from "chalk";
import { type Language, localize } from "../document/language.ts";
import { type HeadedNote, type NoteHead, tickersOf } from "../library/index/note-head.ts";
import type { SearchHit } from "../library/search-library.ts";
import { sanitizeText } from "../load/sanitize.ts";

// Every character that would end a field or a line for `cut`, `awk` or `fzf`.
const breaks = /[\t\n\v\f\r\u0085\u2028\u2029]/gu;

/**
 * Returns a field of a tab-separated line: sanitized (a file name may hold control characters; a
 * note's text already is), each tab or line break then one space, so the field keeps its length (a
 * search hit's match ranges stay true) and the line stays one line.
 */
export function tabField(text: string): string {
	return sanitizeText(text).replace(breaks, " ");
}

/**
 * Returns a note's line of `briefing list` for a pipe without its file: its fields separated by
 * tabs — report date, id, broker, sector, title, tickers (space-separated). A field a note lacks is
 * empty. The index keeps it for each note in English and Chinese.
 */
export function listLineFields(note: NoteHead, language: Language): string {
	return [
		note.reportDate ?? "",
		note.id,
		localize(note.broker, language),
		localize(note.sector, language),
		localize(note.title, language),
		tickersOf(note).join(" "),
	]
		.map(tabField)
		.join("\t");
}

/**
 * Renders `briefing list` for a pipe: one line per note, its fields separated by tabs — report date,
 * id, broker, sector, title, tickers (space-separated), file — with no heading, no padding and no
 * wrapping, so `cut -f5`, `awk -F'\t'` and `fzf` take it as it is. A field a note lacks is empty.
 */
export function renderListLines(notes: readonly HeadedNote[], language: Language): string {
	return notes.map(({ note, file }) => `${listLineFields(note, language)}\t${tabField(file)}\n`).join("");
}

/**
 * Renders `briefing search` for a pipe: one line per hit, tab-separated — note id, file, section,
 * and the whole line that matched (not cut to a width) — the matches in inverse when `chalk` is
 * given (--color). Nothing at all for no hits.
 */
export function renderSearchLines(hits: readonly SearchHit<HeadedNote>[], chalk?: ChalkInstance): string {
	return hits
		.map((hit) => {
			const text = tabField(hit.text);
			let line = "";
			let at = 0;
			for (const range of chalk === undefined ? [] : hit.ranges) {
				if (range.start < at) continue;
				line +=
					text.slice(at, range.start) + (chalk as ChalkInstance).inverse(text.slice(range.start, range.end));
				at = range.end;
			}
			line += text.slice(at);
			return `${[hit.loaded.note.id, hit.loaded.file, hit.section].map(tabField).join("\t")}\t${line}\n`;
		})
		.join("");
}
