import type { Figure } from "../../note/schema.ts";
import { type Amount, findAmounts, scaleNumber } from "../amounts.ts";
import { type AttributionMark, findAttributions } from "../attribution.ts";
import {
	capLabel,
	estimateWords,
	leadingNoise,
	qualifierBefore,
	qualifiersAfter,
	trailingNoise,
	unitOf,
} from "../figure-words.ts";
import { findTimes, type TimeExpression } from "../time-expressions.ts";
import { afterHeadline, type Piece, splitPieces } from "./clauses.ts";
import { pairNames, yearsOf } from "./lists.ts";
import { countBefore, lastBefore, startingIn } from "./sorted.ts";
import { type ChangeToken, findTokens } from "./tokens.ts";

type Attribution = Figure["attribution"];

/** A figure of a sentence, with where its number and quote are (offsets in the sentence). */
export interface SentenceFigure {
	at: number;
	figure: Omit<Figure, "id" | "pillar">;
}

/** A number of a sentence left out, with where it is and why. */
export interface SentenceSkip {
	at: number;
	text: string;
	reason: string;
}

interface Drafted {
	at: number;
	quoteStart: number;
	quoteEnd: number;
	figure: Omit<Figure, "id" | "pillar">;
	/** The change bound to it, as found in the sentence. */
	changeToken?: ChangeToken;
}

/** The sentence as the importer reads it, and what has been read of it. */
interface Reading {
	sentence: string;
	original: string;
	times: TimeExpression[];
	/** periodsBefore[i]: how many of the first i times name a period or day of the figures. */
	periodsBefore: number[];
	marks: AttributionMark[];
	changes: ChangeToken[];
	leading: TimeExpression | undefined;
	broker: string | undefined;
	lastNamed: Attribution | undefined;
	figures: Drafted[];
	skipped: SentenceSkip[];
	/** Where the part of the sentence being read starts: after its last semicolon. */
	segmentStart: number;
}

// What may stand before a sentence's leading period in its piece: a headline before a space, the
// company, a connective, the broker's own word.
const beforeLeading = /^(?:\s|公司|其中|此外|同时|另外|我们(?:测算|预计|认为|估计|预测|判断)?|预计)*$/u;
const afterLeading = /^(?:\s|公司|实现|[。!?])*$/u;

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

// What stands between a change and the value it leads to: 同比增长20%至100亿元.
const changeThenValue = /^\s?(?:至|达到?)\s?(?:约|大约|超过?|逾|近|接近|不到)?\s?$/u;

// How far before a number its label, qualifier and estimate words are looked for: a scan stays linear.
const lookBack = 80;

function skip(reading: Reading, start: number, end: number, reason: string) {
	reading.skipped.push({ at: start, text: reading.original.slice(start, end).trim(), reason });
}

/** The period a value in a piece is of, or why it cannot be told. */
function periodFor(
	reading: Reading,
	piece: Piece,
	at: number,
): { time?: TimeExpression; reason?: string; estimate?: boolean } {
	const own = startingIn(reading.times, piece.start, at).at(-1);
	if (own !== undefined) {
		const written = reading.original.slice(own.start, own.end);
		if (own.comparison || own.relative) return { reason: `a number of the time compared with (${written})` };
		if (own.yearless) return { reason: `its period names no year (${written})` };
		if (own.duration) return {};
		return { time: own };
	}
	const leading = reading.leading;
	if (leading === undefined) return {};
	// Another period named between the leading one and this piece makes it unclear which one holds.
	const named = reading.periodsBefore;
	if (
		(named[countBefore(reading.times, piece.start)] as number) >
		(named[countBefore(reading.times, leading.end)] as number)
	)
		return {};
	// A source named after it starts what it does not govern: 根据IDC,2024年…;据Wind数据,….
	if (countBefore(reading.marks, at) > countBefore(reading.marks, leading.end)) return {};
	return { time: leading };
}

