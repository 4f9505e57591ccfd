import stringWidth from "string-width";

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/** Returns how many terminal columns a text takes: CJK characters take two, combining marks none. */
export function textWidth(text: string): number {
	return stringWidth(text);
}

/** Splits a text into user-perceived characters, so an emoji sequence or a letter with its accents stays whole. */
export function splitGraphemes(text: string): string[] {
	return Array.from(graphemes.segment(text), (part) => part.segment);
}

/** Pads a text with spaces on the right (or left) to a width in terminal columns. */
export function pad(text: string, width: number, align: "left" | "right" = "left"): string {
	const fill = " ".repeat(Math.max(0, width - textWidth(text)));
	return align === "left" ? text + fill : fill + text;
}

/**
 * Cuts a text to at most `width` columns, ending with "…" when it was cut. A wide character that
 * would straddle the edge is dropped rather than overflowing it.
 */
export function truncate(text: string, width: number): string {
	if (textWidth(text) <= width) return text;
	if (width <= 0) return "";
	let result = "";
	let used = 0;
	for (const character of splitGraphemes(text)) {
		const next = textWidth(character);
		if (used + next > width - 1) break;
		result += character;
		used += next;
	}
	return `${result}…`;
}
