import type { Figure } from "../note/schema.ts";
import { scaleNumber } from "./amounts.ts";

/** A change as the note states it, in the note format. */
export type Change = NonNullable<Figure["change"]>;

/** A change read from the text, with the length of the text it took. */
export interface ChangeRead {
	change: Change;
	length: number;
	/** Whether the note writes it as approximate: 同比增长约30%, 同比增长超30%. */
	approximate?: true;
}

/**
 * The words that name a change's basis, folded: 同比 and 同增 are yoy, 环比 qoq (sequential: a month's is
 * mom, see bindChange), 月环比 mom; HK brokers' 按年/按季 and
 * Taiwan's 年增/季增/月增 (年减, …) too.
 */
export const bases: Record<string, Change["basis"]> = {
	同比: "yoy",
	同增: "yoy",
	同降: "yoy",
	同减: "yoy",
	yoy: "yoy",
	环比: "qoq",
	月环比: "mom",
	季环比: "qoq",
	环增: "qoq",
	环降: "qoq",
	环减: "qoq",
	qoq: "qoq",
	mom: "mom",
	上年同期: "yoy",
	去年同期: "yoy",
	上年: "yoy",
	去年: "yoy",
	上季度: "qoq",
	上一季度: "qoq",
	上季: "qoq",
	按年: "yoy",
	按季: "qoq",
	按月: "mom",
	年增: "yoy",
	年减: "yoy",
	季增: "qoq",
	季减: "qoq",
	月增: "mom",
	月减: "mom",
};

/** Words (or a minus) that make a change a fall. */
export const falling = /同降|环降|同减|环减|下降|减少|下滑|降低|回落|收窄|下跌|减|降|-/u;

// Without the i flag (costly to compile with u): the case forms notes write.
const basisWords =
	"同比|月环比|季环比|环比|同增|环增|同降|环降|同减|环减|按年|按季|按月|年增|年减|季增|季减|月增|月减|yoy|YoY|YOY|qoq|QoQ|QOQ|mom|MoM|MOM";
const directionWords = "增长|下降|上升|增加|减少|提升|下滑|提高|降低|上涨|下跌|回落|收窄|扩大|增|减|降|升";
const amount =
	"(\\d{1,6}(?:\\.\\d{1,4})?)(?:\\s?(?:%|pct|个百分点|百分点|pp|bps|bp)?\\s?[-~～到]\\s?(\\d{1,6}(?:\\.\\d{1,4})?))?";
// Basis points are hundredths of a percentage point: 150bps is 1.5 pct-pt.
const changeUnit = "(%|pct|个百分点|百分点|pp|bps|bp)(?![A-Za-z])";

// A change stated after a figure: 同增35%, 同比增长20%, 同减2%, yoy-8.40%, 同比增长80%-120%, 增长5%, and
// an approximate one (同比增长约30%), which is read so that its number is no figure of its own.
const basisFirst = new RegExp(
	`^\\s?(?<basis>${basisWords})?\\s?(?<direction>${directionWords})?\\s?(?<about>约|大约|超过?|逾|近|接近|不到)?\\s?(?<sign>[+-]?)\\s?${amount}\\s?${changeUnit}`,
	"u",
);
// A change against another period: 增速比23Q4提升26pct, 较2024Q4下降3pct, 较上年同期增长12%.
const against = new RegExp(
	`^\\s?(?<subject>增速|增幅|增长率|占比)?\\s?(?:比|较|相比|相较)\\s?(?<against>[^\\s,;:()]{2,10}?)\\s?(?<direction>${directionWords})\\s?(?<sign>[+-]?)\\s?${amount}\\s?${changeUnit}`,
	"u",
);
// A growth rate's own change year on year: 增速同比提升5pct.
const rateBasis = new RegExp(
	`^\\s?(?<subject>增速|增幅|增长率|占比)\\s?(?<basis>同比|环比)\\s?(?<direction>${directionWords})\\s?(?<sign>[+-]?)\\s?${amount}\\s?${changeUnit}`,
	"u",
);
// A change in brackets, the basis first, last or not at all: (qoq +38%), (+38% qoq), (+18.44%).
const bracketBasisLast = new RegExp(
	`^\\s?\\(\\s?(?<sign>[+-]?)\\s?${amount}\\s?${changeUnit}\\s?(?<basis>${basisWords})\\s?\\)`,
	"u",
);

