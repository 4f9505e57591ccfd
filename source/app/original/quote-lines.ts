import { foldCase } from "../../text/fold-case.ts";
import { wrapText } from "../../text/wrap.ts";

/** A piece of the quote on one line: the line, and the string offsets of the piece in it. */
export interface QuotePart {
	line: number;
	start: number;
	end: number;
}

/**
 * Returns the lines a note's original text is drawn in at a width: the same wrapping as the
 * Source pane's, each source line's paragraphs kept.
 */
export function originalLines(text: string, width: number): string[] {
	return wrapText(text.trim(), width);
}

const space = /\s/u;

/**
 * Finds a quote in drawn lines, as it reads whatever the wrapping and spacing: white space is
 * ignored on both sides (a quote that spans a line break, `同增 35%` for `同增35%`), and case and
 * full-width forms folded. Returns one part per line the first occurrence spans, or none when the
 * text does not hold the quote.
 */
export function locateQuote(lines: readonly string[], quote: string): QuotePart[] {
	const needle = [...quote]
		.filter((character) => !space.test(character))
		.map(foldCase)
		.join("");
	if (needle === "") return [];
	let text = "";
	const at: QuotePart[] = [];
	lines.forEach((drawn, line) => {
		let offset = 0;
		for (const character of drawn) {
			if (!space.test(character)) {
				// One place per UTF-16 unit of the folded character, as indexOf counts.
				const folded = foldCase(character);
				text += folded;
				for (let unit = 0; unit < folded.length; unit += 1)
					at.push({ line, start: offset, end: offset + character.length });
			}
			offset += character.length;
		}
	});
	const found = text.indexOf(needle);
	if (found === -1) return [];
	const parts: QuotePart[] = [];
	for (const place of at.slice(found, found + needle.length)) {
		const last = parts.at(-1);
		if (last?.line === place.line) last.end = Math.max(last.end, place.end);
		else parts.push({ ...place });
	}
	return parts;
}

/** Returns the line (from 1) of a text where a quote starts, as {@link locateQuote} finds it; 1 when it does not. */
export function quoteLine(text: string, quote: string): number {
	return (locateQuote(text.split("\n"), quote)[0]?.line ?? 0) + 1;
}

const compact = (text: string) => text.replace(/\s+/gu, "");

/** Returns the paragraph (source line) of a text that holds a drawn line, white space ignored; trimmed. */
export function paragraphHolding(text: string, drawn: string): string | undefined {
	const line = compact(drawn);
	if (line === "") return undefined;
	return text
		.split("\n")
		.find((paragraph) => compact(paragraph).includes(line))
		?.trim();
}

/**
 * Returns the paragraph (source line) of a text where a quote starts, as {@link locateQuote} finds
 * it; where the text does not hold the quote, the paragraph holding a drawn line (the top one shown).
 * Trimmed; undefined when neither is found.
 */
export function quoteParagraph(text: string, quote: string, drawn: string): string | undefined {
	const at = locateQuote(text.split("\n"), quote)[0]?.line;
	return at === undefined ? paragraphHolding(text, drawn) : text.split("\n")[at]?.trim() || undefined;
}
