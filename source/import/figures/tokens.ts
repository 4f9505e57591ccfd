import { type Amount, findAmounts } from "../amounts.ts";
import { type Change, readBracketChange, readChange } from "../changes.ts";
import { currencyWords } from "../figure-words.ts";

/** A change found in a sentence: where it is, what it says. */
export interface ChangeToken {
	start: number;
	end: number;
	change: Change;
	/** Whether it is in brackets right after a number: (+18.44%). */
	bracket: boolean;
	/** Whether it moves a growth rate: 增速比23Q4提升26pct. */
	rateOfRate: boolean;
	/**
	 * Why no figure can hold it, which leaves out the figure it would bind to: two changes written as a
	 * pair (同/环比+10%/+5%, 同比、环比分别增长10%、5%; `change` is the first), or a change written as
	 * approximate (同比增长约30%), where a change in the note format is exact.
	 */
	unbound?: "paired" | "approximate";
}

// A currency written right before a number: HK$45.6, US$120, RMB3.4, 港币45.6.
const currencyBefore = new RegExp(`(?:${currencyWords})\\s?$`, "u");

// Two bases, then two changes in the same order: 同/环比+10%/+5%, 同环比+10%/-5%, 同比、环比分别增长10%、5%,
// yoy/qoq +10%/+5%.
const pairedChange =
	/(?:同\s?[/、]?\s?环比|环\s?[/、]?\s?同比|(?:同比|环比|yoy|YoY|qoq|QoQ)\s?[/、和及与]\s?(?:同比|环比|yoy|YoY|qoq|QoQ))\s?(?:分别)?\s?(?:为|增长|下降|变动|增加|减少|提升|下滑)?\s?[+-]?\d{1,6}(?:\.\d{1,4})?\s?(?:%|pct|pp)?\s?[/、,]\s?[+-]?\d{1,6}(?:\.\d{1,4})?\s?(?:%|pct|pp)/gu;

// Where a change may start: a basis, a direction, a comparison, or a bracket. (年增长20%: the change
// starts at 增长, not at 年增.)
const changeStart =
	/(?:增速|增幅|增长率|占比)?\s?(?:比|较|相比|相较)|同比|月环比|季环比|环比|同增|环增|同降|环降|同减|环减|按年|按季|按月|[年季月]增(?![长加])|[年季月]减(?![少])|yoy|YoY|YOY|qoq|QoQ|QOQ|mom|MoM|MOM|增长|下降|上升|增加|减少|提升|下滑|提高|降低|上涨|下跌|回落|收窄|扩大|\(/gu;

/**
 * Finds the changes of a (folded) sentence (同比增长21.40%, 同减2%, (+18.44%), 增速比23Q4提升26pct)
 * and its values: every number with a unit or magnitude (a range counts as one) that is not part of a change.
 */
export function findTokens(sentence: string): { changes: ChangeToken[]; values: Amount[] } {
	const changes: ChangeToken[] = [];
	// Every change is in per cent or percentage points: a sentence with neither has none.
	const changing =
		sentence.includes("%") ||
		sentence.includes("pct") ||
		sentence.includes("百分点") ||
		sentence.includes("pp") ||
		sentence.includes("bp");
	const pairs =
		changing && /同|环|yoy|qoq/iu.test(sentence) ? Array.from(sentence.matchAll(pairedChange)) : [];
	const end = (match: RegExpExecArray) => match.index + match[0].length;
	let nextPair = 0;
	const pattern = new RegExp(changeStart);
	for (let match = changing ? pattern.exec(sentence) : null; match !== null; match = pattern.exec(sentence)) {
		const at = match.index;
		// Both run in order: the pairs that end before this match are behind.
		while (nextPair < pairs.length && end(pairs[nextPair] as RegExpExecArray) <= at) nextPair += 1;
		const candidate = pairs[nextPair];
		const pair = candidate !== undefined && candidate.index <= at ? candidate : undefined;
		if (pair !== undefined) {
			// In brackets after a figure, (同/环比+10%/+5%), the brackets are the pair's.
			const open = /\(\s?$/u.exec(sentence.slice(Math.max(0, pair.index - 2), pair.index));
			const close = open === null ? null : /^\s?\)/u.exec(sentence.slice(end(pair), end(pair) + 2));
			const [start, stop] =
				open === null || close === null
					? [pair.index, end(pair)]
					: [pair.index - open[0].length, end(pair) + close[0].length];
			const first = /[+-]?\d{1,6}(?:\.\d{1,4})?/u.exec(pair[0])?.[0] ?? "0";
			const change: Change = {
				value: Number(first),
				unit: /pct|pp/u.test(pair[0]) ? "pct-pt" : "%",
				basis: /^(?:环|qoq)/iu.test(pair[0]) ? "qoq" : "yoy",
			};
			changes.push({
				start,
				end: stop,
				change,
				bracket: false,
				rateOfRate: false,
				unbound: "paired",
			});
			pattern.lastIndex = stop;
			continue;
		}
		const bracket = match[0] === "(";
		const read = bracket
			? readBracketChange(sentence.slice(at, at + 60))
			: readChange(sentence.slice(at, at + 60));
		if (read === undefined) continue;
		changes.push({
			start: at,
			end: at + read.length,
			change: read.change,
			bracket,
			rateOfRate: "rateOfRate" in read && read.rateOfRate === true,
			...(read.approximate === true && { unbound: "approximate" as const }),
		});
		pattern.lastIndex = at + read.length;
	}
	// A bare number (2025 of 2025Q2, 7 of Mistral 7B) is no value: it has no unit, magnitude or currency
	// before it (HK$45.6; not US$1.2B or US$1.2 billion, whose magnitude is a word not read, nor 人民币2024年).
	const valuesOf = (text: string) =>
		findAmounts(text).filter(
			(amount) =>
				amount.unitWord !== "" ||
				amount.scaled ||
				(currencyBefore.test(text.slice(Math.max(0, amount.start - 4), amount.start)) &&
					!/^\s?[A-Za-z年月日季兆]/u.test(text.slice(amount.end, amount.end + 2))),
		);
	const values = valuesOf(sentence);
	if (changes.length === 0) return { changes, values };
	// No number of a change is a value; when one was read joined to the number after it
	// (同比增长1%至30%), the values are read again with each change blanked out (offsets kept).
	let next = 0;
	let joined = false;
	const apart = values.filter((amount) => {
		while (next < changes.length && (changes[next] as ChangeToken).end <= amount.start) next += 1;
		const change = changes[next];
		if (change === undefined || amount.end <= change.start) return true;
		if (amount.end > change.end) joined = true;
		return false;
	});
	if (!joined) return { changes, values: apart };
	const parts: string[] = [];
	let from = 0;
	for (const change of changes) {
		parts.push(sentence.slice(from, change.start), " ".repeat(change.end - change.start));
		from = change.end;
	}
	parts.push(sentence.slice(from));
	return { changes, values: valuesOf(parts.join("")) };
}
