import { currencyWords } from "../figure-words.ts";

// Checks that a number's label says what it counts and in what: the currency written before a number,
// labels that name no subject, and words around a number that make its label unclear.

/**
 * The unit word of a number with the currency written before it (新台币…亿元 is 新台币): the currency
 * before, when the word after is 元 or nothing; the word after when none is before; undefined when
 * the two name different currencies.
 */
export function prefixedUnit(after: string, before: string | undefined): string | undefined {
	if (before === undefined || after === before) return after;
	return after === "" || after === "元" ? before : undefined;
}

// Labels (folded, trimmed) that do not say what their number counts, with why: a change in a unit a
// change is not (同比下降0.12元, 同比增长1.5倍), a period alone ((2024年中期: …)), a bare growth rate (增速),
// a number compared with another (较现价有32%上行空间, 高于B公司的18%), a currency not known (越南盾), two
// names or periods with a slash between them and one number (营收/净利润为100亿元同比…), and
// words whose object follows the number (拟以不超过5亿元回购股份, 约合人民币86亿元).
const subjectlessLabels: [RegExp, string][] = [
	[
		/(?:^(?:同|环|年|季|月)?|同比|环比|按年|按季|yoy|qoq|较\S{0,10}?)\s?(?:多|少)?(?:增长|下降|上升|增加|减少|提升|下滑|提高|降低|上涨|下跌|回落|回升|收窄|扩大|缩小|增|减|降|升|跌|涨)了?$|(?:增长|下降|下滑|上涨|下跌|减少)了?$/iu,
		"its words say it is a change (营收同比增长1.5倍, 同比下降0.12元, 销量增长5万辆), not a figure, and no change can hold it",
	],
	[
		/^(?:中期|全年|同期|上年同期|去年同期|期内|本期|上期|年初|年中|年末|年底|[上下]半年)\s?:?$/u,
		"nothing before it but a period (2024年中期: …): what it counts is not written",
	],
	[
		/^(?:(?:同比|环比)?(?:增速|增幅|增长率)|[年季月]增率|占比|比重)$/u,
		"a growth rate or a share with nothing before it but 增速 or 占比: whose it is is not written",
	],
	[
		/^(?:较|相比|相较|对比|高于|低于|优于|弱于|不及|超出|vs\.?|VS\.?|[Ff]rom\b|[Pp]rev(?:ious)?\b|[Vv]ersus\b)/u,
		"a number compared with another (较…, 高于…, vs., from): whose it is cannot be told",
	],
	[
		/(?:币|盾|卢比|卢布|比索|镑|法郎|林吉特|铢|里拉|兰特|雷亚尔|克朗|第纳尔|迪拉姆|里亚尔)$/u,
		"a currency briefing does not know is written before it (卢比58亿元 is not CNY)",
	],
	[
		/[\u3400-\u9fff]\s?[/、]\s?[\u3400-\u9fff]|(?:20)?\d{2}[AEF]?\s?[/、]\s?(?:20)?\d{2}(?:[AEF]|\s?年)/u,
		"its words name two things or two periods (营收/净利润, 2025/2026年) and no list pairs them with numbers",
	],
	[
		/\d\s?(?:%|pct|bps?|个?百分点)/u,
		"its words hold another number (下调盈利预测15%/12%至…): which one its label names cannot be told",
	],
	[
		/^(?:上调|下调|调升|调降|调高|调低|上修|下修)/u,
		"a revision of a forecast (上调归母净利润预测8%至…): a change of it, not a figure",
	],
	[/^(?:之?后|以后|此后|其后|随后|然后)$/u, "nothing before it but 后: what it counts is not written"],
	[/^(?:为|是|相当于)/u, "a number of another (为2024年营收的2.6倍): whose it is cannot be told"],
	[
		/(?:^|拟|将|可|计划)(?:以|用)$|^(?:约合|折合|合|相当于|即)$/u,
		"what it counts is written after it (拟以5亿元回购, 约合人民币86亿元)",
	],
];

/** Why a label (folded) does not say what its number counts, or undefined when it does. */
export function unclearSubject(folded: string): string | undefined {
	return subjectlessLabels.find(([pattern]) => pattern.test(folded))?.[1];
}

const changedTo =
	"(?:上调|下调|调升|调降|上修|下修|调整|提升|提高|降低|下降|增加|减少)?\\s?至\\s?(?:约\\s?)?";
const fromValue = new RegExp(`^\\s?${changedTo}(?:${currencyWords})?\\s?\\d`, "u");
const toValue = new RegExp(
	`由\\s?(?:约\\s?)?(?:${currencyWords})?\\s?[\\d.]{1,12}\\s?\\S{0,4}?\\s?${changedTo}$`,
	"u",
);
const fromBefore = /由\s?(?:约\s?)?$/u;
const multipleMeasure = /^\s?(?:PE|PB|PS|EV\/EBITDA|市盈率|市净率|市销率)/u;

// Why the words before a number do not say what it counts, though they are there: a value changed from
// one number to another (目标价由40元上调至48元: the label stands before the first), or a multiple whose
// measure is written after it (对应2026年25倍PE).
export function unclearLabel(sentence: string, start: number, end: number, unit: string): string | undefined {
	const before = sentence.slice(Math.max(0, start - 24), start);
	const after = sentence.slice(end, end + 12);
	if ((fromBefore.test(before) && fromValue.test(after)) || toValue.test(before))
		return "a value changed from one number to another (由…至…): which one its label names cannot be told";
	if (unit === "x" && multipleMeasure.test(after))
		return "a multiple whose measure (PE, PB) is written after it";
	return undefined;
}
