/** How a span of text is meant to look; each output decides what that means (bold, a colour, nothing). */
export type Tone = "title" | "heading" | "subheading" | "label" | "dim" | "bar" | "link" | "number";

/** A run of text in one tone, optionally a hyperlink. */
export interface Span {
	text: string;
	tone?: Tone;
	url?: string;
	/** The text is `url` cut with "…" to fit: an output that cannot link prints `url` whole instead. */
	cut?: boolean;
}

/** One line of a laid-out document, never wider than the width it was laid out for. */
export type Line = Span[];

/** Returns a line's text without its tones. */
export function plain(line: Line): string {
	return line.map((span) => span.text).join("");
}

/** Returns a line of one span. */
export function line(text: string, tone?: Tone): Line {
	return text === "" ? [] : [tone === undefined ? { text } : { text, tone }];
}
