import { eastAsianWidth } from "get-east-asian-width";

// Built on first use: making a Segmenter costs milliseconds that printable ASCII never needs.
let graphemes: Intl.Segmenter | undefined;

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
 * (sequences included) takes two; a single code point takes its East Asian width, or zero for
 * marks, format and control characters; a longer cluster is measured as a whole (see
 * {@link clusterWidth}). Answers for short characters are remembered: wrapping asks for the same
 * few thousand characters over and over. (string-width itself takes tens of milliseconds to load,
 * which piped output should not pay.)
 */
export function characterWidth(character: string): number {
	// Printable ASCII, most of any English line, is one column: no lookup needed.
	if (character.length === 1 && character >= " " && character <= "~") return 1;
	let width = characterWidths.get(character);
	if (width === undefined) {
		const codePoint = character.codePointAt(0) ?? 0;
		if (character.length === (codePoint > 0xffff ? 2 : 1)) {
			if (emojiCodePoint.test(character)) width = 2;
			else if (zeroWidth.test(character)) width = 0;
			else width = eastAsianWidth(codePoint);
		} else width = clusterWidth(character);
		// A cluster can be a letter with a million marks: only short ones are worth remembering.
		if (character.length <= 32) characterWidths.set(character, width);
	}
	return width;
}

// A code point that prints: the first one of a cluster is its base (a cluster can start with
// prepended, format or non-spacing characters).
const visibleCharacter =
	/[^\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Nonspacing_Mark}\p{Enclosing_Mark}\p{Surrogate}]/u;
