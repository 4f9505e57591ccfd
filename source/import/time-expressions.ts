/**
 * A time a figure refers to: a reporting period (normalised: 2025Q2, 2025H1, 2025Q1-Q3, 2024-2026, 2024,
 * 2025-03, months 2025-01/2025-10; CY24Q1 and FY24Q3 kept as written, 2025财年 FY2025), a day, a period with no year (一季度), or a duration (近三年).
 */
export interface TimeExpression {
	start: number;
	end: number;
	period?: string;
	date?: string;
	/** Whether the text compares with this time (比23Q4, 较2023年) rather than dates a figure. */
	comparison: boolean;
	/** A quarter, half year or months with no year (一季度, 上半年, 1-9月, 7月): which year it is cannot be told. */
	yearless?: true;
	/** A single month with no year (7月): a value after it in its clause keeps it in its label, with no period. */
	monthOnly?: true;
	/** A span counted back or forward (近三年, 未来5年, 年均): it dates no single period. */
	duration?: true;
	/** An earlier time named relative to the figure's own (去年同期, 上年, 年初): a number after it is of that time. */
	relative?: true;
	/** A year or period marked as an estimate (2026E). */
	estimate?: true;
}

const quarterWords: Record<string, string> = { 一: "1", 二: "2", 三: "3", 四: "4" };

function fullYear(year: string): string {
	return year.length === 2 ? `20${year}` : year;
}

function isoDate(year: string, month: string, day: string): string | undefined {
	const y = Number(fullYear(year));
	const m = Number(month);
	const d = Number(day);
	const date = new Date(Date.UTC(y, m - 1, d));
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
		return undefined;
	return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * Returns the day a Chinese or ISO date names, as YYYY-MM-DD: 2024年5月7日, 24年4月23日,
 * 2024-05-09, 2024/5/9 or 2024.05.09. Returns undefined when the text is no such date, or the day
 * does not exist.
 */
export function parseDate(text: string): string | undefined {
	const chinese = /^((?:20)?\d{2})年(\d{1,2})月(\d{1,2})日$/.exec(text);
	if (chinese) return isoDate(chinese[1] as string, chinese[2] as string, chinese[3] as string);
	const numeric = /^(20\d{2})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
	return numeric ? isoDate(numeric[1] as string, numeric[2] as string, numeric[3] as string) : undefined;
}

/** A date anywhere in a text, as written: 2024年5月7日, 24年4月23日 or 2024-05-09. */
export const datePattern =
	/(?<!\d)(?:(?:20)?\d{2}年\d{1,2}月\d{1,2}日|20\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d))/u;

// A year: four digits, or two (2015 to 2039) not glued to another digit.
const year = "(?:20\\d{2}|1[5-9]|2\\d|3\\d)";
const dash = "\\s?[-~至到—–]\\s?";
const quarter = "(?:第?[一二三四1-4]季度|[一二三四]季(?!度)|Q[1-4])";
const half = "(?:[上下]半年|H[12])";
const threeQuarters = "(?:前三季度?|第?[一1]\\s?[-~至到]\\s?[三3]季度|Q1\\s?-\\s?Q3)";

