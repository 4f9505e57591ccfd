import type { Localized, Note } from "../note/schema.ts";
import { foldCase } from "../text/fold-case.ts";
import { type NoteHead, tickersOf } from "./index/note-head.ts";
import { isWhenBeingTyped, resolveWhen } from "./when.ts";

/** What a reader narrows a library to: each part must match, case-insensitively, in either language. */
export interface NoteFilter {
	broker?: string;
	sector?: string;
	ticker?: string;
	/** The earliest report date, whole or in part: 2024, 2024-05, 2024-05-07. Undated notes never pass. */
	since?: string;
	/** The latest report date, whole or in part. Undated notes never pass. */
	until?: string;
	/**
	 * The `since:` and `until:` parts of a filter line that name no date (`since:2024-13`): a filter
	 * with any passes no note, as `--since 2024-13` lists nothing (it is a usage error).
	 */
	noDate?: string[];
	/** Words that the title, broker, sector, companies, tickers or date must all contain. */
	words?: string[];
}

/** The fields of a filter that can be written as `name:value` in the app's filter line. */
export const filterFields = ["broker", "sector", "ticker", "since", "until"] as const;

/**
 * Parses the app's filter line: `name:value` parts for the fields above, and free words for the
 * rest. `broker:华泰 since:2024 microsoft` is broker 华泰, since 2024, and the word microsoft.
 * `since:` and `until:` take the words of `--since` (`today`, `yesterday`, `7d`, `2w`), counted back
 * from `now` (ms since the epoch) in `timeZone`. A date still being typed narrows by what is typed
 * (`since:2024-0`), a word still being typed (`since:yest`) narrows nothing yet, and a part that names
 * no date (`since:2024-13`, `until:soon`) is kept in `noDate`, and then no note passes.
 */
export function parseFilterLine(
	line: string,
	now = Date.now(),
	timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone,
): NoteFilter {
	const filter: NoteFilter = {};
	const words: string[] = [];
	const noDate: string[] = [];
	for (const part of line.split(/\s+/).filter(Boolean)) {
		const [name, ...rest] = part.split(":");
		const value = rest.join(":");
		if ((filterFields as readonly string[]).includes(name ?? "") && value !== "") {
			const field = name as (typeof filterFields)[number];
			if (field !== "since" && field !== "until") filter[field] = value;
			else {
				const date = resolveWhen(value, now, timeZone);
				if (date !== undefined) filter[field] = date;
				else if (!isWhenBeingTyped(value)) noDate.push(part);
				else if (/^[\d-]+$/.test(value)) filter[field] = value;
			}
		} else words.push(part);
	}
	if (noDate.length > 0) filter.noDate = noDate;
	return words.length > 0 ? { ...filter, words } : filter;
}

const both = (text: Localized | undefined) =>
	text === undefined ? "" : `${text.zh ?? ""}\n${text.en ?? ""}`;

/** A note's fields as a filter compares them, folded once so a library filters fast as you type. */
export interface FilterKey {
	broker: string;
	sector: string;
	tickers: string;
	/** The report date, or "" when the note gives none. */
	reportDate: string;
	/** Everything free words match: title, broker, sector, companies, tickers and date. */
	text: string;
}

/** Returns the filter key of a note. */
export function filterKey(note: NoteHead): FilterKey {
	const tickers = foldCase(tickersOf(note).join("\n"));
	const broker = foldCase(both(note.broker));
	const sector = foldCase(both(note.sector));
	const companies = foldCase(note.companies.map((company) => both(company.name)).join("\n"));
	const reportDate = note.reportDate ?? "";
	const text = [foldCase(both(note.title)), broker, sector, companies, tickers, reportDate].join("\n");
	return { broker, sector, tickers, reportDate, text };
}

/** Returns whether a note, by its filter key, passes a filter. */
export function matchesKey(key: FilterKey, filter: NoteFilter): boolean {
	if (filter.noDate !== undefined && filter.noDate.length > 0) return false;
	const has = (haystack: string, needle: string | undefined) =>
		needle === undefined || haystack.includes(foldCase(needle));
	if (!has(key.broker, filter.broker) || !has(key.sector, filter.sector) || !has(key.tickers, filter.ticker))
		return false;
	const dated = key.reportDate !== "";
	if (filter.since !== undefined && !(dated && key.reportDate.slice(0, filter.since.length) >= filter.since))
		return false;
	if (filter.until !== undefined && !(dated && key.reportDate.slice(0, filter.until.length) <= filter.until))
		return false;
	return (filter.words ?? []).every((word) => has(key.text, word));
}

/** Returns whether a note passes a filter. */
export function matchesFilter(note: NoteHead, filter: NoteFilter): boolean {
	// An empty filter passes every note: no need to fold a large library's fields to see that.
	if (Object.keys(filter).length === 0) return true;
	return matchesKey(filterKey(note), filter);
}

/**
 * Returns notes newest first (by report date, then by id in code-point order, so the order is stable
 * and is the index's own); undated notes last.
 */
export function newestFirst<T extends { note: Pick<Note, "id" | "reportDate"> }>(notes: readonly T[]): T[] {
	// Report dates are ISO dates (the schema's), which sort as plain strings; "" sorts before every date,
	// so newest first puts undated notes after the oldest dated one.
	return [...notes].sort((a, b) => {
		const first = a.note.reportDate ?? "";
		const second = b.note.reportDate ?? "";
		if (first !== second) return first < second ? 1 : -1;
		return a.note.id < b.note.id ? -1 : a.note.id > b.note.id ? 1 : 0;
	});
}
