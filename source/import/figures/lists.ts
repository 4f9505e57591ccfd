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
	return shared ? [...short.map((part) => `${part}${suffix}`), last] : parts;
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
