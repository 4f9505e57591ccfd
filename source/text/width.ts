import { eastAsianWidth } from "get-east-asian-width";

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/** Returns how many terminal columns a text takes: CJK characters take two, combining marks none. */
export function textWidth(text: string): number {
	// Printable ASCII, most of any English line, is one column a character; string-width is slower.
	if (/^[\x20-\x7e]*$/.test(text)) return text.length;
	let width = 0;
	for (const character of splitGraphemes(text)) width += characterWidth(character);
	return width;
}

const characterWidths = new Map<string, number>();
const zeroWidth = /^[\p{Mn}\p{Me}\p{Format}\p{Control}\p{Default_Ignorable_Code_Point}]/u;
// A single code point is an emoji if it has emoji presentation; sequences need the (slow to
// compile) RGI_Emoji property of strings.
const emojiCodePoint = /^(?!\p{Regional_Indicator})\p{Emoji_Presentation}$/u;
let emojiSequence: RegExp | undefined;

/**
 * Returns how many columns one user-perceived character takes, by string-width's rules: an emoji
 * (sequences included) takes two; otherwise its first code point decides, by its East Asian width,
 * or zero for marks, format and control characters. Answers are remembered: wrapping asks for the
 * same few thousand characters over and over. (string-width itself takes tens of milliseconds to
 * load, which piped output should not pay.)
 */
export function characterWidth(character: string): number {
	let width = characterWidths.get(character);
	if (width === undefined) {
		const codePoint = character.codePointAt(0) ?? 0;
		const single = character.length === (codePoint > 0xffff ? 2 : 1);
		emojiSequence ??= single ? undefined : /^\p{RGI_Emoji}$/v;
		if (single ? emojiCodePoint.test(character) : emojiSequence?.test(character)) width = 2;
		else if (zeroWidth.test(character)) width = 0;
		else width = eastAsianWidth(codePoint);
		characterWidths.set(character, width);
	}
	return width;
}

// What can join code points into one user-perceived character: marks, joiners, variation
// selectors, emoji modifiers and flags, Hangul jamo, tags, prepended marks and CR LF. Text without
// any of them (most text, Chinese and English alike) splits by code point, much faster than
// Intl.Segmenter.
const joining =
	/[\p{Grapheme_Extend}\p{Mc}\p{Emoji_Modifier}\p{Regional_Indicator}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\r\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u0d4e\u{110bd}\u{110cd}\u{111c2}\u{111c3}\u{1193f}\u{11941}\u{11a3a}\u{11a84}-\u{11a89}\u{11d46}\u{11f02}\u0e33\u0eb3\u{113d1}]|\u200d/u;

/** Splits a text into user-perceived characters, so an emoji sequence or a letter with its accents stays whole. */
export function splitGraphemes(text: string): string[] {
	if (!joining.test(text)) return Array.from(text);
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
