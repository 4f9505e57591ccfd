import type { Figure } from "../note/schema.ts";

const currencies: Record<string, string> = {
	美元: "USD",
	港元: "HKD",
	港币: "HKD",
	人民币: "CNY",
	元: "CNY",
	欧元: "EUR",
	日元: "JPY",
};

/** The qualifiers written just before a number, and what they mean. */
export const qualifiers: [RegExp, NonNullable<Figure["qualifier"]>][] = [
	[/(?:超过|超|逾|多于|大于)\s?$/u, "more-than"],
	[/(?:大约|约)\s?$/u, "about"],
	[/(?:接近|将近|近)\s?$/u, "nearly"],
	[/(?:或达|高达|最高达|达到|达)\s?$/u, "up-to"],
];

/** What starts a label but is not what it counts: a period, a date, a connective, a verb. */
export const leadingNoise =
	/^(?:\s|(?:CY|FY)?(?:20)?\d{2}(?:Q[1-4]|H[12])|(?:20)?\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?|其中|此外|同时|另外|以及|并且|而|和|及|与|发布|推出|开源|上线|实现|拥有)+/u;
/** What ends a label but is not what it counts: a verb or a qualifier before the number. */
export const trailingNoise = /(?:\s|拥有|达到|达|或|为|是|共|将|已|超过|超|逾|大约|约|接近|将近|近|高达)+$/u;

/**
 * Returns the unit of a figure from the unit word after its number and its (folded) label: 家 counts
 * customers when the label says 客户, organisations otherwise. Undefined when there is no unit.
 */
export function unitOf(word: string, label: string): string | undefined {
	if (word === "%") return "%";
	if (word === "参数") return "parameters";
	const currency = currencies[word];
	if (currency !== undefined) return currency;
	const customers = label.includes("客户");
	if (word === "人") return customers ? "customers" : label.includes("用户") ? "users" : "people";
	if (word === "家") return customers ? "customers" : "organisations";
	if (word === "户") return customers ? "customers" : label.includes("用户") ? "users" : "households";
	if (["颗", "台", "张", "套"].includes(word)) return "units";
	if (word === "" && /参数量?$/u.test(label)) return "parameters";
	return undefined;
}

/** Returns a label cut to its last 40 characters. */
export function capLabel(label: string): string {
	const characters = Array.from(label);
	return characters.length > 40 ? characters.slice(-40).join("") : label;
}
