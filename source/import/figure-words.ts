import type { Figure } from "../note/schema.ts";

const currencies: Record<string, string> = {
	美元: "USD",
	美金: "USD",
	港元: "HKD",
	港币: "HKD",
	人民币: "CNY",
	元: "CNY",
	欧元: "EUR",
	日元: "JPY",
	新台币: "TWD",
	台币: "TWD",
	英镑: "GBP",
	韩元: "KRW",
	澳门元: "MOP",
	澳门币: "MOP",
	澳元: "AUD",
	新加坡元: "SGD",
	// 12.4亿元人民币, 3亿元港币: the currency after 元.
	元人民币: "CNY",
	元港币: "HKD",
	元港元: "HKD",
	元美元: "USD",
	RMB: "CNY",
	CNY: "CNY",
	HKD: "HKD",
	USD: "USD",
	HK$: "HKD",
	US$: "USD",
	NT$: "TWD",
};

/**
 * A currency named right before a number, with a qualifier between them or none: 新台币1,234亿元,
 * 美金380亿元, 人民币约12亿元, HK$45.6, RMB3.4亿. (Folded text; a lone $ names no currency.)
 */
export const currencyWords =
	"人民币|港币|港元|美元|美金|新台币|台币|日元|欧元|英镑|韩元|澳门元|澳门币|澳元|新加坡元|RMB|CNY|HKD|USD|HK\\$|US\\$|NT\\$";
const currencyPrefix = new RegExp(
	`(?<![A-Za-z兑]|[A-Za-z]/)(${currencyWords})\\s?(?:约为?|大约|超过?|逾|近|接近|不超过|不到)?\\s?$`,
	"u",
);

/** The currency word written before a number (words: the folded text before it), where it starts, or undefined. */
export function currencyBefore(words: string): { word: string; at: number } | undefined {
	const match = currencyPrefix.exec(words);
	return match === null ? undefined : { word: match[1] as string, at: match.index };
}

type Qualifier = NonNullable<Figure["qualifier"]>;

/**
 * The qualifiers written just before a number, and what they mean. 达, 达到 and 高达 say a number
 * was reached: exact, no qualifier.
 */
export const qualifiers: [RegExp, Qualifier][] = [
	[/(?:不超过|不高于|最高达?|最多|至多)\s?$/u, "up-to"],
	[/(?:不低于|不少于|至少)\s?$/u, "more-than"],
	[/(?:不到|不足|低于|少于|小于)\s?$/u, "less-than"],
	[/(?:超过|超|逾|多于|大于|高于|突破)\s?$/u, "more-than"],
	[/(?:大约|约为|约合|约达|约)\s?$/u, "about"],
	[/(?:接近|将近|近)\s?$/u, "nearly"],
];

// 约 before the verb of a clause still makes its number approximate: 约占全国产量的4.6%. (Not 合约, 签约, …)
const aboutVerb = /(?<![合签预节制公])约(?:占|为|合|达|有|束)?(?!束|定)/u;

/** What a number is said to be after it: 左右 about, 以上 more than, 以内 at most. */
export const qualifiersAfter: [RegExp, Qualifier][] = [
	[/^\s?(?:左右|上下)/u, "about"],
	[/^\s?以上/u, "more-than"],
	[/^\s?(?:以内|以下)/u, "up-to"],
];

/**
 * Returns the qualifier of a number from the words of its clause before it (folded) and the length
 * of the qualifier written right before the number (0 when it is further back, as in 约占…的4.6%).
 */
export function qualifierBefore(words: string): { qualifier?: Qualifier; length: number } {
	for (const [pattern, qualifier] of qualifiers) {
		const match = pattern.exec(words);
		if (match !== null) return { qualifier, length: match[0].length };
	}
	return aboutVerb.test(words) ? { qualifier: "about", length: 0 } : { length: 0 };
}

/**
 * Words that make a number an estimate rather than a reported one. 预期 after 超, 不及, 符合, 低于, … is
 * how a reported number compares with expectations (业绩超预期): no forecast.
 */
export const estimateWords =
	/预计|预测|(?<![超及合于过]|[超及合于过](?:市场|一致))预期|有望|或达|或将|将达|将超|估计|预估|测算|指引|计划|目标(?!价)/u;

