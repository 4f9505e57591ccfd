import { emptyParse, type FoundPillar, type ParsedNote } from "./parsed-note.ts";
import { findAnalysts } from "./people.ts";
import type { Range } from "./segments.ts";
import type { SourceText } from "./text-tools.ts";
import { found, foundGroup, groupRange, originalOf } from "./text-tools.ts";
import { datePattern, parseDate } from "./time-expressions.ts";

// The level-1 industries of the Shenwan (SW 2021) classification, which brokers' first pages name.
const industries = new Set(
	"农林牧渔 基础化工 钢铁 有色金属 电子 汽车 家用电器 食品饮料 纺织服饰 轻工制造 医药生物 公用事业 交通运输 房地产 商贸零售 社会服务 银行 非银金融 综合 建筑材料 建筑装饰 电力设备 机械设备 国防军工 计算机 传媒 通信 煤炭 石油石化 环保 美容护理".split(
		" ",
	),
);

const ratings = "买入|增持|中性|减持|卖出|持有|推荐|谨慎推荐|强烈推荐|跑赢行业|优于大市";
const ratingPattern = new RegExp(
	`(?:(?:投资评级|评级)[: ]{0,3})?(?:${ratings})(?:\\s{0,2}\\((?:维持|首次|首次覆盖|上调|下调)\\))`,
	"u",
);
const ratingAfterLabel = new RegExp(
	`(?:投资评级|评级)[: ]{1,3}((?:${ratings})(?:\\s{0,2}\\([^)\\n]{1,6}\\))?)`,
	"du",
);
const brokerPattern = /(?<!\p{Script=Han})\p{Script=Han}{2,6}?证券(?!研究报告)/u;
const sectorAfterLabel = /(?:所属行业|行业)[: ]{1,3}(\p{Script=Han}{2,6})/du;
const targetPricePattern =
	/目标价\s{0,2}\((人民币|港币|港元|美元)\)\s{0,2}:?\s{0,2}(\d{1,6}(?:\.\d{1,4})?)/du;
const currencyCodes: Record<string, string> = { 人民币: "CNY", 港币: "HKD", 港元: "HKD", 美元: "USD" };
const stockRow = new RegExp(
	`(\\p{Script=Han}{2,8}|[A-Za-z][A-Za-z .&-]{1,30}?)\\s{1,4}((?:\\d{4,6}|[A-Z]{1,5})\\s(?:CH|HK|US|JP|SH|SZ))\\s{1,4}\\d{1,6}(?:\\.\\d{1,4})?\\s{1,4}(?:${ratings})`,
	"dgu",
);
const companyLine =
	/^(\p{Script=Han}{2,8}|[A-Za-z][A-Za-z .&-]{1,30}?)\s{0,2}\(((?:\d{4,6}|[A-Z]{1,5})\s(?:CH|HK|US|JP|SH|SZ))\)$/du;
const bodyHeadings = /^(?:核心观点|投资要点|投资摘要)$/u;
const endHeadings = /^(?:重点推荐|风险提示|免责声明|股票名称|重点公司)/u;

/** Whether the text looks like the first page of a broker's PDF: analysts with SAC numbers. */
export function isFirstPage(folded: string): boolean {
	return /SAC\s{0,2}No|证书编号|证券研究报告|(?:研究员|分析师)[ :]{1,3}\p{Script=Han}{2,4}/u.test(
		folded.slice(0, 8000),
	);
}

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

/**
 * Joins a PDF's wrapped lines into paragraphs: a line that reaches the column's width (within two
 * characters of the longest line) and does not end a sentence runs on into the next. A blank line
 * ends a paragraph.
 */
function paragraphsOf(text: string, ranges: Range[]): Range[] {
	const width = ranges.reduce((widest, range) => Math.max(widest, range.end - range.start), 0);
	const paragraphs: Range[] = [];
	let open: Range | undefined;
	for (const range of ranges) {
		if (range.end === range.start) {
			open = undefined;
			continue;
		}
		if (open) open.end = range.end;
		else {
			open = { ...range };
			paragraphs.push(open);
		}
		const runsOn =
			range.end - range.start >= width - 2 && !/[。!?]$/u.test(text.slice(range.start, range.end));
		if (!runsOn) open = undefined;
	}
	return paragraphs;
}

/**
 * Reads the first page of a broker's PDF as text: the header (broker, sector, title, rating, date,
 * analysts with `SAC No.` / `SFC No.` / `执业证书编号:` numbers, 联系人), the thesis after 核心观点
 * (a heading, its paragraph, then headed paragraphs, read as pillars), the stock table flattened
 * into lines (company, ticker, target price, rating), a target price, and 风险提示 as `1)…;2)…`.
 */
