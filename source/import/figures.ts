import type { Figure } from "../note/schema.ts";
import { caption, sourceLineAttribution } from "./figures/chart-source.ts";
import { sentenceStarts, unwrap } from "./figures/clauses.ts";
import { readForecastTables } from "./figures/forecast-table.ts";
import { readSentence } from "./figures/sentence.ts";
import type { Range } from "./segments.ts";
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

/**
 * Finds the key figures of some paragraphs: the cells of their forecast tables
 * (source/import/figures/forecast-table.ts), then the figures of the rest as prose
 * ({@link findFigures}), in the text's order.
 */
export function findFiguresIn(
	text: SourceText,
	ranges: Range[],
	broker: string | undefined,
): { figures: FoundFigure[]; skipped: SkippedNumber[] } {
	const tables = readForecastTables(text, ranges, broker);
	const figures: FoundFigure[] = [...tables.figures];
	const skipped: SkippedNumber[] = [...tables.skipped];
	for (const [index, range] of tables.rest.entries()) {
		// A chart's caption (图表1:2024年全球AI服务器出货量约120万台) is read after its number: 图表1: is no label.
		const captionLength = captionAt(text.folded, range);
		const result = findFigures(text, range.start + captionLength, range.end, broker);
		const source =
			result.figures.length > 0 && captionLength > 0
				? captionSource(text.folded, tables.rest, index, broker)
				: undefined;
		for (const found of result.figures)
			figures.push(
				// A forecast in a caption (图表5:我们预计2025年营收将达120亿元) stays the broker's.
				source !== undefined && found.figure.attribution.kind === "broker" && found.figure.estimate !== true
					? { ...found, figure: { ...found.figure, attribution: source } }
					: found,
			);
		skipped.push(...result.skipped);
	}
	if (tables.figures.length > 0 || tables.skipped.length > 0) {
		figures.sort((a, b) => a.offset - b.offset);
		skipped.sort((a, b) => a.offset - b.offset);
	}
	return { figures, skipped };
}

/** The length of the caption's number a paragraph starts with (图表1:, 图2:, 表3.), or 0 for none. */
function captionAt(folded: string, range: Range): number {
	// Most paragraphs start with no 图, 表 or 附: no caption to read.
	if (!"图表附".includes(folded[range.start] ?? " ")) return 0;
	return caption.exec(folded.slice(range.start, Math.min(range.end, range.start + 12)))?.[0].length ?? 0;
}

/**
 * The source of a chart's caption (图表2:2024年全球AI服务器出货量达120万台) from the source line under
 * its chart, within the next three paragraphs (资料来源:IDC,青岚证券研究所 gives IDC's data); undefined
 * for a chart with no source line.
 */
function captionSource(
	folded: string,
	ranges: Range[],
	index: number,
	broker: string | undefined,
): Figure["attribution"] | undefined {
	for (const next of ranges.slice(index + 1, index + 4)) {
		if (captionAt(folded, next) > 0) return undefined;
		const line = folded.slice(next.start, next.end);
		const source = sourceLineAttribution(line, broker, false);
		if (source !== undefined) return source;
	}
	return undefined;
}