// Periods, longest forms first. Two-digit years are 2015 to 2039, and a year is not taken after a
// word that makes it a duration (近10年, 未来20年).
const timePattern = new RegExp(
	[
		`(?<date>(?<![\\d])(?:20)?\\d{2}年\\d{1,2}月\\d{1,2}日)`,
		`(?<yearRange>(?<![\\dA-Za-z])(?<from>${year})[AEF]?${dash}(?<to>${year})[AEF]?\\s?年?(?![\\d度]))`,
		`(?<cnPeriod>(?<![\\d近前后未来去过超约达数几多])(?<cnYear>${year})\\s?年\\s?(?:(?<three>${threeQuarters})|(?<quarter>${quarter})|(?<half>${half})|全年|度(?!\\d)))`,
		"(?<code>(?<![A-Za-z0-9])(?<fiscal>CY|FY)?(?<codeYear>(?:20)?\\d{2})(?:(?<codePart>Q[1-4]|H[12])(?:-(?<codeTo>Q[1-4]))?(?![0-9])|(?<e>E|(?<=\\d{4})[AF])(?![0-9A-Za-z])))",
		"(?<fiscalYear>(?<![A-Za-z0-9])(?:CY|FY)(?:20)?\\d{2}(?![0-9]))",
		`(?<fiscalChinese>(?<![\\d])(?<fiscalChineseYear>${year})\\s?财年)`,
		"(?<leading>(?<![A-Za-z0-9])(?<lead>[1-4])(?<leadKind>Q|H)(?<leadYear>(?:20)?\\d{2})(?![0-9]))",
		`(?<monthRange>(?<![\\d近前后未来去过超约达数几多])(?<rangeYear>${year})\\s?年\\s?(?<firstMonth>\\d{1,2})\\s?月?${dash}(?<lastMonth>\\d{1,2})\\s?月份?(?!\\d))`,
		`(?<month>(?<![\\d])${year}\\s?年\\d{1,2}月(?!\\d))`,
		// 2026年前, 2025年以来, 2027年之后: a deadline or a start, no period; 2025年中期, 2025年初: part of a
		// year that is no quarter or half, no period either (2025年中国… is the year).
		`(?<year>(?<![\\d近前后未来去过超约达数几多])${year}\\s?年(?![\\d度]|前|后|以[来前后]|之[前后]|底前|末前|中[期报旬]|中(?=[,;:。\\s]|$)|初(?!步)|年[中初]))`,
		`(?<duration>(?:近|过去|未来|最近)\\s?(?:\\d{1,2}|[一二两三四五六七八九十]{1,2})\\s?(?:个)?(?:年|季度|个月)|(?:\\d{1,2}|[一二两三四五六七八九十]{1,2})年来|(?:\\d{1,2}|[一二两三四五六七八九十]{1,2})\\s?年(?=\\s?CAGR)|年均|复合)`,
		"(?<relative>去年同期|上年同期|同期|去年|上年|前年|上一?季度|上月|年初|此前|前值)",
		`(?<yearless>(?<![\\d年A-Za-z])(?:${threeQuarters}|第?[一二三四]季度|[上下]半年|(?:Q[1-4]|H[12])(?![0-9A-Za-z])|(?<![.])\\d{1,2}\\s?月?${dash}\\d{1,2}\\s?月份?(?!\\d)|(?<lonelyMonth>(?<![.\\d])(?:1[0-2]|0?[1-9])\\s?月(?![\\d个]))))`,
	].join("|"),
	"uy",
);

// The characters a time can start with (a digit, CY/FY, Q/H, or the first character of a word
// form above): the scan tries the pattern only there, which keeps it fast on long prose.
const starts = new Set(
	Array.from("0123456789CFQH近过未最去上同前年此第一二两三四五六七八九十下复", (c) => c.charCodeAt(0)),
);

const comparisonBefore = /(?:比|较|相比|相较|对比|vs\.?)\s?$/u;

function code(half: string | undefined, quarterNumber: string): string {
	if (half !== undefined) return half.startsWith("H") ? half : half.startsWith("上") ? "H1" : "H2";
	return `Q${quarterWords[quarterNumber] ?? quarterNumber}`;
}

/**
 * The period of the months `first` to `last` of a year (2025年1-9月): the year, a half year or quarters
 * when the months are whole quarters (1-12月 → 2025, 1-6月 → 2025H1, 1-9月 → 2025Q1-Q3, 4-6月 → 2025Q2),
 * else an ISO 8601 interval of months (1-10月 → 2025-01/2025-10). Undefined for no such months.
 */
function monthsPeriod(year: string, first: number, last: number): string | undefined {
	if (!(first >= 1 && first < last && last <= 12)) return undefined;
	if (first === 1 && last === 12) return year;
	if ((first - 1) % 3 === 0 && last % 3 === 0) {
		const [from, to] = [(first + 2) / 3, last / 3];
		if (from === to) return `${year}Q${from}`;
		if (from % 2 === 1 && to === from + 1) return `${year}H${(from + 1) / 2}`;
		return `${year}Q${from}-Q${to}`;
	}
	const month = (number: number) => `${year}-${String(number).padStart(2, "0")}`;
	return `${month(first)}/${month(last)}`;
}