/** What starts a label but is not what it counts: a period, a date, a connective, a verb. */
export const leadingNoise =
	/^(?:\s|、|(?:CY|FY)?(?:20)?\d{2}(?:Q[1-4]|H[12])(?:-Q[1-4])?年?|[1-4][QH](?:20)?\d{2}年?|约(?=占)|(?:20)?\d{2}[AEF]?\s?[-~至到]\s?(?:20)?\d{2}[AEF]?\s?年?|(?:20)?\d{2}\s?年\s?(?:\d{1,2}\s?月?\s?[-~至到—–]\s?\d{1,2}\s?月份?|\d{1,2}月(?:\d{1,2}日|[末底初])?|第?[一二三四1-4]季度|[上下]半年|前三季度|全年|度|Q[1-4](?:\s?-\s?Q[1-4])?|H[12]|以来|之?前|之?后|以[前后]|[底末]前?)?|(?:20)?\d{2}[AEF]|(?:20)?\d{2}\s?财年|(?:CY|FY)(?:20)?\d{2}(?!\d)|其中|此外|同时|另外|以及|并且|而|和|及|与|发布|推出|开源|上线|实现|拥有|报告期内|全年|公司|(?:当前|目前)?股价对应|当前|目前|对应|维持|给予|(?:市场|彭博|万得)?一致预期|市场预期|法人预估|我们(?:测算|预计|预测|预估|估计|认为)?|预计|预估|预测|累计)+/u;
/** What ends a label but is not what it counts: a verb or a qualifier before the number. */
export const trailingNoise =
	/(?:\s|(?:提升|上升|增加|增长|提高|下降|降低|回升|回落|扩大|缩小|减少|放缓|加快|收窄|改善)至|拥有|达到|达|至|或|为|是|共有|共|将|已|超过|超|逾|大约|约为|约|接近|将近|近|高达|不超过|不高于|不低于|不少于|至少|最高|最多|至多|不到|不足|低于|少于|小于|高于|多于|大于|实现|录得|突破|有望|预计|预期|可|的)+$/u;

// What a price or a per-unit amount is per, in its label: 吨价, 每股, 单吨净利, 单车价值量, 单票收入, 每辆,
// 每10股 (a dividend per ten shares), 人均创收 and 户均存款 (per person, per household).
const perPrice =
	/单([吨车票瓦台辆件片箱])|每(\d{1,4}股|[吨桶股辆台件片车票箱人户])|([吨桶股辆台件片])均?价|([人户头])均|每股|EPS|BPS|股价|目标价|TP/u;
const pricePerSomething = /(?:单价|均价|售价|价格|ASP|价)$/u;

/**
 * Returns the unit of a figure from the unit word after its number, what a price is per (written
 * after a slash, or in its label: 吨价 is per 吨, 每股 per 股), and its (folded) label: 家 counts
 * customers when the label says 客户, organisations otherwise. A price is CNY/吨. Returns a reason
 * instead when there is no unit, or a price does not say what it is per.
 */
export function unitOf(word: string, label: string, perUnit?: string): { unit: string } | { reason: string } {
	if (word === "%") return { unit: "%" };
	if (word === "参数") return { unit: "parameters" };
	const currency = currencies[word];
	if (currency !== undefined) {
		if (perUnit !== undefined) return { unit: `${currency}/${perUnit}` };
		const per = perPrice.exec(label);
		if (per !== null) return { unit: `${currency}/${per[1] ?? per[2] ?? per[3] ?? per[4] ?? "股"}` };
		if (pricePerSomething.test(label))
			return { reason: "a price that does not say what it is per (元/吨, 吨价)" };
		return { unit: currency };
	}
	const customers = label.includes("客户");
	if (word === "人") return { unit: customers ? "customers" : label.includes("用户") ? "users" : "people" };
	if (word === "家") return { unit: customers ? "customers" : "organisations" };
	if (word === "户")
		return { unit: customers ? "customers" : label.includes("用户") ? "users" : "households" };
	if (["颗", "台", "张", "套"].includes(word)) return { unit: "units" };
	if (word === "倍" || word === "x" || word === "X") return { unit: "x" };
	if (word !== "" && !/pct|百分点/u.test(word))
		return { unit: perUnit === undefined ? word : `${word}/${perUnit}` };
	if (word === "" && /参数量?$/u.test(label)) return { unit: "parameters" };
	return { reason: "no unit: 元, 美元, 参数, 人, 人次, 家, 户, 台, 吨, 千升, 例 or %" };
}

/** Returns a label cut to its last 40 characters. */
export function capLabel(label: string): string {
	const characters = Array.from(label);
	return characters.length > 40 ? characters.slice(-40).join("") : label;
}
