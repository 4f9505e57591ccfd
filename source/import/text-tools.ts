import type { Found } from "./parsed-note.ts";
import type { Range } from "./segments.ts";

/** The text the importer reads: the original, for quotes, and its folded form, for matching. */
export interface SourceText {
	original: string;
	folded: string;
}

/** Returns the original text of a range of the folded text. */
export function originalOf(text: SourceText, range: Range): string {
	return text.original.slice(range.start, range.end);
}

/** Returns a found value: the original text of [start, end), trimmed, at its offset; undefined if empty. */
export function found(text: SourceText, start: number, end: number): Found<string> | undefined {
	const raw = text.original.slice(start, end);
	const value = raw.trim();
	if (value === "") return undefined;
	return { value, offset: start + raw.indexOf(value) };
}

/** Returns the range of a regular expression's capture group, offset by `base`. */
export function groupRange(match: RegExpExecArray, group: number, base: number): Range | undefined {
	const indices = match.indices?.[group];
	return indices === undefined ? undefined : { start: base + indices[0], end: base + indices[1] };
}

/** Returns what a capture group found, as {@link found} does; undefined if the group took no part. */
export function foundGroup(
	text: SourceText,
	match: RegExpExecArray,
	group: number,
	base = 0,
): Found<string> | undefined {
	const range = groupRange(match, group, base);
	return range && found(text, range.start, range.end);
}

/** Returns a URL when it is a valid http or https address, else undefined. */
export function httpUrl(candidate: string): string | undefined {
	try {
		const url = new URL(candidate);
		return url.protocol === "http:" || url.protocol === "https:" ? candidate : undefined;
	} catch {
		return undefined;
	}
}

/** Matches an http or https address as it runs on in Chinese text (up to a space, bracket or CJK). */
export const urlPattern = /https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]{1,300}/u;

/**
 * The cells of a line, each at its offset: its text split at runs of white space, or the runs that
 * `cell` (a global pattern) matches (a table's cells also split at |).
 */
export function cellsOf(folded: string, line: Range, cell = /\S+/gu): Range[] {
	return Array.from(folded.slice(line.start, line.end).matchAll(cell), (match) => ({
		start: line.start + match.index,
		end: line.start + match.index + match[0].length,
	}));
}
