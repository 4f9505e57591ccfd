import type { Figure } from "../../note/schema.ts";
import type { Amount } from "../amounts.ts";
import { capLabel, currencyBefore, qualifierBefore, qualifiersAfter, unitOf } from "../figure-words.ts";
import type { TimeExpression } from "../time-expressions.ts";
import { attributionFor, isEstimate, labelOf, periodFor } from "./binding.ts";
import { afterHeadline, type Piece } from "./clauses.ts";
import { prefixedUnit, unclearLabel, unclearSubject } from "./label-checks.ts";
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
	// 35.2%/36.1%(Q1/Q2): a number with another after a slash is one of a list not read in order.
	if (given === undefined && /^\s?[/、]\s?[+-]?\d/u.test(sentence.slice(amount.end, amount.end + 4))) {
		skip(
			reading,
			amount.start,
			amount.end,
			"one of a list written with slashes that cannot be read in order",
		);
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
	const found =
		given?.period !== undefined ? { time: given.period } : periodFor(reading, piece, amount.start);
	// A target price is of no period: the sentence's years (预计2025-2027年…,目标价52.3元) are not its.
	const when = /目标价(?:格)?$|^TP$/u.test(folded) ? {} : found;
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
 * The basis of a change written 环比 (环增, 环降, 环减: against the period before) for a figure of a
 * period: qoq for a quarter, mom for a month; null for any other period or none (a half year's or a
 * year's 环比 names no period it is compared with); undefined when the change says its basis itself
 * (同比, 月环比, qoq, 按季, 上季度).
 */
export function sequentialBasis(
	written: string,
	change: NonNullable<Figure["change"]>,
	period: string | undefined,
): "qoq" | "mom" | null | undefined {
	if (change.basis !== "qoq" || !/(?<![季月])环[比增降减]/u.test(written)) return undefined;
	if (/Q[1-4]$/u.test(period ?? "")) return "qoq";
	if (/^\d{4}-\d{2}$/u.test(period ?? "")) return "mom";
	return null;
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
	const sequential = sequentialBasis(
		reading.sentence.slice(token.start, token.end),
		token.change,
		figure.period,
	);
	if (sequential === null) {
		skip(
			reading,
			token.start,
			token.end,
			"环比 of a figure whose period is no quarter or month: the period it is compared with is not said",
		);
		return false;
	}
	if (token.change.unit === "pct-pt" && figure.unit !== "%") {
		skip(reading, token.start, token.end, "a change in percentage points of a figure that is not a rate");
		return false;
	}
	figure.change = sequential === undefined ? token.change : { ...token.change, basis: sequential };
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
