import { foldCase } from "../../text/fold-case.ts";
import type { NoteFilter } from "../note-filter.ts";

/**
 * Returns the condition on the index's `filters` table (the fields of filterKey, folded when the
 * note was indexed) that a note's row meets exactly when matchesKey passes it, and its parameters;
 * or undefined when no note can pass (a `since:` or `until:` that names no date). Parts are matched
 * as matchesKey matches them: the part folded (foldCase) and found anywhere in the field (`instr`,
 * which compares characters, as `includes` does); a date part compared with as much of the report
 * date (ISO dates: ASCII, so SQLite's byte order is JavaScript's).
 */
export function filterCondition(filter: NoteFilter): { where: string; params: string[] } | undefined {
	if (filter.noDate !== undefined && filter.noDate.length > 0) return undefined;
	const parts: string[] = [];
	const params: string[] = [];
	const contains = (column: string, needle: string | undefined) => {
		if (needle === undefined) return;
		parts.push(`instr(${column}, ?) > 0`);
		params.push(foldCase(needle));
	};
	contains("broker", filter.broker);
	contains("sector", filter.sector);
	contains("tickers", filter.ticker);
	for (const [bound, compare] of [
		[filter.since, ">="],
		[filter.until, "<="],
	] as const) {
		if (bound === undefined) continue;
		parts.push(`report_date <> '' AND substr(report_date, 1, ${bound.length}) ${compare} ?`);
		params.push(bound);
	}
	for (const word of filter.words ?? []) contains("words", word);
	return { where: parts.length === 0 ? "1" : parts.join(" AND "), params };
}
