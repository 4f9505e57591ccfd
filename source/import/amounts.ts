/** A number as Chinese financial prose writes it, read into base units. */
export interface Amount {
	start: number;
	end: number;
	/** The value in base units: 443.5亿 is 44350000000. */
	value: number;
	/** The unit word as written after the number (美元, 参数, 家, %), or "" when there is none. */
	unitWord: string;
	/** Whether a magnitude (万, 亿, 千, …) was written. */
	scaled: boolean;
}

const magnitudes: Record<string, number> = { 十: 1, 百: 2, 千: 3, 万: 4, 亿: 8 };

/** The unit words read after a number, longest first where one begins another. */
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
	"元",
	"参数",
	"人",
	"家",
	"户",
	"颗",
	"台",
	"张",
	"套",
] as const;

// A number not glued to a word before it (Phi-1.0, CY24Q1, S0570519080006), with thousands
// separators or a decimal part, then a magnitude and a unit, each optional. Quantifiers are bounded
// so that a scan stays linear on any input.
const amountPattern = new RegExp(
	`(?<![A-Za-z0-9._\\-/])(\\d{1,3}(?:,\\d{3}){1,5}|\\d{1,15})(?:\\.(\\d{1,8}))?(?![.\\d])\\s?([十百千万亿]{0,3})\\s?(${unitWords.join("|")})?`,
	"gu",
);

/** Finds every number in a text, with its magnitude and unit word. */
export function findAmounts(text: string): Amount[] {
	const amounts: Amount[] = [];
	for (const match of text.matchAll(amountPattern)) {
		const [whole, integer = "", fraction = "", magnitude = "", unitWord = ""] = match;
		let exponent = 0;
		for (const character of magnitude) exponent += magnitudes[character] ?? 0;
		const digits = `${integer.replaceAll(",", "")}${fraction}`;
		const value = Number(`${digits}e${exponent - fraction.length}`);
		// A magnitude with no unit may be followed by a space that belongs to the next word.
		const end = match.index + whole.trimEnd().length;
		amounts.push({ start: match.index, end, value, unitWord, scaled: magnitude !== "" });
	}
	return amounts;
}
