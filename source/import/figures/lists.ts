import { foldText } from "../fold.ts";

/**
 * Pairs the names of a 分别 list with its values in order: 销售/管理/研发费用率分别为12.40%/6.15%/8.02%
 * names 销售费用率, 管理费用率 and 研发费用率. Returns undefined when the names cannot be paired
 * (one name, or a different count).
 */
export function pairNames(names: string, count: number): string[] | undefined {
	const parts = names
		.split(/[、/／和及与]/u)
		.map((part) => part.trim())
		.filter((part) => part !== "");
	if (parts.length !== count || count < 2) return undefined;
	const last = parts.at(-1) as string;
	const short = parts.slice(0, -1);
	const length = short[0]?.length ?? 0;
	// 销售/管理/研发费用率: the short names share the last name's measure word.
	const suffix = last.slice(length);
	const shared =
		length <= 2 &&
		short.every((part) => part.length === length) &&
		/^(?:费用率|费率|毛利率|净利率|利润率|收入|营收|占比|增速|销量|出货量|市占率|份额|业务|收入占比)$/u.test(
			foldText(suffix),
		);
	if (shared) return [...short.map((part) => `${part}${suffix}`), last];
	// 甲银行、乙银行、丙银行归母净利润: names that count nothing share the measure the last name ends with.
	if (short.some((part) => measure.test(foldText(part))) || !measure.test(foldText(last))) return parts;
	const name = lastNameIn(short, last);
	const rest = name === undefined ? "" : last.slice(name.length);
	return name === undefined || !measure.test(foldText(rest))
		? undefined
		: [...short.map((part) => `${part}${rest}`), last];
}

// Words that say what a number counts (a name in a list without one counts nothing).
const measure =
	/收入|营收|利润|净利|率|额|量|费用|支出|开支|成本|息差|价|规模|资产|负债|现金流|EPS|ROE|ROA|份额|占比|增速|产能|销量|出货|市值|存款|贷款|保费|订单|用户|人数|数/u;

/**
 * The name the last item of a list starts with, told by the ending the other names share (甲银行、乙银行
 * → 丙银行 of 丙银行归母净利润), or undefined when they share none that the last item holds.
 */
function lastNameIn(short: string[], last: string): string | undefined {
	let ending = short[0] as string;
	for (const part of short.slice(1)) {
		let length = 0;
		while (length < Math.min(ending.length, part.length) && ending.at(-1 - length) === part.at(-1 - length))
			length += 1;
		ending = ending.slice(ending.length - length);
	}
	for (let length = ending.length; length > 0; length -= 1) {
		const at = last.indexOf(ending.slice(ending.length - length));
		if (at > 0) return last.slice(0, at + length);
	}
	return undefined;
}

/** Returns the years of a year range (2025-2027) when there are `count` of them, else undefined. */
export function yearsOf(period: string | undefined, count: number): string[] | undefined {
	const range = /^(\d{4})-(\d{4})$/u.exec(period ?? "");
	if (range === null) return undefined;
	const from = Number(range[1]);
	const to = Number(range[2]);
	if (to - from + 1 !== count) return undefined;
	return Array.from({ length: count }, (_, index) => String(from + index));
}
