import type { Amount } from "../amounts.ts";
import { findAttributions } from "../attribution.ts";
import { findTimes, type TimeExpression } from "../time-expressions.ts";
import { labelOf, leadingTime } from "./binding.ts";
import { afterHeadline, splitPieces } from "./clauses.ts";
import { bindChange, draftRate, draftValue } from "./draft.ts";
import { readList } from "./list-values.ts";
import {
	type Attribution,
	type Drafted,
	lookBack,
	type Reading,
	type SentenceFigure,
	type SentenceSkip,
	skip,
} from "./reading.ts";
import { lastBefore, startingIn } from "./sorted.ts";
import { type ChangeToken, findTokens } from "./tokens.ts";

export type { SentenceFigure, SentenceSkip } from "./reading.ts";

/** Returns a piece's values and changes merged in the order they are written (both lists are in order). */
function inOrder(values: Amount[], changes: ChangeToken[]): ({ value: Amount } | { change: ChangeToken })[] {
	const tokens: ({ value: Amount } | { change: ChangeToken })[] = [];
	let v = 0;
	let c = 0;
	while (v < values.length || c < changes.length) {
		const value = values[v];
		const change = changes[c];
		if (change === undefined || (value !== undefined && value.start < change.start)) {
			tokens.push({ value: value as Amount });
			v += 1;
		} else {
			tokens.push({ change });
			c += 1;
		}
	}
	return tokens;
}

/**
 * The times of a sentence less those of a headline before it (二季度业绩超预期 2025年第二季度,…): when the
 * words after the headline's space start with a time, the headline's times govern none of its numbers.
 */
function withoutHeadline(sentence: string, times: TimeExpression[], firstValue: number): TimeExpression[] {
	const cut = afterHeadline(sentence, 0, firstValue);
	if (cut === 0 || !times.some((time) => time.start === cut)) return times;
	return times.filter((time) => time.start >= cut);
}

// What stands between a change and the value it leads to: 同比增长20%至100亿元.
const changeThenValue = /^\s?(?:至|达到?)\s?(?:约|大约|超过?|逾|近|接近|不到)?\s?$/u;

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
	if (
		values.length === 0 &&
		changes.length === 0 &&
		!sentence.includes("分别") &&
		!sentence.includes("/") &&
		!sentence.includes("、")
	)
		return { figures: [], skipped: [], lastNamed };
	const found = withoutHeadline(sentence, findTimes(sentence), values[0]?.start ?? sentence.length);
	// A time inside a change (增速比23Q4提升26pct) is the change's.
	const times =
		changes.length === 0
			? found
			: found.filter((time) => {
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
		yearless: times.filter((time) => time.yearless === true),
		marks: /据|我们|显示|表明|预期|法人/u.test(sentence) ? findAttributions(sentence) : [],
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
		// A piece with no value and no change (主要系需求回暖) ends what a change after it could bind to.
		if (readList(reading, piece, pieceChanges) || (pieceValues.length === 0 && pieceChanges.length === 0)) {
			previous = undefined;
			continue;
		}
		const tokens = inOrder(pieceValues, pieceChanges);
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
				// 增长80%至120% may be a range of growth or growth to a rate: both are left out.
				if (change.change.unit === "%" && next.value.unitWord === "%") {
					skip(
						reading,
						change.start,
						next.value.end,
						"X%至Y% may be a range of growth or a growth to a rate",
					);
					taken = next.value;
					lastValue = undefined;
					floor = next.value.end;
					continue;
				}
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
	// 同比持平 (flat) says no exact change: the figure before it holds none, and the report says so.
	if (sentence.includes("持平"))
		for (const flat of sentence.matchAll(/(?:同比|环比|yoy|qoq|YoY|QoQ)\s?(?:基本|大致|大体|略有)?持平/gu))
			skip(
				reading,
				flat.index,
				flat.index + flat[0].length,
				"flat (持平) is no exact change: the figure holds none",
			);
	reading.skipped.sort((a, b) => a.at - b.at);
	return {
		figures: reading.figures.map((drafted) => {
			drafted.figure.quote = original.slice(drafted.quoteStart, drafted.quoteEnd).trim();
			return { at: drafted.at, figure: drafted.figure };
		}),
		skipped: reading.skipped,
		lastNamed: reading.lastNamed,
	};
}
