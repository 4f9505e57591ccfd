import type { Figure } from "../../note/schema.ts";

// A chart's or a table's caption: 图表1:…, 图3:…, 表2:… (folded text).
export const caption = /^(?:附?图表?|表)\s?\d{1,3}\s?[:.]/u;
// The source line under a chart or a table: 资料来源:Wind,青岚证券研究所 (folded text).
const sourceLine = /^(?:资料|数据)?来源\s?:\s?(.{1,80})$/u;
// A chart's caption, its source line, a table's unit line (folded): 图表1:, 资料来源:, 单位:.
const chartWords = /^(?:(?:附?图表?|表)\s?\d{1,3}\s?[:.]|(?:资料|数据)?来源\s?:|单位\s?:)/u;
// A table's cell: a number, a year column (2025E) or an empty cell's dash.
const tableCell = /^(?:[-+]?\d[\d,]*(?:\.\d+)?%?|(?:FY)?(?:20)?\d{2}[AEF]|-{1,2}|—{1,2})$/u;

/**
 * Whether a line goes with a chart or a table (folded): its caption, its source line, its unit line
 * (单位:百万元 2024A 2025E), or a row of it (a label, then two or more numbers or years: 营业收入 3,858
 * 4,560). Such a line heads no pillar and is no headline.
 */
export function isChartOrTableLine(line: string): boolean {
	if ("图表附资数来单".includes(line[0] ?? " ") && chartWords.test(line)) return true;
	const cells = line.split(/[\s|]+/u).filter((cell) => cell !== "");
	return (
		cells.length >= 3 && tableCell.test(cells.at(-1) as string) && tableCell.test(cells.at(-2) as string)
	);
}

// The broker's own research, as a source line names it.
const ownResearch = /研究所|研究部|研究中心|研究院|证券|证券研究/u;

/**
 * Whose numbers a chart's or a table's are, from its source line (`资料来源:Wind,青岚证券研究所`,
 * folded): undefined for a line that is no source line; for a forecast table (`forecast`) the
 * broker's when the line names the broker's research among others (its estimates), else the first
 * source named; for a chart, the first source named that is not the broker (Wind's data, which the
 * broker's institute drew; the company's filings for 公司公告), or the broker's when it names only the broker.
 */
export function sourceLineAttribution(
	line: string,
	broker: string | undefined,
	forecast: boolean,
): Figure["attribution"] | undefined {
	const match = sourceLine.exec(line.trim());
	if (match === null) return undefined;
	const names = (match[1] as string)
		.split(/[,、;]/u)
		.map((name) => name.trim().replace(/[。.]$/u, ""))
		.filter((name) => name !== "");
	const own = (name: string) =>
		ownResearch.test(name) || (broker !== undefined && name.includes(broker.replace(/证券$/u, "")));
	const brokerOwn = { kind: "broker" as const, ...(broker !== undefined && { name: { zh: broker } }) };
	const others = names.filter((name) => !own(name));
	if (others.length === 0 || (forecast && others.length < names.length)) return brokerOwn;
	const first = others[0] as string;
	return { kind: /公告|财报|年报|季报|招股/u.test(first) ? "filings" : "data", name: { zh: first } };
}
