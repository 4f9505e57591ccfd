import { type Amount, findAmounts, scaleNumber } from "../amounts.ts";
import { currencyBefore, currencyWords } from "../figure-words.ts";
import type { TimeExpression } from "../time-expressions.ts";
import { labelOf, periodFor } from "./binding.ts";
import { afterHeadline, type Piece } from "./clauses.ts";
import { draftValue } from "./draft.ts";
import { prefixedUnit } from "./label-checks.ts";
import { pairNames, yearsOf } from "./lists.ts";
import { type Reading, skip } from "./reading.ts";
import { startingIn } from "./sorted.ts";
import type { ChangeToken } from "./tokens.ts";

const currencyLead = new RegExp(`^(?:${currencyWords})\\s?`, "u");

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
		// 港币120亿元及港币20亿元, HK$45.6/HK$23.1: a currency may stand before each number.
		const prefix = currencyLead.exec(part)?.[0].length ?? 0;
		const [amount, ...more] = findAmounts(part);
		if (amount === undefined || more.length > 0 || amount.start !== prefix || amount.end !== part.length)
			break;
		items.push({ ...amount, start: at + amount.start, end: at + amount.end });
		if (stop === to) break;
		at = stop + (next as RegExpExecArray)[0].length;
	}
	return items;
}

const chainSeparator = /^\s?(?:[/、]|和|及|与)\s?$/u;
const bareYears = /(?<!\d)(?:(?:20)?\d{2}\s?[/、]\s?)+$/u;

/**
 * The periods a list's names are written as, one a value, with where they stand: 2025E/2026E/2027E
 * (归母净利润), 25Q1/25Q2 (营收), 2025/2026年 (EPS: bare years before a year take its form). Undefined
 * when fewer than two periods stand in a row.
 */
function periodChain(
	reading: Reading,
	from: number,
	to: number,
): { periods: TimeExpression[]; start: number; end: number } | undefined {
	const times = startingIn(reading.times, from, to);
	const chain: TimeExpression[] = [];
	for (let index = times.length - 1; index >= 0; index -= 1) {
		const time = times[index] as TimeExpression;
		const next = chain[0];
		if (time.period === undefined || time.comparison || time.end > to) break;
		if (next !== undefined && !chainSeparator.test(reading.sentence.slice(time.end, next.start))) break;
		chain.unshift(time);
	}
	const first = chain[0];
	if (first === undefined) return undefined;
	const years = /^\d{4}$/u.test(first.period ?? "")
		? bareYears.exec(reading.sentence.slice(from, first.start))
		: null;
	const before =
		years === null
			? []
			: Array.from(years[0].matchAll(/\d{2,4}/gu), (year) => {
					const start = years.index + from + year.index;
					const period = year[0].length === 2 ? `20${year[0]}` : year[0];
					return { start, end: start + year[0].length, period, comparison: false };
				});
	const periods = [...before, ...chain];
	if (periods.length < 2) return undefined;
	return { periods, start: (periods[0] as TimeExpression).start, end: (chain.at(-1) as TimeExpression).end };
}

/** The label of the words before a list's periods and of the words after them (对应 + EPS). */
function joinLabels(before: { label: string; folded: string }, after: { label: string; folded: string }) {
	const glue = (a: string, b: string) => (a === "" ? b : b === "" ? a : `${a}${b}`);
	return { label: glue(before.label, after.label), folded: glue(before.folded, after.folded) };
}

/**
 * Where a list of values written with slashes or 、 and no 分别 starts in a piece (营收/净利润为100亿元/12亿元,
 * 2025/2026年毛利率为30%/32%, PE 30x/24x/19x, 15.2、18.9、22.6亿元): the first number followed by a slash or
 * 、 and more numbers,
 * the last with a unit or a magnitude, none inside a change. Undefined when there is none.
 */
function slashListStart(sentence: string, piece: Piece, changes: ChangeToken[]): number | undefined {
	const text = sentence.slice(piece.start, piece.end);
	if (!text.includes("/") && !text.includes("、")) return undefined;
	for (const amount of findAmounts(text)) {
		const start = piece.start + amount.start;
		if (!/^\s?[/、]\s?[+-]?\d/u.test(text.slice(amount.end))) continue;
		if (changes.some((change) => change.start <= start && start < change.end)) continue;
		const items = listItems(sentence, start, piece.end);
		const last = items.at(-1);
		if (items.length >= 2 && last !== undefined && (last.unitWord !== "" || last.scaled)) return start;
	}
	return undefined;
}