/** Returns the normalised period of a match of the time pattern, or undefined for a date or span. */
function periodOf(groups: Record<string, string | undefined>, text: string): string | undefined {
	if (groups.yearRange !== undefined) {
		const [from, to] = [fullYear(groups.from ?? ""), fullYear(groups.to ?? "")];
		return from < to ? `${from}-${to}` : undefined;
	}
	if (groups.cnPeriod !== undefined) {
		const y = fullYear(groups.cnYear ?? "");
		if (groups.three !== undefined) return `${y}Q1-Q3`;
		if (groups.quarter !== undefined)
			return `${y}${code(undefined, /[一二三四1-4]/u.exec(groups.quarter)?.[0] ?? "")}`;
		if (groups.half !== undefined) return `${y}${code(groups.half, "")}`;
		return y;
	}
	if (groups.code !== undefined) {
		// CY24Q1 and FY24Q3 are kept as the note writes them; a plain 25Q1 becomes 2025Q1.
		if (groups.fiscal !== undefined) return text;
		const y = fullYear(groups.codeYear ?? "");
		if (groups.e !== undefined) return y;
		return `${y}${groups.codePart}${groups.codeTo === undefined ? "" : `-${groups.codeTo}`}`;
	}
	if (groups.fiscalYear !== undefined) return text;
	// 2025财年 is the fiscal year FY2025.
	if (groups.fiscalChinese !== undefined) return `FY${fullYear(groups.fiscalChineseYear ?? "")}`;
	if (groups.leading !== undefined)
		return `${fullYear(groups.leadYear ?? "")}${groups.leadKind}${groups.lead}`;
	if (groups.monthRange !== undefined)
		return monthsPeriod(
			fullYear(groups.rangeYear ?? ""),
			Number(groups.firstMonth),
			Number(groups.lastMonth),
		);
	if (groups.month !== undefined) {
		const month = Number(/年(\d{1,2})月/u.exec(text)?.[1]);
		return month >= 1 && month <= 12
			? `${fullYear(/^\d+/u.exec(text)?.[0] ?? "")}-${String(month).padStart(2, "0")}`
			: undefined;
	}
	if (groups.year !== undefined) return fullYear(/^\d+/u.exec(text)?.[0] ?? "");
	return undefined;
}

/** Finds the periods, dates, yearless periods and spans a (folded) text names, in order, each with its place. */
export function findTimes(text: string): TimeExpression[] {
	const times: TimeExpression[] = [];
	for (let at = 0; at < text.length; at += 1) {
		if (!starts.has(text.charCodeAt(at))) continue;
		// The decimal part of a number (1.30-2000元) is never a time.
		if (text[at - 1] === "." && /\d/u.test(text[at] as string)) continue;
		timePattern.lastIndex = at;
		const match = timePattern.exec(text);
		if (match === null) continue;
		at += match[0].length - 1;
		const groups = match.groups as Record<string, string | undefined>;
		const start = match.index;
		const end = start + match[0].length;
		const comparison = comparisonBefore.test(text.slice(Math.max(0, start - 4), start));
		if (groups.date !== undefined) {
			const [y, m, d] = match[0].split(/[年月日]/u) as [string, string, string];
			const date = isoDate(y, m, d);
			if (date !== undefined) times.push({ start, end, date, comparison });
		} else if (groups.duration !== undefined) {
			times.push({ start, end, comparison, duration: true });
		} else if (groups.relative !== undefined) {
			times.push({ start, end, comparison, relative: true });
		} else if (groups.yearless !== undefined) {
			times.push({
				start,
				end,
				comparison,
				yearless: true,
				...(groups.lonelyMonth !== undefined && { monthOnly: true }),
			});
		} else {
			const period = periodOf(groups, match[0]);
			// 2026E and 2026F are forecasts; 2024A is actual.
			const estimate = /\d[EF]/u.test(match[0]);
			if (period !== undefined)
				times.push({ start, end, period, comparison, ...(estimate && { estimate: true }) });
		}
	}
	return times;
}
