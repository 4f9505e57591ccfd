import { bareYuanDoubt, yuanContext } from "../figures/bare-yuan.ts";
import { emptyParse, type Found, type ParsedNote } from "../parsed-note.ts";
import { findAnalysts } from "../people.ts";
import { ratingAfterLabel, ratingCell, ratingText, ratingWithChange } from "../ratings.ts";
import type { Range } from "../segments.ts";
import type { SourceText } from "../text-tools.ts";
import { cellsOf, found, foundGroup } from "../text-tools.ts";
import { datePattern, parseDate } from "../time-expressions.ts";
import { endHeadings, paragraphsOf, readRisks, readThesis } from "./first-page-body.ts";
import type { Layout } from "./layout.ts";
import { type Company, readStockTable } from "./stock-table.ts";

// The level-1 industries of the Shenwan (SW 2021) classification, which brokers' first pages name.
const industries = new Set(
	"农林牧渔 基础化工 钢铁 有色金属 电子 汽车 家用电器 食品饮料 纺织服饰 轻工制造 医药生物 公用事业 交通运输 房地产 商贸零售 社会服务 银行 非银金融 综合 建筑材料 建筑装饰 电力设备 机械设备 国防军工 计算机 传媒 通信 煤炭 石油石化 环保 美容护理".split(
		" ",
	),
);

// A broker's name: …证券 (not 证券研究报告), or a line of its own …研究 / …研究所; never the broker an
// audience notice names (仅面向青岚证券专业投资者).
const brokerPattern = /(?<![\p{Script=Han}])\p{Script=Han}{2,6}?证券(?!研究报告)/u;
const brokerLine = /^\p{Script=Han}{2,4}(?:研究所|研究)$/u;
const audience = /面向|仅供|仅限|客户|投资者/u;
const sectorAfterLabel =
	/(?<!\p{Script=Han})(?:所属行业|行业)[: ]{1,3}(\p{Script=Han}{2,6})(?!\p{Script=Han})/du;
// A target price with its currency before or after it: 目标价(人民币): 156.80, 目标价格: 56.8元, 目标价 21.4港元.
const targetPricePattern =
	/目标价格?[ \t]{0,2}(?:\((人民币|港币|港元|美元|元)\))?[ \t]{0,2}:?[ \t]{0,2}(HK\$|US\$|RMB)?[ \t]?(\d{1,6}(?:\.\d{1,4})?)[ \t]{0,2}(元|港元|港币|美元)?/du;
const currencyCodes: Record<string, string> = {
	人民币: "CNY",
	元: "CNY",
	港币: "HKD",
	港元: "HKD",
	美元: "USD",
	HK$: "HKD",
	US$: "USD",
	RMB: "CNY",
};
const companyLine =
	/^(\p{Script=Han}{2,8}|[A-Za-z][A-Za-z .&-]{1,30}?)\s{0,2}\(((?:\d{4,6}|[A-Z]{1,5})\s(?:CH|HK|US|JP|SH|SZ))\)$/du;
