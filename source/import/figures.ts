import type { Figure } from "../note/schema.ts";
import { sentenceStarts, unwrap } from "./figures/clauses.ts";
import { readSentence } from "./figures/sentence.ts";
import type { SourceText } from "./text-tools.ts";

/** A figure found in the text, without the id and pillar the draft gives it, and where it was found. */
export interface FoundFigure {
	offset: number;
	figure: Omit<Figure, "id" | "pillar">;
}

/** A number that looked like a figure but was left out, with why. */
export interface SkippedNumber {
	offset: number;
	text: string;
	reason: string;
}

/**
 * Finds the key figures of a paragraph of Chinese financial prose, in stages: sentences and their
 * pieces (source/import/figures/clauses.ts) → values and changes (tokens.ts: amounts, ranges, 分别
 * lists) → the words that bind to each value (sentence.ts: label, period, change, qualifier, source)
 * → figures with their verbatim quotes. Each figure holds its value (or range) in base units, its
 * unit, the period its clause or its sentence's leading period names, a change stated with it
 * (同增35%, (qoq +38%), (+18.44%), 同减2%), a qualifier (超, 约, 近), whether it is an estimate, and
 * whose number it is (据《…》报道, 据公司财报, 根据IDC; the broker's own otherwise). A number whose
 * subject, period, change or unit cannot be bound with certainty is left out and returned in
 * `skipped` with why. `start` and `end` bound the paragraph in the text.
 */
export function findFigures(
	text: SourceText,
	start: number,
	end: number,
	broker: string | undefined,
): { figures: FoundFigure[]; skipped: SkippedNumber[] } {
	const figures: FoundFigure[] = [];
	const skipped: SkippedNumber[] = [];
	const { original, paragraph, offsetOf } = unwrap(text, start, end);
	let lastNamed: Figure["attribution"] | undefined;
	const starts = sentenceStarts(paragraph);
	for (const [index, base] of starts.entries()) {
		const stop = starts[index + 1] ?? paragraph.length;
		const read = readSentence(paragraph.slice(base, stop), original.slice(base, stop), broker, lastNamed);
		lastNamed = read.lastNamed;
		for (const { at, figure } of read.figures) figures.push({ offset: offsetOf(base + at), figure });
		for (const { at, text: written, reason } of read.skipped)
			skipped.push({ offset: offsetOf(base + at), text: written, reason });
	}
	return { figures, skipped };
}