/**
 * Reads a list of a piece, after 分别 or written with slashes: names paired with values in order, or
 * periods (2025E/2026E, 2025/2026年, the years of 2025-2027年, or a list's years before it for
 * 对应PE分别为…). Returns whether it did.
 */
export function readList(reading: Reading, piece: Piece, changes: ChangeToken[]): boolean {
	const { sentence, original } = reading;
	const within = sentence.slice(piece.start, piece.end).indexOf("分别");
	const slashed = within === -1 ? slashListStart(sentence, piece, changes) : undefined;
	if (within === -1 && slashed === undefined) return false;
	// 营收为美元12.5/14.8亿元: a currency before a slash list is no part of its names.
	const currency = slashed === undefined ? undefined : currencyBefore(sentence.slice(piece.start, slashed));
	const at = currency !== undefined ? piece.start + currency.at : (slashed ?? piece.start + within);
	const items = listItems(sentence, slashed ?? at + 2, piece.end);
	if (slashed !== undefined && changes.length > 0) {
		// 营收/净利润为100亿元/12亿元同比增长20%/15%, 同比增长25%、24%、20%: which change is whose is not
		// read; none is guessed, and the list's clause gives no figure.
		for (const item of items)
			skip(reading, item.start, item.end, "a list of values with a change in its clause");
		for (const change of changes)
			skip(reading, change.start, change.end, "a change in the clause of a list of values");
		return true;
	}
	if (slashed === undefined && (changes.at(-1)?.start ?? -1) > at) return false;
	if (items.length < 2) {
		// 分别 with numbers after it that are no list read in order: none of them is one name's.
		const after = findAmounts(sentence.slice(at, piece.end)).filter(
			(amount) => amount.unitWord !== "" || amount.scaled,
		);
		for (const amount of after)
			skip(
				reading,
				at + amount.start,
				at + amount.end,
				"分别 before numbers that cannot be read as a list in order",
			);
		return after.length > 0;
	}
	const namesStart = afterHeadline(sentence, piece.start, at);
	const chain = periodChain(reading, namesStart, at);
	const names =
		chain === undefined
			? labelOf(reading, namesStart, at)
			: joinLabels(labelOf(reading, namesStart, chain.start), labelOf(reading, chain.end, at));
	const labels = chain === undefined ? pairNames(names.label, items.length) : undefined;
	// 对应PE分别为25.3/20.1/16.4倍 after 2025-2027年归母净利润分别为…: the years of the list before it.
	const previous =
		chain === undefined &&
		labels === undefined &&
		/^\s?(?:(?:当前|目前)?股价)?对应/u.test(sentence.slice(piece.start, at))
			? reading.listPeriods
			: undefined;
	const period = periodFor(reading, piece, at);
	const time = period.time;
	const years =
		chain !== undefined
			? chain.periods
			: previous !== undefined && startingIn(reading.times, piece.start, at).length === 0
				? previous.length === items.length
					? previous
					: undefined
				: labels === undefined
					? yearsOf(time?.period, items.length)?.map((year) => ({
							...(time as TimeExpression),
							period: year,
						}))
					: undefined;
	const reason =
		chain === undefined
			? years !== undefined && previous !== undefined
				? undefined
				: period.reason
			: chain.periods.length === items.length
				? undefined
				: `分别 lists ${items.length} numbers for ${chain.periods.length} periods`;
	reading.listPeriods = reason === undefined && labels === undefined ? years : undefined;
	const last = items.at(-1) as Amount;
	const listCurrency = currencyBefore(
		sentence.slice(Math.max(piece.start, (items[0] as Amount).start - 8), (items[0] as Amount).start),
	)?.word;
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
			: { ...item };
		// 港幣122.5/138.6/155.2億元: the currency before the first number is every number's.
		if (index > 0 && listCurrency !== undefined) {
			const own = currencyBefore(sentence.slice(Math.max(0, item.start - 4), item.start))?.word;
			const unitWord = prefixedUnit(shared.unitWord, own ?? listCurrency);
			if (unitWord === undefined || (own !== undefined && own !== listCurrency)) {
				skip(
					reading,
					item.start,
					item.end,
					`two currencies in one list (${listCurrency}, ${own ?? shared.unitWord})`,
				);
				continue;
			}
			shared.unitWord = unitWord;
		}
		const label = labels?.[index] ?? names.label;
		const drafted = draftValue(reading, piece, shared, at, {
			label,
			folded: labels === undefined ? names.folded : label,
			...(years !== undefined && { period: years[index] as TimeExpression }),
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
