import { type Amount, findAmounts, scaleNumber } from "../amounts.ts";
import type { TimeExpression } from "../time-expressions.ts";
import { labelOf, periodFor } from "./binding.ts";
import { afterHeadline, type Piece } from "./clauses.ts";
import { draftValue } from "./draft.ts";
import { pairNames, yearsOf } from "./lists.ts";
import { type Reading, skip } from "./reading.ts";
import type { ChangeToken } from "./tokens.ts";

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
export function readList(reading: Reading, piece: Piece, changes: ChangeToken[]): boolean {
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