function build(
	groups: Record<string, string | undefined>,
	numbers: [string | undefined, string | undefined],
	unitWord: string,
	againstText?: string,
): Change | undefined {
	const { basis: basisWord, direction = "", sign = "" } = groups;
	const fallWord = falling.test(`${basisWord ?? ""}${direction}`);
	// A fall written twice (同比下降-5%) could mean either: it is not read.
	if (fallWord && sign === "-") return undefined;
	// A number with no basis, direction or sign is no change.
	if (basisWord === undefined && direction === "" && sign === "" && againstText === undefined)
		return undefined;
	const factor = fallWord || sign === "-" ? -1 : 1;
	const unit: Change["unit"] = unitWord === "%" ? "%" : "pct-pt";
	let basis: Change["basis"] = basisWord === undefined ? undefined : bases[basisWord.toLowerCase()];
	let againstLabel: string | undefined;
	if (againstText !== undefined) {
		basis = bases[againstText] ?? "vs";
		if (basis === "vs") againstLabel = againstText;
	}
	const size = (written: string) => {
		const [integer = "", fraction = ""] = written.split(".");
		return factor * scaleNumber(integer, fraction, /^bps?$/u.test(unitWord) ? -2 : 0);
	};
	const low = size(numbers[0] ?? "");
	const sized =
		numbers[1] === undefined
			? { value: low }
			: {
					range: {
						low: Math.min(low, size(numbers[1])),
						high: Math.max(low, size(numbers[1])),
					},
				};
	return {
		...sized,
		unit,
		...(basis !== undefined && { basis }),
		...(againstLabel !== undefined && { against: againstLabel }),
	};
}

/**
 * Reads a change at the start of a (folded) text, as a note writes it after a figure or in the next
 * clause: 同比增长21.40%, 同减2%, yoy-8.40%, 增速比23Q4提升26pct, 较上年同期增长12%. A fall
 * (下降, 同减, a minus) is negative. Returns undefined when the text does not start with one.
 * `rateOfRate` says the change is of a growth rate (增速比23Q4提升26pct): the note compares the rate itself.
 */
export function readChange(text: string): (ChangeRead & { rateOfRate: boolean }) | undefined {
	for (const pattern of [against, rateBasis, basisFirst]) {
		const match = pattern.exec(text);
		if (match === null) continue;
		const groups = match.groups ?? {};
		const numbers: [string | undefined, string | undefined] = [match.at(-3), match.at(-2)];
		const change = build(groups, numbers, match.at(-1) ?? "", groups.against);
		if (change === undefined) return undefined;
		// 同比增长20%以上, 增长30%左右: a change said to be approximate after its number.
		const after = /^\s?(?:以上|左右|上下|以内|以下)/u.exec(text.slice(match[0].length));
		return {
			change,
			length: match[0].length + (after?.[0].length ?? 0),
			...((groups.about !== undefined || after !== null) && { approximate: true as const }),
			rateOfRate: groups.subject === "增速" || groups.subject === "增幅" || groups.subject === "增长率",
		};
	}
	return undefined;
}

/**
 * Reads a change in brackets at the start of a text, right after a figure: (qoq +38%), (同比+20%),
 * (环比下降3pct), (+38% QoQ), (+18.44%) with no basis. Returns it with the length of the text it
 * took, or undefined.
 */
export function readBracketChange(text: string): ChangeRead | undefined {
	const open = /^\s?\(\s?/u.exec(text);
	if (open === null) return undefined;
	const inner = text.slice(open[0].length);
	const first = readChange(inner);
	if (first !== undefined && !first.rateOfRate) {
		const close = /^\s?\)/u.exec(inner.slice(first.length));
		if (close !== null)
			return { change: first.change, length: open[0].length + first.length + close[0].length };
	}
	const last = bracketBasisLast.exec(text);
	if (last === null) return undefined;
	const change = build(last.groups ?? {}, [last[2], last[3]], last[4] ?? "");
	return change === undefined ? undefined : { change, length: last[0].length };
}
