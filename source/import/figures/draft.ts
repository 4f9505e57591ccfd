import type { Figure } from "../../note/schema.ts";
import type { Amount } from "../amounts.ts";
import {
	capLabel,
	currencyBefore,
	currencyWords,
	qualifierBefore,
	qualifiersAfter,
	unitOf,
} from "../figure-words.ts";
import type { TimeExpression } from "../time-expressions.ts";
import { attributionFor, isEstimate, labelOf, periodFor } from "./binding.ts";
import { afterHeadline, type Piece } from "./clauses.ts";
import { type Drafted, lookBack, type Reading, skip } from "./reading.ts";
import { lastBefore } from "./sorted.ts";
import type { ChangeToken } from "./tokens.ts";

/** Returns the last index before `before`, not below `floor`, of any of the characters, or floor - 1. */
function lastIndexOfAny(text: string, characters: string, before: number, floor: number): number {
	for (let index = before - 1; index >= floor; index -= 1) {
		if (characters.includes(text[index] as string)) return index;
	}
	return floor - 1;
}

function statedValue(amount: Amount): Pick<Figure, "value" | "range"> {
	return amount.high === undefined
		? { value: amount.value }
		: { range: { low: amount.value, high: amount.high } };
}

/**
 * Drafts the figure of one value, its label read from the words after `labelFloor` (or `given`, with
 * the period and value a list gives it), and adds it to the reading; or records why it is left out.
 * Returns the figure, or undefined.
 */
export function draftValue(
	reading: Reading,
	piece: Piece,
	amount: Amount,
	labelFloor: number,
	given?: { label: string; folded: string; period?: TimeExpression; value?: number },
): Drafted | undefined {
	const { sentence, original } = reading;
	const written = original.slice(amount.start, amount.end);
	if (/pct|百分点/u.test(amount.unitWord)) {
		skip(reading, amount.start, amount.end, "a change in percentage points with no figure before it");
		return undefined;
	}
	const floor = Math.max(labelFloor, amount.start - lookBack);
	// What the number counts: the words before it, or, for "Phi-2模型(27亿参数)", the words before the bracket.
	let regionStart = lastIndexOfAny(sentence, "()", amount.start, floor) + 1;
	let labelEnd = amount.start;
	let bracketLabel = false;
	if (sentence.slice(regionStart, amount.start).trim() === "" && sentence[regionStart - 1] === "(") {
		labelEnd = regionStart - 1;
		regionStart = lastIndexOfAny(sentence, "()、", labelEnd, floor) + 1;
		bracketLabel = true;
	}
	// A headline before a space is cut off, unless only a qualifier follows it (门诊量 近9607万人次), or
	// the space is inside a time (2024 年 1 至 11 月营收).
	const cut = afterHeadline(sentence, regionStart, labelEnd);
	const inTime = (lastBefore(reading.times, cut)?.end ?? 0) > cut;
	if (cut > regionStart && !inTime && labelOf(reading, cut, labelEnd).label !== "") regionStart = cut;
	// 新台币1,234亿元, HK$45.6: a currency named before the number is its unit, and no part of its label.
	const prefix =
		labelEnd === amount.start ? currencyBefore(sentence.slice(regionStart, labelEnd)) : undefined;
	const currencyStart = prefix === undefined ? undefined : regionStart + prefix.at;
	// A bare number (2025 of 2025Q2) is no figure; HK$45.6 is.
	if (amount.unitWord === "" && !amount.scaled && given === undefined && prefix === undefined)
		return undefined;
	const { label, folded } = given ?? labelOf(reading, regionStart, currencyStart ?? labelEnd);
	if (!/\p{L}/u.test(label)) {
		skip(reading, amount.start, amount.end, "nothing before it says what it counts");
		return undefined;
	}
	const unitWord = prefixedUnit(amount.unitWord, prefix?.word);
	const unit =
		unitWord === undefined
			? { reason: `two currencies (${prefix?.word} before it, ${amount.unitWord} after it)` }
			: unitOf(unitWord, folded, amount.perUnit);
	if ("reason" in unit) {
		skip(reading, amount.start, amount.end, unit.reason);
		return undefined;
	}
	const unclear = unclearLabel(sentence, currencyStart ?? amount.start, amount.end, unit.unit);
	if (unclear !== undefined) {
		skip(reading, amount.start, amount.end, unclear);
		return undefined;
	}
	const when = given?.period !== undefined ? { time: given.period } : periodFor(reading, piece, amount.start);
	if (when.reason !== undefined) {
		skip(reading, amount.start, amount.end, when.reason);
		return undefined;
	}
	const subjectless = unclearSubject(folded);
	if (subjectless !== undefined) {
		skip(reading, amount.start, amount.end, subjectless);
		return undefined;
	}
	const before = qualifierBefore(sentence.slice(regionStart, labelEnd));
	const after = qualifiersAfter.find(([pattern]) => pattern.test(sentence.slice(amount.end, amount.end + 4)));
	const afterLength = after ? (after[0].exec(sentence.slice(amount.end)) as RegExpExecArray)[0].length : 0;
	const qualifier = after?.[1] ?? before.qualifier;
	const displayStart = currencyStart ?? amount.start - (labelEnd === amount.start ? before.length : 0);
	const displayEnd = amount.end + afterLength;
	const time = when.time;
	const figure: Drafted["figure"] = {
		label: { zh: capLabel(label) },
		...(given?.value === undefined ? statedValue(amount) : { value: given.value }),
		unit: unit.unit,
		display: { zh: original.slice(displayStart, displayEnd).trim() || written },
		...(time?.period !== undefined && { period: time.period }),
		...(time?.date !== undefined && { date: time.date }),
		...(qualifier !== undefined && { qualifier }),
		...(isEstimate(reading, amount.start, time) && { estimate: true as const }),
		attribution: attributionFor(reading, amount.start),
		quote: "",
	};
	const drafted: Drafted = {
		at: amount.start,
		end: amount.end,
		quoteStart: regionStart,
		// "Phi-2模型(27亿参数)": the quote takes the bracket's close with the figure in it.
		quoteEnd: displayEnd + (bracketLabel && sentence[displayEnd] === ")" ? 1 : 0),
		figure,
	};
	reading.figures.push(drafted);
	return drafted;
}

