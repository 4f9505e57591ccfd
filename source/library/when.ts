/** Returns whether a date is written YYYY, YYYY-MM or YYYY-MM-DD. */
export function isPartialDate(text: string): boolean {
	return /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(text);
}

/**
 * Returns whether a WHEN is still being typed: a date cut short (`2`, `2024-`, `2024-1`, `2024-12-3`),
 * a number without its `d` or `w` (`7`), or the start of `today` or `yesterday` (`yest`).
 */
export function isWhenBeingTyped(text: string): boolean {
	return /^(?:\d{0,4}|\d{4}-\d?|\d{4}-\d{2}-\d?|t|to|tod|toda|y|ye|yes|yest|yeste|yester|yesterd|yesterda)$/i.test(
		text,
	);
}

/** The day `now` falls on in a time zone, as YYYY-MM-DD. */
export function localDate(now: number, timeZone: string): string {
	// en-CA writes dates as YYYY-MM-DD.
	return new Intl.DateTimeFormat("en-CA", {
		timeZone,
		year: "numeric",
		month: "2-digit",
		day: "2-digit",
	}).format(now);
}

/** The calendar day `days` days before a YYYY-MM-DD date (calendar arithmetic, so no DST hour can slip). */
export function daysBefore(date: string, days: number): string {
	const [year, month, day] = date.split("-").map(Number) as [number, number, number];
	return new Date(Date.UTC(year, month - 1, day - days)).toISOString().slice(0, 10);
}

// Whether a YYYY, YYYY-MM or YYYY-MM-DD names a month and day that exist (no 2024-13, no 2024-02-30).
function isCalendarDate(date: string): boolean {
	const [year, month = 1, day = 1] = date.split("-").map(Number) as [number, number?, number?];
	const parsed = new Date(Date.UTC(year, month - 1, day));
	return parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}

/**
 * Resolves a WHEN of `--since` / `--until` to a date, or undefined when it is none of these: a date
 * written YYYY, YYYY-MM or YYYY-MM-DD whose month and day exist (kept as written); `today`, `yesterday`;
 * `Nd` or `Nw`, N days or weeks before today. Today is the day `now` (ms since the epoch) falls on in
 * `timeZone` (an IANA name).
 */
export function resolveWhen(text: string, now: number, timeZone: string): string | undefined {
	const word = text.trim().toLowerCase();
	if (isPartialDate(word)) return isCalendarDate(word) ? word : undefined;
	const today = localDate(now, timeZone);
	if (word === "today") return today;
	if (word === "yesterday") return daysBefore(today, 1);
	const match = /^(\d{1,4})([dw])$/.exec(word);
	if (match === null) return undefined;
	return daysBefore(today, Number(match[1]) * (match[2] === "w" ? 7 : 1));
}
