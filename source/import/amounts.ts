/** A number as Chinese financial prose writes it, or a range of two, read into base units. */
export interface Amount {
	start: number;
	end: number;
	/** The value in base units: 443.5亿 is 44350000000. For a range (3.10-3.85亿), its low end. */
	value: number;
	/** For a range, its high end in base units: 3.10-3.85亿 is 310000000 to 385000000. */
	high?: number;
	/** The unit word as written after the number (美元, 参数, 家, %), or "" when there is none. */
	unitWord: string;
	/** What the unit is per, written after a slash: 吨 for 元/吨. */
	perUnit?: string;
	/** Whether a magnitude (万, 亿, 千, …) was written. */
	scaled: boolean;
	/** The power of ten the magnitude stands for: 8 for 亿, 0 when none was written. */
	exponent: number;
}

const magnitudes: Record<string, number> = { 十: 1, 百: 2, 千: 3, 万: 4, 亿: 8, 兆: 12 };
const latinMagnitudes: Record<string, number> = { bn: 9, mn: 6 };

/** The unit words read after a number, longest first where one begins another (as regular expressions). */
export const unitWords = [
	"%",
	"pct",
	"个百分点",
	"百分点",
	"美元",
	"港元",
	"港币",
	"人民币",
	"欧元",
	"日元",
	"新台币",
	"台币",
	"美金",
	"英镑",
	"韩元",
	"澳门元",
	"澳门币",
	"澳元",
	"新加坡元",
	"元人民币",
	"元港币",
	"元港元",
	"元美元",
	"元",
	"参数",
	"GWh",
	"GW",
	"MWh",
	"MW",
	"人次",
	"人",
	"家",
	"户",
	"颗",
	"台",
	"张",
	"套",
	"例",
	"千升",
	"吨",
	"辆",
	"件",
	"片",
	"部",
	"倍",
	// A multiple as English writes it: PE 30x, PB 1.2X (not 2x100G, not 3x3).
	"[xX](?![A-Za-z0-9])",
] as const;

/** The things a price may be per, written after a slash: 元/吨, 美元/桶. */
export const perUnits = [
	"吨",
	"千升",
	"升",
	"桶",
	"股",
	"辆",
	"台",
	"件",
	"片",
	"平方米",
	"平米",
	"kg",
	"公斤",
	"克",
	// Power and energy (元/kWh, 元/W, 元/度), and what farms, hotels and mines price by.
	"kWh",
	"KWh",
	"MWh",
	"Wh",
	"W",
	"千瓦时",
	"千瓦",
	"瓦",
	"度",
	"头",
	"盎司",
	"间夜",
	"人",
	// A rate per year: 80万吨/年 of capacity, 1,200元/年 of a fee.
	"年",
];

// A number not glued to a word before it (Phi-1.0, CY24Q1, S0570519080006), with thousands
// separators or a decimal part, then a magnitude (千 not of 千升) and a unit, each optional.
const number = "(\\d{1,3}(?:,\\d{3}){1,5}|\\d{1,15})(?:\\.(\\d{1,8}))?(?![.\\d])";
// 兆 is a million million before a currency (新台币1.45兆元, Taiwan's and Hong Kong's usage), and no
// magnitude otherwise (兆瓦 is MW).
const magnitude =
	"\\s?((?:bn|mn)(?![A-Za-z])|(?:[十百万亿]|千(?![升瓦克米])|兆(?=\\s?[元美日新台港韩人])){0,3})";
const unit = `\\s?(${unitWords.join("|")})?`;
const per = `(?:/(${perUnits.join("|")}))?`;
// Quantifiers are bounded so that a scan stays linear on any input.
// A minus right after a word or a colon is the number's sign (归母净利润-3.2亿元, 毛利率为-1.2%); a
// number may follow a currency code (RMB3.4bn).
const amountPattern = new RegExp(
	`(?:(?<=RMB|CNY|HKD|USD)|(?<![A-Za-z0-9._\\-/+]))(?:(?<=[\\u3400-\\u9fff:])-)?${number}${magnitude}${unit}(?:\\s?[-~～至到—–]\\s?${number}${magnitude}${unit})?${per}`,
	"gu",
);

// The first number of a match alone, when two numbers of a match are no range.
const singlePattern = new RegExp(`^-?${number}${magnitude}${unit}${per}`, "u");

function exponentOf(magnitude: string): number {
	const latin = latinMagnitudes[magnitude];
	if (latin !== undefined) return latin;
	let exponent = 0;
	for (let index = 0; index < magnitude.length; index += 1)
		exponent += magnitudes[magnitude[index] as string] ?? 0;
	return exponent;
}

/** Returns a number as written (integer and fraction digits) times ten to an exponent, exactly. */
export function scaleNumber(integer: string, fraction: string, exponent: number): number {
	const digits = `${integer.includes(",") ? integer.replaceAll(",", "") : integer}${fraction}`;
	const power = exponent - fraction.length;
	// Up to 15 digits are exact as a double, as is a power of ten up to 1e22: one rounding, as parsing does.
	if (digits.length <= 15 && power >= -22 && power <= 22)
		return power >= 0 ? Number(digits) * 10 ** power : Number(digits) / 10 ** -power;
	return Number(`${digits}e${power}`);
}

function baseValue(integer: string, fraction: string, magnitude: string): number {
	return scaleNumber(integer, fraction, exponentOf(magnitude));
}

/**
 * Finds every number in a (folded) text, with its magnitude and unit word; two numbers joined by a
 * dash or 至 are one range when the first has the second's unit or none (3.10-3.85亿元, 80%-120%).
 */
export function findAmounts(text: string): Amount[] {
	const amounts: Amount[] = [];
	// One pattern for every call: a scan is synchronous, and lastIndex starts at 0.
	const pattern = amountPattern;
	pattern.lastIndex = 0;
	for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
		const [whole, integer = "", fraction = "", scale = "", unitWord = "", toInteger, toFraction = ""] = match;
		const [toScale = "", toUnit = "", perUnit] = [match[7], match[8], match[9]];
		const start = match.index;
		const end = start + whole.trimEnd().length;
		// 3.10-3.85亿元: the first number takes the second's magnitude and unit when it writes neither.
		const bare = scale === "" && unitWord === "";
		// A signed number (-3.2亿元) starts no range: -3-5% is not read as -3% to 5%.
		const sign = whole.startsWith("-") ? -1 : 1;
		const range =
			sign === 1 &&
			toInteger !== undefined &&
			(bare || unitWord === toUnit || (unitWord === "" && scale !== "" && toScale !== ""));
		if (!range) {
			const single = singlePattern.exec(whole) as RegExpExecArray;
			const ownPer = single[5];
			amounts.push({
				start,
				end: start + single[0].trimEnd().length,
				value: sign * baseValue(integer, fraction, scale),
				unitWord,
				...(ownPer !== undefined && { perUnit: ownPer }),
				scaled: scale !== "",
				exponent: exponentOf(scale),
			});
			// The second number, if any, is read again on its own.
			pattern.lastIndex = start + single[0].length;
			continue;
		}
		amounts.push({
			start,
			end,
			value: baseValue(integer, fraction, bare ? toScale : scale),
			high: baseValue(toInteger, toFraction, toScale),
			unitWord: toUnit === "" ? unitWord : toUnit,
			...(perUnit !== undefined && { perUnit }),
			scaled: scale !== "" || toScale !== "",
			exponent: exponentOf(toScale),
		});
	}
	return amounts;
}