const bodyHeadings = /^(?:核心观点|投资要点|投资摘要)$/u;
const header = /证券研究报告|研究报告/u;
// Header lines that are not the title: people, labels, notices and the page's fine print. (A title
// may say 上调目标价; a target price's line gives a value after its label.)
const notTitle =
	/[。│|]|SAC|SFC|证书编号|执证编号|研究员|分析师|分析员|联系人|评级|目标价(?:格)?\s?[:(\dA-Z]|股票代码|研究报告|面向|仅供|请务必|免责|声明|申明|https?:/u;

function lines(text: string, start: number, end: number): Range[] {
	const ranges: Range[] = [];
	for (let from = start; from < end; ) {
		const newline = text.indexOf("\n", from);
		const to = newline === -1 || newline > end ? end : newline;
		let s = from;
		let e = to;
		while (s < e && /\s/u.test(text[s] as string)) s += 1;
		while (e > s && /\s/u.test(text[e - 1] as string)) e -= 1;
		ranges.push({ start: s, end: e });
		from = to + 1;
	}
	return ranges;
}

// The rating as written, without the spaces text extraction put inside it: after its label
// (投资评级: 买入), with how it moved (增持(维持)) anywhere in the header, or a header cell of its own (看好).
function readRating(text: SourceText, headerText: string, header: Range[]): Found<string> | undefined {
	const { folded } = text;
	const labelled = ratingAfterLabel.exec(headerText);
	const moved = ratingWithChange.exec(headerText);
	const cell = header
		.flatMap((line) => cellsOf(folded, line))
		.find((c) => ratingCell.test(folded.slice(c.start, c.end)));
	const range = labelled
		? foundGroup(text, labelled, 1)
		: moved
			? found(text, moved.index, moved.index + moved[0].length)
			: cell && found(text, cell.start, cell.end);
	return range && { value: ratingText(range.value), offset: range.offset };
}

function readBroker(text: SourceText, header: Range[]): Found<string> | undefined {
	const { folded } = text;
	for (const line of header) {
		const content = folded.slice(line.start, line.end);
		if (audience.test(content)) continue;
		const broker = brokerPattern.exec(content);
		if (broker) return found(text, line.start + broker.index, line.start + broker.index + broker[0].length);
		if (brokerLine.test(content)) return found(text, line.start, line.end);
	}
	return undefined;
}

function readSector(text: SourceText, headerText: string, header: Range[]): Found<string> | undefined {
	const { folded } = text;
	const labelled = sectorAfterLabel.exec(headerText);
	if (labelled) return foundGroup(text, labelled, 1);
	for (const line of header) {
		const cell = cellsOf(folded, line).find((c) => industries.has(folded.slice(c.start, c.end)));
		if (cell) return found(text, cell.start, cell.end);
	}
	return undefined;
}

/**
 * The first page of a broker's PDF, as text: a header (broker, sector, title, rating, date, analysts
 * and contacts with their registration numbers), the thesis after 核心观点 (a heading, its paragraph,
 * then headed paragraphs, read as pillars), a stock table (company, ticker, target price, rating), a
 * target price, and 风险提示 as `1)…;2)…`. Company notes and sector notes alike, in the header
 * styles of the brokers: the header's cells (`青岚证券 电子 增持(维持)`) or one item a line.
 */
export const firstPage: Layout = {
	name: "first-page",
	description: "a PDF's first page",
	detect(head) {
		const top = head.slice(0, 3000);
		const rated = ratingWithChange.test(top) || ratingAfterLabel.test(top);
		return rated || (header.test(top) && datePattern.test(top))
			? { found: true }
			: { found: false, lacking: "a PDF header with a rating, or 证券研究报告 and a date" };
	},
	parse: parseFirstPage,
	reasons: {
		title: "no title line in the page's header",
		broker: "no broker name (…证券, or …研究 on a line of its own) in the page's header",
		sector: "no 行业: line and no industry name in the header",
		reportDate: "no date in the page's header",
		repostDate: "a PDF is not a repost",
		"source.channel": "a PDF's first page names no repost channel",
		"source.compiledBy": "a PDF is not a repost",
		"source.url": "a PDF's first page gives no address for itself",
		"source.excerptOf": "a PDF is not an excerpt",
		rating: "no rating such as 增持(维持), 强于大市 or 投资评级: 买入",
		targetPrice: "no 目标价(人民币): line",
		companies: "no company line (名称(代码)) and no stock table rows",
		"thesis.headline": "no 核心观点 heading with a headline after it",
		"thesis.summary": "no paragraph after the 核心观点 headline",
		"thesis.points": "no headed paragraphs after the summary",
		breakdown: "no headed paragraphs after the summary",
		risks: "no 风险提示 line",
		analysts: "no analyst with a registration number (研究员 林知远 SAC No.S…)",
		contacts: "a PDF's first page lists no portals",
		related: "a PDF's first page lists no related reports",
		disclaimer: "a PDF's first page does not carry the disclaimer",
	},
};

function parseFirstPage(text: SourceText): ParsedNote {
	const { folded } = text;
	const parsed = emptyParse("first-page");
	const all = lines(folded, 0, folded.length);
	const bodyIndex = all.findIndex((range) => bodyHeadings.test(folded.slice(range.start, range.end)));
	const tableIndex = all.findIndex((range) => endHeadings.test(folded.slice(range.start, range.end)));
	const headerLines = all.slice(
		0,
		Math.min(bodyIndex === -1 ? 60 : bodyIndex, tableIndex === -1 ? 60 : tableIndex),
	);
	const headerEnd = headerLines.at(-1)?.end ?? 0;
	const headerText = folded.slice(0, headerEnd);

	parsed.broker = readBroker(text, headerLines);
	parsed.rating = readRating(text, headerText, headerLines);
	parsed.sector = readSector(text, headerText, headerLines);
	const date = datePattern.exec(headerText);
	const reportDate = date ? parseDate(date[0]) : undefined;
	if (date && reportDate !== undefined) parsed.reportDate = { value: reportDate, offset: date.index };
	const titleLine = headerLines.find((range) => {
		const line = folded.slice(range.start, range.end);
		return (
			Array.from(line).length >= 6 &&
			Array.from(line).length <= 80 &&
			/\p{Script=Han}/u.test(line) &&
			!notTitle.test(line) &&
			!datePattern.test(line) &&
			!ratingWithChange.test(line) &&
			!companyLine.test(line) &&
			!cellsOf(folded, range).every((cell) => {
				const word = folded.slice(cell.start, cell.end);
				return (
					industries.has(word) || ratingCell.test(word) || brokerPattern.test(word) || brokerLine.test(word)
				);
			}) &&
			!(parsed.broker && range.start <= parsed.broker.offset && parsed.broker.offset < range.end)
		);
	});
	if (titleLine) parsed.title = found(text, titleLine.start, titleLine.end);
	const target = targetPricePattern.exec(folded);
	// 目标价(港元): 52.3, 目标价: HK$52.30, 目标价: 88.5元: one currency, or none that can be told.
	const named = target ? [target[1], target[2], target[4]].filter((word) => word !== undefined) : [];
	const codes = new Set(named.map((word) => currencyCodes[word as string]));
	const currency = codes.size === 1 ? [...codes][0] : undefined;
	// The page's company lines name the note's own company: a mainland listing there makes a bare 元 CNY.
	const companyLines = headerLines.filter((range) => companyLine.test(folded.slice(range.start, range.end)));
	const subject = companyLines.map((range) => folded.slice(range.start, range.end)).join(" ");
	const doubt =
		target && currency === "CNY"
			? bareYuanDoubt(text, yuanContext(text, subject), {
					offset: target.index,
					unit: "CNY/股",
					quote: target[0],
				})
			: undefined;
	if (target && currency !== undefined && doubt === undefined) {
		parsed.targetPrice = { value: { value: Number(target[3]), currency }, offset: target.index };
	} else if (doubt !== undefined) {
		parsed.reasons.targetPrice = `a 目标价 in 元 is left out: ${doubt}`;
	} else if (target) {
		parsed.reasons.targetPrice =
			"a 目标价 with no currency, or two (人民币, 元, 港元, 美元, HK$, US$, RMB), is left out";
	}
	parsed.analysts = findAnalysts(
		text,
		0,
		bodyIndex === -1 ? Math.min(folded.length, 8000) : headerEnd,
		parsed.skipped,
	);

	for (const range of companyLines) {
		const company = companyLine.exec(folded.slice(range.start, range.end)) as RegExpExecArray;
		const name = foundGroup(text, company, 1, range.start) as Found<string>;
		const ticker = foundGroup(text, company, 2, range.start) as Found<string>;
		const value: Company = { name: { zh: name.value }, tickers: [ticker.value] };
		if (parsed.rating) value.rating = { zh: parsed.rating.value };
		if (parsed.targetPrice) value.targetPrice = parsed.targetPrice.value;
		parsed.companies.push({ value, offset: name.offset });
	}
	readStockTable(text, all, parsed);

	const riskLine = all.findIndex((range) => folded.startsWith("风险提示", range.start));
	if (riskLine !== -1) readRisks(text, all.slice(riskLine), parsed);

	if (bodyIndex === -1) {
		parsed.reasons["thesis.headline"] = "no 核心观点 or 投资要点 heading";
		return parsed;
	}
	const bodyLines = all.slice(bodyIndex + 1);
	const stop = bodyLines.findIndex((range) => endHeadings.test(folded.slice(range.start, range.end)));
	readThesis(text, paragraphsOf(folded, stop === -1 ? bodyLines : bodyLines.slice(0, stop)), parsed);
	return parsed;
}
