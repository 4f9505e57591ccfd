import { unitOf } from "../figure-words.ts";

// The units of a forecast table (source/import/figures/forecast-table.ts): the table's own (单位:百万元) and
// each row's (营业收入(百万元), EPS(元), PE(倍), 毛利率(%)).

// A table's own unit: 单位:百万元, (百万元), 人民币百万元.
export const tableUnit =
	/(?:单位\s?:?\s?|\()((?:人民币|港币|港元|美元|新台币|台币|日元|欧元)?(?:十|百|千|万|十万|百万|千万|亿)?(?:元|美元|港元|港币|新台币|日元|欧元))\)?/u;
// A row's unit in brackets after its label: 营业收入(百万元), EPS(元), 增长率(%), PE(倍), PE(x).
const rowUnit = /\(([^()]{1,8})\)$/u;
const scaledMoney =
	/^(人民币|港币|港元|美元|新台币|台币|日元|欧元)?(十|百|千|万|十万|百万|千万|亿)?(元|美元|港元|港币|人民币|新台币|日元|欧元)$/u;

const exponents: Record<string, number> = { 十: 1, 百: 2, 千: 3, 万: 4, 十万: 5, 百万: 6, 千万: 7, 亿: 8 };

/**
 * The currency (as unitOf takes it: 元, 美元, 港币, 新台币, …) and the power of ten of a money unit
 * written in a table (百万元, 新台币百万元, 百万港元, 亿元), or undefined for no money unit.
 */
export function moneyOf(word: string): { currency: string; exponent: number } | undefined {
	const money = scaledMoney.exec(word);
	if (money === null) return undefined;
	const named = money[1] ?? money[3];
	return {
		currency: named === "人民币" ? "元" : (named as string),
		exponent: exponents[money[2] ?? ""] ?? 0,
	};
}
// A growth row's label that is only its sign and unit: (+/-)%, +/-(%), (+/-%).
export const changeOnly = /^\(?\+\/-\)?\s?\(?%?\)?$/u;
// Multiples, whose unit is x with or without a bracket; rates, which are % with one.
const multiple =
	/^(?:PE|P\/E|PB|P\/B|PS|P\/S|EV\/EBITDA|EV\/EBIT|PEG|市盈率|市净率|市销率|本益比|股价净值比)$/u;
const rateOrPerShare = /率|ROE|ROA|ROIC|EPS|BPS|每股|股息/u;

/** The unit of a row and the power of ten its numbers are written in, from its label, or why there is none. */
export function unitOfRow(
	label: string,
	tableScale: { word: string; exponent: number } | undefined,
	percentCells: boolean,
): { name: string; unit: string; exponent: number } | { name: string; reason: string } {
	if (changeOnly.test(label)) return { name: "+/-", unit: "%", exponent: 0 };
	const bracket = rowUnit.exec(label);
	const name = (bracket === null ? label : label.slice(0, bracket.index)).trim();
	const word = bracket?.[1]?.trim();
	if (word === "%" || (word === undefined && percentCells)) return { name, unit: "%", exponent: 0 };
	if (word === "倍" || word === "x" || word === "X" || (word === undefined && multiple.test(name)))
		return { name, unit: "x", exponent: 0 };
	const money = word === undefined ? undefined : moneyOf(word);
	if (money !== undefined) {
		// EPS(元) in a table in 新台币百万元 or 百万港元 is in that currency; in one in 美元, 日元 or 欧元
		// it may be either.
		let currency = money.currency;
		if (currency === "元" && tableScale !== undefined && tableScale.word !== "元") {
			if (!/^(?:新台币|台币|港币|港元)$/u.test(tableScale.word))
				return { name, reason: `元 in a table in ${tableScale.word}: which currency is not said` };
			currency = tableScale.word;
		}
		const unit = unitOf(currency, name);
		if ("reason" in unit) return { name, reason: unit.reason };
		return { name, unit: unit.unit, exponent: money.exponent };
	}
	if (word !== undefined) return { name, reason: `a unit the table reader does not know (${word})` };
	if (tableScale !== undefined && !rateOrPerShare.test(name) && !multiple.test(name)) {
		const unit = unitOf(tableScale.word, name);
		if (!("reason" in unit)) return { name, unit: unit.unit, exponent: tableScale.exponent };
	}
	return { name, reason: "its row names no unit" };
}
