import { libraryColumns, type RowTerm } from "../../layout/library-rows.ts";
import { parseFilterLine } from "../../library/note-filter.ts";

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

/**
 * Returns the parts of a filter line that name no date where one is expected: `since:2024-13`,
 * `until:2024-02-30`, `since:soon`. A date still being typed (`since:2024-1`) is not one of them.
 */
export function dateProblems(filter: string, now = Date.now()): string[] {
	return parseFilterLine(filter, now).noDate ?? [];
}
