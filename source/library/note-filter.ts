import type { Localized, Note } from "../note/schema.ts";

/** What a reader narrows a library to: each part must match, case-insensitively, in either language. */
export interface NoteFilter {
	broker?: string;
	sector?: string;
	ticker?: string;
	/** The earliest report date, whole or in part: 2024, 2024-05, 2024-05-07. */
	since?: string;
	/** The latest report date, whole or in part. */
	until?: string;
	/** Words that the title, broker, sector, companies, tickers or date must all contain. */
	words?: string[];
}

/** The fields of a filter that can be written as `name:value` in the app's filter line. */
export const filterFields = ["broker", "sector", "ticker", "since", "until"] as const;

/** Returns whether a date is written YYYY, YYYY-MM or YYYY-MM-DD. */
export function isPartialDate(text: string): boolean {
	return /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(text);
}

/**
 * Parses the app's filter line: `name:value` parts for the fields above, and free words for the
 * rest. `broker:华泰 since:2024 microsoft` is broker 华泰, since 2024, and the word microsoft.
 */
export function parseFilterLine(line: string): NoteFilter {
	const filter: NoteFilter = {};
	const words: string[] = [];
	for (const part of line.split(/\s+/).filter(Boolean)) {
		const [name, ...rest] = part.split(":");
		const value = rest.join(":");
		if ((filterFields as readonly string[]).includes(name ?? "") && value !== "") {
			filter[name as (typeof filterFields)[number]] = value;
		} else words.push(part);
	}
	return words.length > 0 ? { ...filter, words } : filter;
}

const lower = (text: string) => text.normalize("NFKC").toLocaleLowerCase();
const both = (text: Localized | undefined) =>
	text === undefined ? "" : `${text.zh ?? ""}\n${text.en ?? ""}`;

/** Returns whether a note passes a filter. */
export function matchesFilter(note: Note, filter: NoteFilter): boolean {
	const has = (haystack: string, needle: string | undefined) =>
		needle === undefined || lower(haystack).includes(lower(needle));
	const tickers = note.companies.flatMap((company) => company.tickers ?? []).join("\n");
	if (
		!has(both(note.broker), filter.broker) ||
		!has(both(note.sector), filter.sector) ||
		!has(tickers, filter.ticker)
	) {
		return false;
	}
	if (filter.since !== undefined && note.reportDate.slice(0, filter.since.length) < filter.since)
		return false;
	if (filter.until !== undefined && note.reportDate.slice(0, filter.until.length) > filter.until)
		return false;
	if (filter.words === undefined) return true;
	const text = [
		both(note.title),
		both(note.broker),
		both(note.sector),
		...note.companies.map((company) => both(company.name)),
		tickers,
		note.reportDate,
	].join("\n");
	return filter.words.every((word) => has(text, word));
}

/** Returns notes newest first (by report date, then by id, so the order is stable). */
export function newestFirst<T extends { note: Note }>(notes: readonly T[]): T[] {
	return [...notes].sort(
		(a, b) => b.note.reportDate.localeCompare(a.note.reportDate) || a.note.id.localeCompare(b.note.id),
	);
}
