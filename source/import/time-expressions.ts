/** A time a figure refers to: a reporting period such as CY24Q1 or 2023, or a day. */
export interface TimeExpression {
	start: number;
	end: number;
	period?: string;
	date?: string;
	/** Whether the text compares with this time (比23Q4, 较2023年) rather than dates a figure. */
	comparison: boolean;
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

// Periods, longest forms first: a date, a year's quarter or half in Chinese, a quarter code
// (CY24Q1, FY24Q3, 23Q4, 24H1), a month, a year. Two-digit years are 2015 to 2039, and not after
// a word that makes them a duration (近10年, 未来20年).
const timePattern = new RegExp(
	[
		"(?<date>(?<![\\d])(?:20)?\\d{2}年\\d{1,2}月\\d{1,2}日)",
		"(?<cnQuarter>(?<![\\d])(?:20\\d{2}|1[5-9]|2\\d|3\\d)年(?:第?(?<quarter>[一二三四1-4])季度|(?<half>[上下])半年|(?<q>Q[1-4])))",
		"(?<code>(?<![A-Za-z0-9])(?:(?:CY|FY)?(?:20)?\\d{2}(?:Q[1-4]|H[12])|(?:CY|FY)(?:20)?\\d{2})(?![0-9]))",
		"(?<month>(?<![\\d])(?:20\\d{2}|1[5-9]|2\\d|3\\d)年\\d{1,2}月(?!\\d))",
		"(?<year>(?<![\\d近前后未来去过超约达数几多])(?:20\\d{2}|1[5-9]|2\\d|3\\d)年(?![\\d度]))",
	].join("|"),
	"gu",
);

const comparisonBefore = /(?:比|较|相比|相较|对比|vs\.?)\s?$/u;

/** Finds the periods and dates a text names, in order, each with its place. */
export function findTimes(text: string): TimeExpression[] {
	const times: TimeExpression[] = [];
	for (const match of text.matchAll(timePattern)) {
		const groups = match.groups as Record<string, string | undefined>;
		const start = match.index;
		const end = start + match[0].length;
		const comparison = comparisonBefore.test(text.slice(Math.max(0, start - 4), start));
		const year = /^(20\d{2}|\d{2})/.exec(match[0])?.[1] ?? "";
		if (groups.date !== undefined) {
			const [y, m, d] = match[0].split(/[年月日]/) as [string, string, string];
			const date = isoDate(y, m, d);
			if (date !== undefined) times.push({ start, end, date, comparison });
		} else if (groups.cnQuarter !== undefined) {
			const quarter = groups.quarter ?? groups.q?.slice(1) ?? "";
			const code =
				groups.half === undefined
					? `Q${quarterWords[quarter] ?? quarter}`
					: groups.half === "上"
						? "H1"
						: "H2";
			times.push({ start, end, period: `${fullYear(year)}${code}`, comparison });
		} else if (groups.code !== undefined) {
			times.push({ start, end, period: match[0], comparison });
		} else if (groups.month !== undefined) {
			const month = (/年(\d{1,2})月/.exec(match[0])?.[1] ?? "").padStart(2, "0");
			if (Number(month) >= 1 && Number(month) <= 12) {
				times.push({ start, end, period: `${fullYear(year)}-${month}`, comparison });
			}
		} else {
			times.push({ start, end, period: fullYear(year), comparison });
		}
	}
	return times;
}
