import { isChartOrTableLine } from "../figures/chart-source.ts";
import type { FoundPillar, ParsedNote } from "../parsed-note.ts";
import type { Range } from "../segments.ts";
import { found, type SourceText } from "../text-tools.ts";

/** The headings after a first page's thesis: the stock table, 风险提示, the fine print. */
export const endHeadings = /^(?:重点推荐|风险提示|免责声明|股票名称|股票简称|公司名称|证券简称|重点公司)/u;

/**
 * How many columns a line takes on the page: a Chinese or full-width character two, anything else
 * one. (A wrapped line of Chinese holds fewer characters than one with many digits, at the same width.)
 */
function columns(text: string, start: number, end: number): number {
	let width = 0;
	for (let index = start; index < end; index += 1) {
		const code = text.charCodeAt(index);
		const wide =
			(code >= 0x1100 && code <= 0x115f) ||
			(code >= 0x2e80 && code <= 0xa4cf) ||
			(code >= 0xac00 && code <= 0xd7a3) ||
			(code >= 0xf900 && code <= 0xfaff) ||
			(code >= 0xfe30 && code <= 0xfe4f) ||
			(code >= 0xff00 && code <= 0xff60) ||
			(code >= 0xffe0 && code <= 0xffe6);
		width += wide ? 2 : 1;
	}
	return width;
}

/**
 * Joins a PDF's wrapped lines into paragraphs: a line that reaches the column's width and does not
 * end a sentence runs on into the next. A line reaches it when it is within two characters of the
 * longest line, or within two Chinese characters of the widest in columns (a line of Chinese holds
 * fewer characters than one of digits at the same width; text extraction may set either narrow).
 * A blank line ends a paragraph.
 */
export function paragraphsOf(text: string, ranges: Range[]): Range[] {
	const longest = ranges.reduce((most, range) => Math.max(most, range.end - range.start), 0);
	const widest = ranges.reduce((most, range) => Math.max(most, columns(text, range.start, range.end)), 0);
	const paragraphs: Range[] = [];
	let open: Range | undefined;
	for (const range of ranges) {
		if (range.end === range.start) {
			open = undefined;
			continue;
		}
		if (open) open.end = range.end;
		else {
			open = { ...range };
			paragraphs.push(open);
		}
		const full =
			range.end - range.start >= longest - 2 || columns(text, range.start, range.end) >= widest - 4;
		const runsOn = full && !/[。!?]$/u.test(text.slice(range.start, range.end));
		if (!runsOn) open = undefined;
	}
	return paragraphs;
}

/**
 * Reads a first page's thesis from its paragraphs: the first short one without a sentence end is
 * the headline, what follows is the summary, and each later short paragraph (`需求端:…`) heads a
 * pillar whose body is the paragraphs after it. A chart's caption or source line and a table's lines
 * head nothing: they are body or summary.
 */
export function readThesis(text: SourceText, paragraphs: Range[], parsed: ParsedNote): void {
	const { folded } = text;
	let pillar: FoundPillar | undefined;
	const summary = parsed.summary;
	for (const range of paragraphs) {
		const paragraph = folded.slice(range.start, range.end);
		const isHeading =
			!/[。!?]$/u.test(paragraph) && Array.from(paragraph).length <= 60 && !isChartOrTableLine(paragraph);
		if (isHeading && parsed.headline === undefined && summary.length === 0) {
			parsed.headline = found(text, range.start, range.end);
		} else if (isHeading) {
			const colon = /^([^\s:,。;]{1,8}):/u.exec(paragraph);
			const title = found(text, range.start, colon ? range.start + (colon[1] as string).length : range.end);
			const headline = found(text, colon ? range.start + colon[0].length : range.start, range.end);
			if (title && headline) {
				pillar = { title, headline, body: [] };
				parsed.pillars.push(pillar);
				parsed.points.push(found(text, range.start, range.end) as NonNullable<ReturnType<typeof found>>);
			}
		} else if (pillar) {
			pillar.body.push(range);
		} else {
			summary.push(range);
		}
	}
}

/** Reads 风险提示 written as `1)…;2)…` or as one sentence: each risk's title up to 。 or ;, then its body. */
export function readRisks(text: SourceText, from: Range[], parsed: ParsedNote): void {
	const { folded } = text;
	const first = from[0] as Range;
	let end = first.end;
	for (const range of from.slice(1)) {
		if (range.start === range.end || endHeadings.test(folded.slice(range.start, range.end))) break;
		end = range.end;
	}
	const start = first.start + "风险提示".length;
	const region = folded.slice(start, end);
	// Each item runs from its number to the next one: a title up to 。 or ;, then its body, if any.
	const numbers = Array.from(region.matchAll(/(?<![0-9A-Za-z.])\(?\d{1,2}\)\s?/gu));
	const items =
		numbers.length > 0
			? numbers.map((number, index) => ({
					start: start + number.index + number[0].length,
					end: start + (numbers[index + 1]?.index ?? region.length),
				}))
			: [{ start: start + (/^[\s:]{0,100}/u.exec(region)?.[0].length ?? 0), end }];
	for (const item of items) {
		const itemText = folded.slice(item.start, item.end);
		const titleLength = /^[^;。]{0,300}/u.exec(itemText)?.[0].length ?? 0;
		const title = found(text, item.start, item.start + titleLength);
		const body = found(text, item.start + titleLength + 1, item.end);
		const bodyText = body?.value.replace(/[;\s]+$/u, "");
		if (title === undefined) continue;
		parsed.risks.push({
			value: {
				title: { zh: title.value.replace(/[,\s]+$/u, "") },
				...(bodyText && { body: { zh: bodyText } }),
			},
			offset: title.offset,
		});
	}
}