export function parseFirstPage(text: SourceText): ParsedNote {
	const { folded } = text;
	const parsed = emptyParse("first-page");
	const all = lines(folded, 0, folded.length);
	const bodyIndex = all.findIndex((range) => bodyHeadings.test(folded.slice(range.start, range.end)));
	const header = bodyIndex === -1 ? all.slice(0, 60) : all.slice(0, bodyIndex);
	const headerEnd = header.at(-1)?.end ?? 0;
	const headerText = folded.slice(0, headerEnd);

	const broker = brokerPattern.exec(headerText);
	if (broker) parsed.broker = found(text, broker.index, broker.index + broker[0].length);
	const rating = ratingAfterLabel.exec(headerText);
	if (rating) {
		parsed.rating = foundGroup(text, rating, 1);
	} else {
		const bare = ratingPattern.exec(headerText);
		if (bare) parsed.rating = found(text, bare.index, bare.index + bare[0].length);
	}
	const sector = sectorAfterLabel.exec(headerText);
	if (sector) {
		parsed.sector = foundGroup(text, sector, 1);
	} else {
		const line = header.find((range) => industries.has(folded.slice(range.start, range.end)));
		if (line) parsed.sector = found(text, line.start, line.end);
	}
	const date = datePattern.exec(headerText);
	const reportDate = date ? parseDate(date[0]) : undefined;
	if (date && reportDate !== undefined) parsed.reportDate = { value: reportDate, offset: date.index };
	const titleLine = header.find((range) => {
		const line = folded.slice(range.start, range.end);
		return (
			Array.from(line).length >= 8 &&
			Array.from(line).length <= 80 &&
			/\p{Script=Han}/u.test(line) &&
			!/[。│|]|SAC|SFC|证书编号|研究员|分析师|联系人|评级|目标价|股票代码|证券研究报告/u.test(line) &&
			!datePattern.test(line) &&
			!companyLine.test(line) &&
			!(broker && range.start <= broker.index && broker.index < range.end)
		);
	});
	if (titleLine) parsed.title = found(text, titleLine.start, titleLine.end);
	const target = targetPricePattern.exec(folded);
	if (target) {
		parsed.targetPrice = {
			value: { value: Number(target[2]), currency: currencyCodes[target[1] as string] as string },
			offset: target.index,
		};
	}
	parsed.analysts = findAnalysts(text, 0, bodyIndex === -1 ? Math.min(folded.length, 8000) : headerEnd);

	for (const range of header) {
		const company = companyLine.exec(folded.slice(range.start, range.end));
		if (company) {
			const name = groupRange(company, 1, range.start) as Range;
			const ticker = groupRange(company, 2, range.start) as Range;
			parsed.companies.push({
				value: { name: { zh: originalOf(text, name) }, tickers: [folded.slice(ticker.start, ticker.end)] },
				offset: name.start,
			});
		}
	}
	for (const row of folded.matchAll(stockRow)) {
		const name = groupRange(row, 1, 0) as Range;
		const ticker = groupRange(row, 2, 0) as Range;
		parsed.companies.push({
			value: {
				name: { zh: originalOf(text, name).trim() },
				tickers: [folded.slice(ticker.start, ticker.end)],
			},
			offset: name.start,
		});
	}

	const riskLine = all.findIndex((range) => folded.startsWith("风险提示", range.start));
	if (riskLine !== -1) readRisks(text, all.slice(riskLine), parsed);
	else parsed.reasons.risks = "no 风险提示 line";

	if (bodyIndex === -1) {
		parsed.reasons["thesis.headline"] = "no 核心观点 or 投资要点 heading";
		return parsed;
	}
	const bodyLines = all.slice(bodyIndex + 1);
	const stop = bodyLines.findIndex((range) => endHeadings.test(folded.slice(range.start, range.end)));
	readThesis(text, paragraphsOf(folded, stop === -1 ? bodyLines : bodyLines.slice(0, stop)), parsed);
	return parsed;
}

function readThesis(text: SourceText, paragraphs: Range[], parsed: ParsedNote): void {
	const { folded } = text;
	let pillar: FoundPillar | undefined;
	const summary = parsed.summary;
	for (const range of paragraphs) {
		const paragraph = folded.slice(range.start, range.end);
		const isHeading = !/[。!?]$/u.test(paragraph) && Array.from(paragraph).length <= 60;
		if (isHeading && parsed.headline === undefined && summary.length === 0) {
			parsed.headline = found(text, range.start, range.end);
		} else if (isHeading) {
			const colon = /^([^\s:,。;]{1,8}):/u.exec(paragraph);
			const title = found(text, range.start, colon ? range.start + (colon[1] as string).length : range.end);
			const headline = found(text, colon ? range.start + colon[0].length : range.start, range.end);
			if (title && headline) {
				pillar = { title, headline, body: [] };
				parsed.pillars.push(pillar);
				parsed.points.push(found(text, range.start, range.end) as NonNullable<ReturnType<typeof found>>);
			}
		} else if (pillar) {
			pillar.body.push(range);
		} else {
			summary.push(range);
		}
	}
}

function readRisks(text: SourceText, from: Range[], parsed: ParsedNote): void {
	const { folded } = text;
	const first = from[0] as Range;
	let end = first.end;
	for (const range of from.slice(1)) {
		if (range.start === range.end || endHeadings.test(folded.slice(range.start, range.end))) break;
		end = range.end;
	}
	const start = first.start + "风险提示".length;
	const region = folded.slice(start, end);
	// Each item runs from its number to the next one: a title up to 。 or ;, then its body, if any.
	const numbers = Array.from(region.matchAll(/(?<![0-9A-Za-z.])\(?\d{1,2}\)\s?/gu));
	const items =
		numbers.length > 0
			? numbers.map((number, index) => ({
					start: start + number.index + number[0].length,
					end: start + (numbers[index + 1]?.index ?? region.length),
				}))
			: [{ start: start + (/^[\s:]{0,100}/u.exec(region)?.[0].length ?? 0), end }];
	for (const item of items) {
		const itemText = folded.slice(item.start, item.end);
		const titleLength = /^[^;。]{0,300}/u.exec(itemText)?.[0].length ?? 0;
		const title = found(text, item.start, item.start + titleLength);
		const body = found(text, item.start + titleLength + 1, item.end);
		const bodyText = body?.value.replace(/[;\s]+$/u, "");
		if (title === undefined) continue;
		parsed.risks.push({
			value: {
				title: { zh: title.value.replace(/[,\s]+$/u, "") },
				...(bodyText && { body: { zh: bodyText } }),
			},
			offset: title.offset,
		});
	}
}