function attributionFor(reading: Reading, at: number): Attribution {
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
function isEstimate(reading: Reading, at: number, time: TimeExpression | undefined): boolean {
	const from = Math.max(reading.segmentStart, at - 2 * lookBack);
	if (time?.estimate === true || estimateWords.test(reading.sentence.slice(from, at))) return true;
	const mark = lastBefore(reading.marks, at);
	return mark?.kind === "broker" && /^我们(?:预计|预测|估计|测算)/u.test(reading.sentence.slice(mark.start));
}

/** Trims the words before a number to its label: no period, connective or verb before, no qualifier after. */
function labelOf(reading: Reading, start: number, end: number): { label: string; folded: string } {
	const folded = reading.sentence.slice(start, end);
	const lead = leadingNoise.exec(folded)?.[0].length ?? 0;
	const tail = trailingNoise.exec(folded.slice(lead))?.[0].length ?? 0;
	return {
		label: reading.original.slice(start + lead, end - tail).trim(),
		folded: folded.slice(lead, folded.length - tail).trim(),
	};
}

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
 * Drafts the figure of one value, with its label from `labelStart`, or records why it is left out.
 * Returns the figure, or undefined.
 */
function draftValue(
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
	if (amount.unitWord === "" && !amount.scaled && given === undefined) return undefined;
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
	// A headline before a space is cut off, unless only a qualifier follows it (门诊量 近9607万人次).
	const cut = afterHeadline(sentence, regionStart, labelEnd);
	if (cut > regionStart && labelOf(reading, cut, labelEnd).label !== "") regionStart = cut;
	const { label, folded } = given ?? labelOf(reading, regionStart, labelEnd);
	if (!/\p{L}/u.test(label)) {
		skip(reading, amount.start, amount.end, "nothing before it says what it counts");
		return undefined;
	}
	const unit = unitOf(amount.unitWord, folded, amount.perUnit);
	if ("reason" in unit) {
		skip(reading, amount.start, amount.end, unit.reason);
		return undefined;
	}
	const when = given?.period !== undefined ? { time: given.period } : periodFor(reading, piece, amount.start);
	if (when.reason !== undefined) {
		skip(reading, amount.start, amount.end, when.reason);
		return undefined;
	}
	const before = qualifierBefore(sentence.slice(regionStart, labelEnd));
	const after = qualifiersAfter.find(([pattern]) => pattern.test(sentence.slice(amount.end, amount.end + 4)));
	const afterLength = after ? (after[0].exec(sentence.slice(amount.end)) as RegExpExecArray)[0].length : 0;
	const qualifier = after?.[1] ?? before.qualifier;
	const displayStart = amount.start - (labelEnd === amount.start ? before.length : 0);
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
		quoteStart: regionStart,
		// "Phi-2模型(27亿参数)": the quote takes the bracket's close with the figure in it.
		quoteEnd: displayEnd + (bracketLabel && sentence[displayEnd] === ")" ? 1 : 0),
		figure,
	};
	reading.figures.push(drafted);
	return drafted;
}

