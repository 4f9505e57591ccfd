import { label } from "../../document/labels.ts";
import { type Language, localize } from "../../document/language.ts";
import type { Line } from "../../layout/line.ts";
import { excerpt } from "../../render/render-library.ts";
import { foldLines } from "../../text/fold-lines.ts";
import { pad, textWidth, truncate } from "../../text/width.ts";
import type { ResultRow } from "../reader-model.ts";
import { markRanges } from "../search.ts";

const gap = "  ";
const dateWidth = 10;

/** How wide the note columns of the search results are: date, broker, and title with its count. */
export interface ResultColumns {
	broker: number;
	note: number;
}

/**
 * Returns the widths of the results' note columns at a width: the broker an eighth (at most 14; none
 * under 60 columns, where the matching line needs the room), the note a fifth.
 */
export function resultColumns(width: number): ResultColumns {
	return {
		broker: width < 60 ? 0 : Math.min(14, Math.floor(width / 8)),
		note: Math.max(8, Math.floor(width / 5)),
	};
}

/** Joins the note columns that are shown (the broker's only when it has room). */
const joinColumns = (columns: ResultColumns, [date, broker, note]: string[]) =>
	(columns.broker > 0 ? [date, broker, note] : [date, note]).join(gap);

const headings = {
	en: ["Date", "Broker", "Note (matches)", "Section · matching line"],
	zh: ["日期", "机构", "笔记(匹配数)", "部分 · 匹配的行"],
};

/** Returns the heading line of the search results, its columns laid out as the rows are. */
export function resultHeading(columns: ResultColumns, language: Language): string {
	const [date = "", broker = "", note = "", line = ""] = headings[language === "zh" ? "zh" : "en"];
	const head = [
		pad(date, dateWidth),
		pad(truncate(broker, columns.broker), columns.broker),
		pad(note, columns.note),
	];
	return `${joinColumns(columns, head)}${gap}${line}`;
}

/**
 * Returns one row of the search results as spans: the note's date, broker, and title with its number
 * of matches on the first match of each note (blank under it, so the matches of a note read as a
 * group; `headed` puts them on a later match too, the top row on screen, as a sticky heading), then
 * the section and the matching line around the match, the match marked. Where the row has too little
 * room for the match, the section is cut (or left out) first, then the title's column.
 */
export function resultRowSpans(
	row: ResultRow,
	columns: ResultColumns,
	width: number,
	language: Language,
	headed = row.match === 0,
): Line[number][] {
	const { note } = row.hit.loaded;
	const text = foldLines(row.hit.text);
	const lead = `  ${pad(headed ? (note.reportDate ?? "") : "", dateWidth)}${gap}`;
	const broker =
		columns.broker > 0
			? pad(
					headed ? truncate(foldLines(localize(note.broker, language)), columns.broker) : "",
					columns.broker,
				) + gap
			: "";
	const need = excerptNeeds(textWidth(text.slice(row.range.start, row.range.end)));
	const fixed = textWidth(lead + broker);
	// The title's column, narrowed (down to nothing) only when even without a section the match would not fit.
	const noteWidth = Math.min(columns.note, width - fixed - gap.length - need);
	const noteColumn =
		noteWidth < 4 ? "" : pad(headed ? titleWithCount(row, noteWidth, language) : "", noteWidth) + gap;
	const sectionRoom = width - fixed - textWidth(noteColumn) - need;
	const name = label(row.hit.section, language === "zh" ? "zh" : "en");
	const section = sectionRoom < 5 ? "" : `${truncate(name, sectionRoom - 3)} · `;
	const prefix = lead + broker + noteColumn;
	const cut = excerpt(text, row.range.start, Math.max(1, width - textWidth(prefix + section)));
	const start = row.range.start - cut.offset;
	const end = row.range.end - cut.offset;
	const ranges = start >= 0 && end <= cut.text.length ? [{ start, end, current: false }] : [];
	return [{ text: prefix }, { text: section, tone: "dim" }, ...markRanges([{ text: cut.text }], ranges)];
}

/** The note's title and its number of matches, cut to a width. */
function titleWithCount(row: ResultRow, width: number, language: Language): string {
	const count = language === "zh" ? `(${row.count})` : ` (${row.count})`;
	const title = foldLines(localize(row.hit.loaded.note.title, language));
	return truncate(truncate(title, Math.max(1, width - textWidth(count))) + count, width);
}

/**
 * The width an excerpt needs to show a match of a width whole: `excerpt` sets up to a third of its
 * width (at most 24 columns) before the match, and a `…` at either end; at least 10 columns.
 */
function excerptNeeds(match: number): number {
	let width = Math.max(10, match + 2);
	while (width - Math.min(24, Math.floor(width / 3)) - 2 < match) width += 1;
	return width;
}
