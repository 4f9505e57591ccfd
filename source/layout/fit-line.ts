import { foldLines } from "../text/fold-lines.ts";
import { splitGraphemes, textWidth } from "../text/width.ts";
import type { Span } from "./line.ts";

/**
 * Returns a line's spans cut to at most `width` columns by briefing's own width rules (wide CJK
 * characters count two; a wide character that would straddle the edge is left out), with a "…" at
 * the end when anything was cut, and each span's line breaks folded into spaces. Spans keep their
 * other fields (tone, link, marks).
 */
export function fitLine<T extends Span>(spans: readonly T[], width: number): T[] {
	const folded = spans.map((span) =>
		/[\n\r]/.test(span.text) ? { ...span, text: foldLines(span.text) } : span,
	);
	if (textWidth(folded.map((span) => span.text).join("")) <= width) return folded;
	const result: T[] = [];
	let used = 0;
	const room = Math.max(0, width - 1);
	for (const span of folded) {
		let text = "";
		for (const character of splitGraphemes(span.text)) {
			const next = textWidth(character);
			if (used + next > room) break;
			text += character;
			used += next;
		}
		if (text !== "") result.push({ ...span, text });
		if (text.length < span.text.length) break;
	}
	if (width > 0) result.push({ text: "…" } as T);
	return result;
}