function bindChange(reading: Reading, drafted: Drafted, token: ChangeToken): boolean {
	const { figure } = drafted;
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
function draftRate(reading: Reading, grown: Drafted, token: ChangeToken): Drafted | undefined {
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

/** Reads the numbers of a 分别 list: 12.40%/6.15%/8.02%, 41%、27%、19%, 100/120/140亿元. */
function listItems(sentence: string, from: number, to: number): Amount[] {
	const items: Amount[] = [];
	const lead = /^(?:为|是|达到?|约为)?\s?/u.exec(sentence.slice(from, to))?.[0].length ?? 0;
	const separator = /\s?(?:[、/]|和|及|与)\s?/gu;
	let at = from + lead;
	while (at < to) {
		separator.lastIndex = at;
		const next = separator.exec(sentence);
		const stop = next === null || next.index >= to ? to : next.index;
		const part = sentence.slice(at, stop).replace(/[\s。!?]+$/u, "");
		const [amount, ...more] = findAmounts(part);
		if (amount === undefined || more.length > 0 || amount.start !== 0 || amount.end !== part.length) break;
		items.push({ ...amount, start: at, end: at + amount.end });
		if (stop === to) break;
		at = stop + (next as RegExpExecArray)[0].length;
	}
	return items;
}

/** Reads a 分别 list of a piece: names paired with values in order, or years of a range. Returns whether it did. */
function readList(reading: Reading, piece: Piece, changes: ChangeToken[]): boolean {
	const { sentence, original } = reading;
	const within = sentence.slice(piece.start, piece.end).indexOf("分别");
	const at = piece.start + within;
	if (within === -1 || (changes.at(-1)?.start ?? -1) > at) return false;
	const items = listItems(sentence, at + 2, piece.end);
	if (items.length < 2) return false;
	const namesStart = afterHeadline(sentence, piece.start, at);
	const names = labelOf(reading, namesStart, at);
	const labels = pairNames(names.label, items.length);
	const { time, reason } = periodFor(reading, piece, at);
	const years = labels === undefined ? yearsOf(time?.period, items.length) : undefined;
	const last = items.at(-1) as Amount;
	const unexplained = labels === undefined && years === undefined;
	for (const [index, item] of items.entries()) {
		// 分别为100/120/140亿元: a number with no magnitude or unit takes the last one's.
		const bare = item.unitWord === "" && !item.scaled && item.high === undefined;
		const written = /^([\d,]+)(?:\.(\d+))?/u.exec(original.slice(item.start, item.end));
		if (unexplained || reason !== undefined || (bare && written === null)) {
			skip(
				reading,
				item.start,
				item.end,
				reason ??
					`分别 lists ${items.length} numbers for names that cannot be paired in order (${names.label})`,
			);
			continue;
		}
		const shared = bare
			? { ...item, unitWord: last.unitWord, perUnit: last.perUnit, scaled: last.scaled }
			: item;
		const label = labels?.[index] ?? names.label;
		const drafted = draftValue(reading, piece, shared, at, {
			label,
			folded: labels === undefined ? names.folded : label,
			...(years !== undefined && { period: { ...(time as TimeExpression), period: years[index] as string } }),
			...(bare &&
				written !== null && { value: scaleNumber(written[1] ?? "", written[2] ?? "", last.exponent) }),
		});
		if (drafted !== undefined) {
			drafted.quoteStart = namesStart;
			drafted.quoteEnd = Math.max(drafted.quoteEnd, last.end);
		}
	}
	return true;
}

/**
 * Reads the figures of one (folded) sentence with its original text: each value with the words that
 * bind to it in its own piece (label, period, qualifier, change), a change in the next piece
 * (同比增长21.40%), the sentence's leading period and the source named before it. What cannot be
 * bound with certainty is left out with a reason. `lastNamed` is the source the paragraph named last
 * (for 据其报道); the sentence's own is returned.
 */
export function readSentence(
	sentence: string,
	original: string,
	broker: string | undefined,
	lastNamed: Attribution | undefined,
): { figures: SentenceFigure[]; skipped: SentenceSkip[]; lastNamed: Attribution | undefined } {
	// A sentence with no digit states no number.
	if (!/\d/u.test(sentence)) return { figures: [], skipped: [], lastNamed };
	const { changes, values } = findTokens(sentence);
	// No value, no change and no list (whose numbers after a slash are read apart): nothing to bind.
	if (values.length === 0 && changes.length === 0 && !sentence.includes("分别"))
		return { figures: [], skipped: [], lastNamed };
	const times = findTimes(sentence).filter((time) => {
		const change = lastBefore(changes, time.start + 1);
		return change === undefined || time.start >= change.end;
	});
	// How many periods and days (not compared with, not earlier) the first i times name.
	const periodsBefore = [0];
	for (const time of times)
		periodsBefore.push(
			(periodsBefore.at(-1) as number) +
				(time.comparison || time.relative || time.duration || time.yearless ? 0 : 1),
		);
	const pieces = splitPieces(sentence);
	const reading: Reading = {
		sentence,
		original,
		times,
		marks: sentence.includes("据") || sentence.includes("我们") ? findAttributions(sentence) : [],
		changes,
		leading: leadingTime(sentence, times, pieces, values),
		periodsBefore,
		broker,
		lastNamed,
		figures: [],
		skipped: [],
		segmentStart: 0,
	};
	// The figure a change at the start of the next piece belongs to, when there is exactly one.
	let previous: Drafted | undefined;
	for (const piece of pieces) {
		if (piece.afterSemicolon) {
			previous = undefined;
			reading.segmentStart = piece.start;
		}
		const pieceValues = startingIn(values, piece.start, piece.end);
		const pieceChanges = startingIn(changes, piece.start, piece.end);
		const before = reading.figures.length;
		if (readList(reading, piece, pieceChanges)) {
			previous = undefined;
			continue;
		}
		const tokens = [
			...pieceValues.map((value) => ({ value })),
			...pieceChanges.map((change) => ({ change })),
		].sort(
			(a, b) =>
				("value" in a ? a.value.start : a.change.start) - ("value" in b ? b.value.start : b.change.start),
		);
		let floor = piece.start;
		let lastValue: Drafted | undefined;
		let carried = false;
		// A value a change before it has already drafted (同比增长20%至100亿元).
		let taken: Amount | undefined;
		for (const [index, token] of tokens.entries()) {
			if ("value" in token) {
				if (token.value === taken) continue;
				lastValue = draftValue(reading, piece, token.value, floor);
				floor = token.value.end;
				continue;
			}
			const { change } = token;
			const gap = sentence.slice(floor, change.start);
			const next = tokens[index + 1];
			if (
				next !== undefined &&
				"value" in next &&
				changeThenValue.test(sentence.slice(change.end, next.value.start))
			) {
				// 营收同比增长20%至100亿元: the change leads to the value after it; the label is before the change.
				const label = labelOf(reading, Math.max(floor, change.start - lookBack), change.start);
				const drafted =
					label.label === "" ? undefined : draftValue(reading, piece, next.value, change.end, label);
				if (drafted === undefined)
					skip(reading, change.start, change.end, "a change with no figure in its clause");
				else {
					drafted.quoteStart = Math.max(floor, change.start - lookBack);
					bindChange(reading, drafted, change);
				}
				taken = next.value;
				lastValue = undefined;
				floor = next.value.end;
				continue;
			}
			if (lastValue !== undefined && gap.trim() === "") {
				bindChange(reading, lastValue, change);
			} else if (index === 0 && /^\s?(?:且|并|同时|其中)?\s?$/u.test(gap) && previous !== undefined) {
				if (change.rateOfRate) draftRate(reading, previous, change);
				else carried = bindChange(reading, previous, change);
			} else {
				skip(reading, change.start, change.end, "a change with no figure before it in its clause");
			}
			lastValue = undefined;
			floor = change.end;
		}
		const made = reading.figures.length - before;
		previous =
			made === 1 ? (reading.figures.at(-1) as Drafted) : made === 0 && carried ? previous : undefined;
	}
	return {
		figures: reading.figures.map((drafted) => ({
			at: drafted.at,
			figure: { ...drafted.figure, quote: original.slice(drafted.quoteStart, drafted.quoteEnd).trim() },
		})),
		skipped: reading.skipped,
		lastNamed: reading.lastNamed,
	};
}