const spacingMark = /^\p{Spacing_Mark}$/u;
const unqualifiedKeycap = /^[\d#*]\u20e3$/;
const extendedPictographic = /\p{Extended_Pictographic}/gu;

const isLeadingJamo = (codePoint: number) =>
	(codePoint >= 0x1100 && codePoint <= 0x115f) || (codePoint >= 0xa960 && codePoint <= 0xa97c);
const isVowelJamo = (codePoint: number) =>
	(codePoint >= 0x1160 && codePoint <= 0x11a7) || (codePoint >= 0xd7b0 && codePoint <= 0xd7c6);
const isTrailingJamo = (codePoint: number) =>
	(codePoint >= 0x11a8 && codePoint <= 0x11ff) || (codePoint >= 0xd7cb && codePoint <= 0xd7fb);
const isJamo = (codePoint: number) =>
	isLeadingJamo(codePoint) || isVowelJamo(codePoint) || isTrailingJamo(codePoint);

/**
 * Returns the width of a cluster that starts with a Hangul jamo: a leading and a vowel jamo (and a
 * trailing one) make one syllable of two columns; other jamo and what follows add their own widths.
 * Returns undefined for a cluster that does not start with a jamo.
 */
function hangulWidth(codePoints: readonly number[]): number | undefined {
	let width = 0;
	for (let index = 0; index < codePoints.length; index += 1) {
		const codePoint = codePoints[index] as number;
		if (!isJamo(codePoint)) {
			if (index === 0) return undefined;
			for (const rest of codePoints.slice(index)) width += eastAsianWidth(rest);
			return width;
		}
		if (isLeadingJamo(codePoint) && isVowelJamo(codePoints[index + 1] ?? 0)) {
			width += 2;
			index += isTrailingJamo(codePoints[index + 2] ?? 0) ? 2 : 1;
		} else width += eastAsianWidth(codePoint);
	}
	return width;
}

/**
 * Returns the width of a cluster of several code points, as string-width 8 measures it: none if
 * nothing in it prints; two for an emoji sequence (a keycap, or a ZWJ sequence of two pictographs,
 * even when not fully qualified); Hangul jamo as syllables; otherwise the East Asian width of its
 * first printing code point, plus the width of each spacing mark (Devanagari ि, ः) and half-width
 * form (the voiced marks ﾞ ﾟ) that joins it.
 */
function clusterWidth(cluster: string): number {
	const start = cluster.search(visibleCharacter);
	if (start === -1) return 0;
	emojiSequence ??= /^\p{RGI_Emoji}$/v;
	if (emojiSequence.test(cluster) || unqualifiedKeycap.test(cluster)) return 2;
	if (
		cluster.length <= 50 &&
		cluster.includes("\u200d") &&
		(cluster.match(extendedPictographic)?.length ?? 0) >= 2
	)
		return 2;
	const visible = Array.from(cluster.slice(start));
	const jamo = hangulWidth(
		visible
			.filter((character) => visibleCharacter.test(character))
			.map((character) => character.codePointAt(0) ?? 0),
	);
	if (jamo !== undefined) return jamo;
	let width = eastAsianWidth(visible[0]?.codePointAt(0) ?? 0);
	for (const character of visible.slice(1)) {
		if (spacingMark.test(character) || (character >= "\uff00" && character <= "\uffef"))
			width += eastAsianWidth(character.codePointAt(0) ?? 0);
	}
	return width;
}

// What can join code points into one user-perceived character: marks, joiners, variation
// selectors, emoji modifiers and flags, Hangul jamo, tags, prepended marks and CR LF. Text without
// any of them (most text, Chinese and English alike) splits by code point, much faster than
// Intl.Segmenter.
const joining =
	/[\p{Grapheme_Extend}\p{Mc}\p{Emoji_Modifier}\p{Regional_Indicator}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\r\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u0d4e\u{110bd}\u{110cd}\u{111c2}\u{111c3}\u{1193f}\u{11941}\u{11a3a}\u{11a84}-\u{11a89}\u{11d46}\u{11f02}\u0e33\u0eb3\u{113d1}]|\u200d/u;

const joinings = new RegExp(joining.source, "gu");

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Returns where the code point before `index` starts (or 0). */
function codePointBefore(text: string, index: number): number {
	if (index === 0) return 0;
	return index >= 2 &&
		isLowSurrogate(text.charCodeAt(index - 1)) &&
		isHighSurrogate(text.charCodeAt(index - 2))
		? index - 2
		: index - 1;
}

/** Returns where the code point at `index` ends (or the end of the text). */
function codePointAfter(text: string, index: number): number {
	if (index >= text.length) return text.length;
	return isHighSurrogate(text.charCodeAt(index)) && isLowSurrogate(text.charCodeAt(index + 1))
		? index + 2
		: index + 1;
}

// Intl.Segmenter's time grows with the square of the number of characters it is given at once
// (seconds for 100,000), so it is given windows of this many code units.
const segmenterWindow = 256;

/**
 * Adds the user-perceived characters of a text to `parts`, segmenting it a window at a time. A
 * break inside a window depends only on what comes before it and the one code point after, so every
 * character a window holds is whole but its last, which may go on past the window: the next window
 * starts there. A window too short for even one whole character is doubled until it holds one.
 */
function segmentInto(parts: string[], text: string): void {
	graphemes ??= new Intl.Segmenter("en", { granularity: "grapheme" });
	const segmenter = graphemes;
	let at = 0;
	while (at < text.length) {
		for (let size = segmenterWindow; ; size *= 2) {
			const end = codePointAfter(text, at + size - 1);
			if (end >= text.length) {
				for (const { segment } of segmenter.segment(text.slice(at))) parts.push(segment);
				return;
			}
			const segments = Array.from(segmenter.segment(text.slice(at, end)), (part) => part.segment);
			if (segments.length < 2) continue;
			for (const segment of segments.slice(0, -1)) {
				parts.push(segment);
				at += segment.length;
			}
			break;
		}
	}
}

/**
 * Splits a text into user-perceived characters, so an emoji sequence or a letter with its accents
 * stays whole. Two code points of which neither can join always have a break between them, so
 * Intl.Segmenter runs only over the spans around joining code points, from the code point before
 * the first to the one after the last; the rest splits by code point. The time this takes grows in
 * step with the length of the text.
 */
export function splitGraphemes(text: string): string[] {
	if (!joining.test(text)) return Array.from(text);
	const parts: string[] = [];
	// The span to segment, [from, to), starts and ends at a break; everything before `from` is in parts.
	let from = 0;
	let to = 0;
	for (const match of text.matchAll(joinings)) {
		const start = codePointBefore(text, match.index);
		// A short stretch between two spans is segmented with them: fewer, longer calls are faster.
		if (start >= to + 64) {
			segmentInto(parts, text.slice(from, to));
			for (const character of text.slice(to, start)) parts.push(character);
			from = start;
		}
		to = Math.max(to, codePointAfter(text, match.index + match[0].length));
	}
	segmentInto(parts, text.slice(from, to));
	for (const character of text.slice(to)) parts.push(character);
	return parts;
}

/**
 * Returns the user-perceived characters of a text to iterate over, like {@link splitGraphemes}, but
 * without an array of them when no code point can join another: then the text is its own iterator,
 * one code point at a time, and a paragraph of tens of megabytes costs no more memory to walk.
 */
export function graphemesOf(text: string): Iterable<string> {
	return joining.test(text) ? splitGraphemes(text) : text;
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
