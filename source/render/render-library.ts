import type { ChalkInstance } from "chalk";
import { labels } from "../document/labels.ts";
import { type Language, localize } from "../document/language.ts";
import { libraryLayout, libraryRowLines, libraryRowText, libraryRule } from "../layout/library-rows.ts";
import type { Line } from "../layout/line.ts";
import { type HeadedNote, tickersOf } from "../library/index/note-head.ts";
import type { SearchHit } from "../library/search-library.ts";
import { terminalSafeJson } from "../load/sanitize.ts";
import { characterWidth, splitGraphemes, textWidth, truncate } from "../text/width.ts";
import { paintLine } from "./paint.ts";

/** Returns a note's row in a library listing: date, broker, sector, title, tickers (empty where absent). */
export function listRow({ note }: HeadedNote, language: Language): string[] {
	return [
		note.reportDate ?? "",
		localize(note.broker, language),
		localize(note.sector, language),
		localize(note.title, language),
		tickersOf(note).join(" "),
	];
}

/** The headings of a library listing's columns. */
export function listColumns(language: Language): string[] {
	const tickers = { en: "Tickers", zh: "代码" };
	return [labels.reportDate, labels.broker, labels.sector, { en: "Title", zh: "标题" }, tickers].map(
		(label) => localize(label, language),
	);
}

/** Renders `briefing list`: an aligned table, or the notes' identities as JSON. */
export function renderList(
	notes: readonly HeadedNote[],
	options: { format: "text" | "json"; language: Language; width: number },
	chalk?: ChalkInstance,
): string {
	if (options.format === "json") {
		const rows = notes.map(({ note, file }) => ({
			id: note.id,
			reportDate: note.reportDate,
			broker: note.broker,
			sector: note.sector,
			title: note.title,
			tickers: tickersOf(note),
			file,
		}));
		return terminalSafeJson(rows);
	}
	const rows = notes.map((loaded) => listRow(loaded, options.language));
	const headings = listColumns(options.language);
	// One row per note, laid out as the reader's library lays it out.
	const layout = libraryLayout(rows, headings, options.width);
	const lines: Line[] = [
		[{ text: libraryRowText(headings, layout), tone: "label" }],
		[{ text: libraryRule(layout), tone: "dim" }],
		...rows.flatMap((row) => libraryRowLines(row, layout).map((text): Line => [{ text }])),
	];
	return `${lines.map((line) => paintLine(line, chalk)).join("\n")}\n`;
}

/** Cuts a line to a width around its first match, marking what was cut with "…". */
export function excerpt(text: string, start: number, width: number): { text: string; offset: number } {
	if (textWidth(text) <= width) return { text, offset: 0 };
	const characters = splitGraphemes(text);
	let match = 0;
	let seen = 0;
	while (match < characters.length && seen + (characters[match]?.length ?? 0) <= start) {
		seen += characters[match]?.length ?? 0;
		match += 1;
	}
	// Start a little before the match, so it is read in its context: up to a third of the width.
	let from = match;
	let context = 0;
	const room = Math.min(24, Math.floor(width / 3));
	while (from > 0 && context + characterWidth(characters[from - 1] ?? "") <= room) {
		from -= 1;
		context += characterWidth(characters[from] ?? "");
		seen -= characters[from]?.length ?? 0;
	}
	const head = from > 0 ? "…" : "";
	const rest = characters.slice(from).join("");
	return { text: truncate(head + rest, width), offset: seen - head.length };
}

/** Renders `briefing search`: `note id · section · line` a hit, the match highlighted in colour; or JSON. */
export function renderSearch(
	hits: readonly SearchHit<HeadedNote>[],
	options: { format: "text" | "json"; width: number },
	chalk?: ChalkInstance,
): string {
	if (options.format === "json") {
		const rows = hits.map((hit) => ({
			id: hit.loaded.note.id,
			file: hit.loaded.file,
			section: hit.section,
			line: hit.text,
			matches: hit.ranges,
		}));
		return terminalSafeJson(rows);
	}
	const lines = hits.map((hit) => {
		// The line fits the width: a long id is cut to leave the excerpt 10 columns (keeping 8 of
		// its own); where even that leaves it less, the section gives way, then the excerpt is cut.
		const withSection = ` · ${hit.section} · `;
		const idRoom = Math.min(8, textWidth(hit.loaded.note.id));
		const separator = options.width - idRoom - textWidth(withSection) >= 10 ? withSection : " · ";
		const idWidth = Math.max(8, options.width - textWidth(separator) - 10);
		const prefix = truncate(`${truncate(hit.loaded.note.id, idWidth)}${separator}`, options.width);
		const { text, offset } = excerpt(hit.text, hit.ranges[0]?.start ?? 0, options.width - textWidth(prefix));
		if (chalk === undefined) return prefix + text;
		let painted = "";
		let at = 0;
		for (const range of hit.ranges) {
			const start = Math.max(at, range.start - offset);
			const end = Math.min(text.length, range.end - offset);
			if (end <= start) continue;
			painted += text.slice(at, start) + chalk.inverse(text.slice(start, end));
			at = end;
		}
		return chalk.dim(prefix) + painted + text.slice(at);
	});
	return `${lines.join("\n")}\n`;
}
