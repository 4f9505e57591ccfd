import type { Amount } from "../amounts.ts";
import { estimateWords, leadingNoise, trailingNoise } from "../figure-words.ts";
import type { TimeExpression } from "../time-expressions.ts";
import { afterHeadline, type Piece } from "./clauses.ts";
import { type Attribution, lookBack, type Reading } from "./reading.ts";
import { countBefore, lastBefore } from "./sorted.ts";

// What may stand before a sentence's leading period in its piece: a headline before a space, "as of",
// the company, a connective, the broker's own word.
const beforeLeading =
	/^(?:\s|截至|截止|公司|其中|此外|同时|另外|我们(?:测算|预计|认为|估计|预测|判断)?|预计|发布|披露)*$/u;
// 截至2025年末, 截至2025年6月底: a year's or a month's end is of its period.
// 公司发布2024年报, 公司披露2025年半年报: the period of the report.
const afterLeading = /^(?:\s|末|底|公司|实现|[。!?]|年?(?:度报告|报)|业绩快报|业绩预告)*$/u;

/**
 * Returns the period that governs a sentence: its first period or day, when no value comes before it
 * and it starts the piece of the sentence's first value (公司发布一季报,25Q1实现营业收入…;
 * 据公司财报电话会,FY24Q3…) or is a piece of its own (2025年一季度,…; 2024 年,…). Else undefined.
 */
export function leadingTime(
	sentence: string,
	times: TimeExpression[],
	pieces: Piece[],
	values: Amount[],
): TimeExpression | undefined {
	const first = times[0];
	if (first === undefined || first.comparison || (first.period === undefined && first.date === undefined))
		return undefined;
	const firstValue = values[0];
	if (firstValue !== undefined && firstValue.start < first.start) return undefined;
	const piece = lastBefore(pieces, first.start + 1) as Piece;
	const before = sentence.slice(afterHeadline(sentence, piece.start, first.start + 1), first.start);
	if (!beforeLeading.test(before)) return undefined;
	const holdsFirstValue = firstValue !== undefined && firstValue.start < piece.end;
	return holdsFirstValue || afterLeading.test(sentence.slice(first.end, piece.end)) ? first : undefined;
}

// The first period with no year (一季度, 1-9月, 9月) named from `from` to `to`, as written.
function yearlessBetween(reading: Reading, from: number, to: number): string | undefined {
	const time = reading.yearless[countBefore(reading.yearless, from)];
	if (time === undefined || time.end > to) return undefined;
	return reading.original.slice(time.start, time.end);
}

/** The period a value in a piece is of, or why it cannot be told. */
export function periodFor(
	reading: Reading,
	piece: Piece,
	at: number,
): { time?: TimeExpression; reason?: string } {
	const last = lastBefore(reading.times, at);
	const own = last !== undefined && last.start >= piece.start ? last : undefined;
	if (own !== undefined) {
		const written = reading.original.slice(own.start, own.end);
		if (own.comparison || own.relative) return { reason: `a number of the time compared with (${written})` };
		// 7月国内新能源车销量约112万辆: the month stays in the label; the figure has no period.
		if (own.monthOnly) return {};
		if (own.yearless) return { reason: `its period names no year (${written})` };
		if (own.duration) return {};
		return { time: own };
	}
	const leading = reading.leading;
	const named = reading.periodsBefore;
	// A period the sentence names before the value but that governs no clause of it (2025年一季度公司扭亏为盈,
	// 实现净利润0.8亿元): the value may be of that period or not, so it is not drafted without one.
	if (leading === undefined) {
		if ((named[countBefore(reading.times, at)] as number) > 0)
			return { reason: "its sentence names a period before it that cannot be bound to it" };
		// 一季度,营收30亿元 / 1-9月,…: the value is of a period whose year cannot be told.
		const yearless = yearlessBetween(reading, reading.segmentStart, at);
		return yearless === undefined ? {} : { reason: `its sentence names a period with no year (${yearless})` };
	}
	// Another period named between the leading one and this piece makes it unclear which one holds.
	if (
		(named[countBefore(reading.times, piece.start)] as number) >
		(named[countBefore(reading.times, leading.end)] as number)
	)
		return { reason: "another period is named between the sentence's first period and it" };
	// A period with no year named after it (…2025年1-9月销量32万辆,其中9月单月销量5.1万辆) is not of it.
	const yearless = yearlessBetween(reading, leading.end, at);
	if (yearless !== undefined)
		return {
			reason: `a period with no year (${yearless}) is named between the sentence's first period and it`,
		};
	// A source named after it starts what it does not govern: 根据IDC,2024年…;据Wind数据,….
	if (countBefore(reading.marks, at) > countBefore(reading.marks, leading.end)) return {};
	// 预计2025-2027年收入分别为…,目标价52.3元: years a list has shared out are no period of a value after it.
	if (reading.listPeriods !== undefined && /^\d{4}-\d{4}$/u.test(leading.period ?? ""))
		return { reason: "its sentence's years were a list's, one each: none of them is its own" };
	return { time: leading };
}

export function attributionFor(reading: Reading, at: number): Attribution {
	const own: Attribution = {
		kind: "broker",
		...(reading.broker !== undefined && { name: { zh: reading.broker } }),
	};
	const mark = lastBefore(reading.marks, at);
	if (mark === undefined || mark.kind === "broker") return own;
	if (mark.kind === "previous") return reading.lastNamed ?? own;
	if (mark.name === undefined) return own;
	const named: Attribution = {
		kind: mark.kind,
		name: { zh: reading.original.slice(mark.name.start, mark.name.end) },
	};
	reading.lastNamed = named;
	return named;
}

/** Whether a value is a forecast: 2026E, or 预计/有望/… before it in its part of the sentence (up to a semicolon). */
export function isEstimate(reading: Reading, at: number, time: TimeExpression | undefined): boolean {
	const from = Math.max(reading.segmentStart, at - 2 * lookBack);
	if (time?.estimate === true || estimateWords.test(reading.sentence.slice(from, at))) return true;
	const mark = lastBefore(reading.marks, at);
	return mark?.kind === "broker" && /^我们(?:预计|预测|估计|测算)/u.test(reading.sentence.slice(mark.start));
}

/** Trims the words before a number to its label: no period, connective or verb before, no qualifier after. */
export function labelOf(reading: Reading, start: number, end: number): { label: string; folded: string } {
	const folded = reading.sentence.slice(start, end);
	const lead = leadingNoise.exec(folded)?.[0].length ?? 0;
	const tail = trailingNoise.exec(folded.slice(lead))?.[0].length ?? 0;
	return {
		label: reading.original.slice(start + lead, end - tail).trim(),
		folded: folded.slice(lead, folded.length - tail).trim(),
	};
}
