import { libraryColumns, type RowTerm } from "../../layout/library-rows.ts";
import { parseFilterLine } from "../../library/note-filter.ts";
import { resolveWhen } from "../../library/when.ts";

const column = (name: (typeof libraryColumns)[number]) => libraryColumns.indexOf(name);

/**
 * Returns what of a filter line to mark in the library's rows: its words (in any column) and the
 * values of `broker:`, `sector:` and `ticker:` (in their own column). Dates are not marked.
 */
export function filterTerms(filter: string): RowTerm[] {
	if (filter.trim() === "") return [];
	const parsed = parseFilterLine(filter);
	return [
		...(parsed.words ?? []).map((text) => ({ text })),
		...(parsed.broker === undefined ? [] : [{ text: parsed.broker, column: column("broker") }]),
		...(parsed.sector === undefined ? [] : [{ text: parsed.sector, column: column("sector") }]),
		...(parsed.ticker === undefined ? [] : [{ text: parsed.ticker, column: column("tickers") }]),
	];
}

// What a date of since: / until: may still become as it is typed: a year, a month, a day, Nd or Nw,
// today or yesterday.
const unfinished =
	/^(?:\d{0,4}|\d{4}-\d?|\d{4}-\d{2}-\d?|\d{1,4}|t|to|tod|toda|y|ye|yes|yest|yeste|yester|yesterd|yesterda)$/i;

/**
 * Returns the parts of a filter line that name no date where one is expected: `since:2024-13`,
 * `until:2024-02-30`, `since:soon`. A date still being typed (`since:2024-1`) is not one of them.
 */
export function dateProblems(filter: string, now = Date.now()): string[] {
	const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
	return filter.split(/\s+/).filter((part) => {
		const [name = "", ...rest] = part.split(":");
		const value = rest.join(":");
		if ((name !== "since" && name !== "until") || value === "") return false;
		return resolveWhen(value, now, timeZone) === undefined && !unfinished.test(value);
	});
}