/**
 * The unit word of a number with the currency written before it (新台币…亿元 is 新台币): the currency
 * before, when the word after is 元 or nothing; the word after when none is before; undefined when
 * the two name different currencies.
 */
function prefixedUnit(after: string, before: string | undefined): string | undefined {
	if (before === undefined || after === before) return after;
	return after === "" || after === "元" ? before : undefined;
}

// Labels that do not say what their number counts, with why: a change in a unit a change is not
// (同比下降0.12元, 同比增长1.5倍), a number compared with another (较现价有32%上行空间, 高于B公司的18%), and
// words whose object follows the number (拟以不超过5亿元回购股份, 约合人民币86亿元).
const subjectlessLabels: [RegExp, string][] = [
	[
		/^(?:同比|环比|同|环|按年|按季|年|季|月|yoy|qoq)?\s?(?:多|少)?(?:增长|下降|上升|增加|减少|提升|下滑|提高|降低|上涨|下跌|回落|回升|收窄|扩大|缩小|增|减|降|升|跌|涨)(?:了)?$/iu,
		"its words say it is a change (同比下降0.12元, 同比增长1.5倍), not a figure, and no change can hold it",
	],
	[
		/^(?:中期|全年|同期|上年同期|去年同期|期内|本期|上期|年初|年中|年末|年底|[上下]半年)\s?:?$/u,
		"nothing before it but a period (2024年中期: …): what it counts is not written",
	],
	[
		/^(?:(?:同比|环比)?(?:增速|增幅|增长率)|[年季月]增率)$/u,
		"a growth rate with nothing before it but 增速: whose growth it is is not written",
	],
	[
		/^(?:较|相比|相较|对比|高于|低于|优于|弱于|不及|超出|vs\.?|VS\.?|[Ff]rom\b|[Pp]rev(?:ious)?\b|[Vv]ersus\b)/u,
		"a number compared with another (较…, 高于…, vs., from): whose it is cannot be told",
	],
	[
		/(?:^|拟|将|可|计划)(?:以|用)$|^(?:约合|折合|合|相当于|即)$/u,
		"what it counts is written after it (拟以5亿元回购, 约合人民币86亿元)",
	],
];

function unclearSubject(folded: string): string | undefined {
	return subjectlessLabels.find(([pattern]) => pattern.test(folded))?.[1];
}

const changedTo =
	"(?:上调|下调|调升|调降|上修|下修|调整|提升|提高|降低|下降|增加|减少)?\\s?至\\s?(?:约\\s?)?";
const fromValue = new RegExp(`^\\s?${changedTo}(?:${currencyWords})?\\s?\\d`, "u");
const toValue = new RegExp(
	`由\\s?(?:约\\s?)?(?:${currencyWords})?\\s?[\\d.]{1,12}\\s?\\S{0,4}?\\s?${changedTo}$`,
	"u",
);
const fromBefore = /由\s?(?:约\s?)?$/u;
const multipleMeasure = /^\s?(?:PE|PB|PS|EV\/EBITDA|市盈率|市净率|市销率)/u;

// Why the words before a number do not say what it counts, though they are there: a value changed from
// one number to another (目标价由40元上调至48元: the label stands before the first), or a multiple whose
// measure is written after it (对应2026年25倍PE).
function unclearLabel(sentence: string, start: number, end: number, unit: string): string | undefined {
	const before = sentence.slice(Math.max(0, start - 24), start);
	const after = sentence.slice(end, end + 12);
	if ((fromBefore.test(before) && fromValue.test(after)) || toValue.test(before))
		return "a value changed from one number to another (由…至…): which one its label names cannot be told";
	if (unit === "x" && multipleMeasure.test(after))
		return "a multiple whose measure (PE, PB) is written after it";
	return undefined;
}

/** Binds a change to a drafted figure, or leaves the change out with why. Returns whether it bound. */
export function bindChange(reading: Reading, drafted: Drafted, token: ChangeToken): boolean {
	const { figure } = drafted;
	if (token.unbound !== undefined) {
		// Two changes of one figure (同/环比+10%/+5%), or an approximate one (同比增长约30%): no figure holds
		// them, and the figure is not drafted without its change.
		reading.figures.splice(reading.figures.indexOf(drafted), 1);
		const written = reading.original
			.slice(token.start, token.end)
			.trim()
			.replace(/^\(\s?|\s?\)$/gu, "");
		const reason =
			token.unbound === "paired"
				? `two changes of it (${written}); a figure holds one`
				: `its change is approximate (${written}); a change in the note format is exact`;
		skip(reading, drafted.at, drafted.end, reason);
		return false;
	}
	if (figure.change !== undefined) {
		skip(reading, token.start, token.end, "a second change of one figure (the note format holds one)");
		return false;
	}
	if (token.change.unit === "pct-pt" && figure.unit !== "%") {
		skip(reading, token.start, token.end, "a change in percentage points of a figure that is not a rate");
		return false;
	}
	figure.change = token.change;
	drafted.changeToken = token;
	drafted.quoteEnd = Math.max(drafted.quoteEnd, token.end);
	return true;
}

/** The growth rate a note compares itself (同增35%,增速比23Q4提升26pct) as a figure of its own. */
export function draftRate(reading: Reading, grown: Drafted, token: ChangeToken): Drafted | undefined {
	const rate = grown.changeToken;
	const value = grown.figure.change?.value;
	if (rate === undefined || value === undefined || grown.figure.change?.unit !== "%") {
		skip(reading, token.start, token.end, "a change of a growth rate the note does not state");
		return undefined;
	}
	const numberAt = rate.start + reading.sentence.slice(rate.start, rate.end).search(/\d/u);
	const { value: _value, range: _range, change: _change, qualifier: _qualifier, ...rest } = grown.figure;
	const drafted: Drafted = {
		at: numberAt,
		end: rate.end,
		quoteStart: rate.start,
		quoteEnd: token.end,
		figure: {
			...rest,
			label: {
				zh: capLabel(`${grown.figure.label.zh} ${reading.original.slice(rate.start, numberAt).trim()}`),
			},
			value,
			unit: "%",
			display: { zh: reading.original.slice(numberAt, rate.end).trim() },
			change: token.change,
		},
	};
	reading.figures.push(drafted);
	return drafted;
}
