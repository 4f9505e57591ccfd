import { isChartOrTableLine } from "../figures/chart-source.ts";
import { emptyParse, type FoundPillar, type ParsedNote } from "../parsed-note.ts";
import { findAnalysts } from "../people.ts";
import { type Range, splitParagraphs } from "../segments.ts";
import type { SourceText } from "../text-tools.ts";
import { found, groupRange, httpUrl, originalOf, urlPattern } from "../text-tools.ts";
import { datePattern, parseDate } from "../time-expressions.ts";
import type { Layout } from "./layout.ts";
import { hasRepostHeader, readRepostHeader } from "./repost-header.ts";

/** The headings of a repost's body. */
const headings = ["核心观点", "投资要点", "风险提示", "相关研报", "关注我们", "免责声明"] as const;
type Heading = (typeof headings)[number];

const pillarHeading = /^([^\s:,。;]{1,8}):([^。]{2,60})$/u;
// A related report: 研报:《标题》2024年5月7日.
const relatedReport = new RegExp(`研报:\\s{0,2}《([^》\\n]{1,200})》\\s{0,4}(${datePattern.source})?`, "dgu");
// What a WeChat account adds around a note (点击上方蓝字关注我们, 点击阅读原文, 本文来自…, 版权归原作者所有,
// 长按识别二维码, 转载请注明出处): no part of it, in any section.
const wechatFurniture =
	/^(?:点击(?:上方|下方|阅读原文|蓝字|关注)|阅读原文$|本文(?:来[自源]|转载|转自)|版权归|长按(?:识别|扫码|二维码)|扫(?:描|码)(?:下方|上方)?二维码|(?:欢迎|敬请)(?:关注|转发)|转载请)/u;
// The analysts' lines (林知远 | 执业证书编号:S9990520010001) end the section before them.
const registration = /(?<![A-Za-z0-9])S\d{13}(?!\d)/u;

function headingOf(paragraph: string): Heading | undefined {
	return headings.find(
		(heading) =>
			paragraph === heading ||
			(/^[: ]/u.test(paragraph.slice(heading.length, heading.length + 1)) && paragraph.startsWith(heading)),
	);
}

/**
 * A WeChat repost of a broker note, as repost sites print it: a title line in any broker's style
 * (`华泰 | 计算机:标题`, `【国金电子】标题`, `【华泰固收|信用】标题`, or the title alone), with or
 * without a breadcrumb, the author line (channel, 发布时间, compiler), the excerpt line, then the
 * body: the lead paragraph, 核心观点, the pillars (`模型端:…`), 风险提示, 相关研报, the analysts,
 * 关注我们 with its portals and access rules, and 免责声明; the site's footer is left out.
 */
export const repost: Layout = {
	name: "repost",
	description: "a WeChat repost",
	detect: (head) =>
		hasRepostHeader(head)
			? { found: true }
			: { found: false, lacking: "a 作者:…/发布时间: line or a (以下内容从…摘录) line" },
	parse(text) {
		const parsed = emptyParse("repost");
		const { bodyStart, bodyEnd } = readRepostHeader(text, parsed);
		readBody(text, splitParagraphs(text.folded, bodyStart, bodyEnd), parsed);
		parsed.analysts = findAnalysts(text, bodyStart, bodyEnd, parsed.skipped);
		return parsed;
	},
	reasons: {
		title: "no title line above the author line, and no 《title》 in the excerpt line",
		broker: "no broker in the title line or the excerpt line",
		sector: "no sector in the title line (`机构 | 行业:标题` or `【机构行业】标题`)",
		reportDate: "no 报告发布时间 and no 相关研报 entry with this title and a date",
		repostDate: "no 发布时间 on the author line",
		"source.channel": "no 作者:… line",
		"source.compiledBy": "the author line names no compiler",
		"source.url": "no address in the site's footer",
		"source.excerptOf": "no (以下内容从…摘录) line",
		rating: "a repost carries no rating",
		targetPrice: "a repost carries no target price",
		companies: "companies are not read from prose; add them by hand",
		"thesis.headline": "no 核心观点 heading with a headline after it",
		"thesis.summary": "no paragraph after the 核心观点 headline, and no lead paragraph",
		"thesis.points": "the lead paragraph has no numbered points 1)…2)…",
		breakdown: "no pillar headings such as 模型端:…",
		risks: "no 风险提示 section",
		analysts: "no analyst with a registration number (谢春生 分析师 S0570519080006)",
		contacts: "no portal lines with 访问权限",
		related: "no 相关研报 entry",
		disclaimer: "no 免责声明 section",
	},
};

function readBody(text: SourceText, paragraphs: Range[], parsed: ParsedNote): void {
	const { folded } = text;
	let section: Heading | "lead" | "analysts" = "lead";
	let pillar: FoundPillar | undefined;
	let tail: Range | undefined;
	const disclaimer: Range[] = [];
	const summary = parsed.summary;
	// Lead paragraphs with no numbered points: the summary of a repost that has no 核心观点 section.
	const lead: Range[] = [];
	for (const range of paragraphs) {
		const paragraph = folded.slice(range.start, range.end);
		if ("点阅本版长扫欢敬转".includes(paragraph[0] ?? " ") && wechatFurniture.test(paragraph)) continue;
		const heading = headingOf(paragraph);
		if (heading !== undefined) {
			section = heading;
			pillar = undefined;
			if ((heading === "相关研报" || heading === "关注我们") && tail === undefined) tail = { ...range };
			if (paragraph.length > heading.length + 1) {
				// "风险提示:…" with its text on the same line.
				readParagraph({ start: range.start + heading.length + 1, end: range.end });
			}
			continue;
		}
		if (
			registration.test(paragraph) &&
			(section === "lead" || section === "核心观点" || section === "投资要点" || section === "风险提示")
		) {
			section = "analysts";
			pillar = undefined;
		}
		if (section !== "analysts") readParagraph(range);
	}
	if (summary.length === 0 && parsed.headline === undefined && parsed.pillars.length === 0)
		summary.push(...lead);
	if (disclaimer.length > 0) {
		parsed.disclaimer = {
			value: disclaimer.map((range) => originalOf(text, range)).join("\n\n"),
			offset: (disclaimer[0] as Range).start,
		};
	}
	if (tail) readTail(text, tail, parsed);

	function readParagraph(untrimmed: Range): void {
		const range = { ...untrimmed };
		while (range.start < range.end && /\s/u.test(folded[range.start] as string)) range.start += 1;
		const paragraph = folded.slice(range.start, range.end);
		if (section === "lead") {
			if (parsed.points.length > 0) return;
			if (!/(?<![0-9A-Za-z])\d{1,2}\)/u.test(paragraph)) {
				if (paragraph !== "") lead.push(range);
				return;
			}
			for (const item of paragraph.matchAll(/(?<![0-9A-Za-z])\d{1,2}\)\s?([^;。\n]{1,150})/dgu)) {
				const point = groupRange(item, 1, range.start) as Range;
				const value = found(text, point.start, point.end);
				if (value) parsed.points.push(value);
			}
		} else if (section === "核心观点" || section === "投资要点") {
			// A short line with no sentence end may head a pillar or be the headline, unless it is a chart's
			// caption, its source line, or a table's unit line or row.
			const short = !/[。!?]$/u.test(paragraph) && paragraph.length <= 80 && !isChartOrTableLine(paragraph);
			const heading = short ? pillarHeading.exec(paragraph) : null;
			if (heading) {
				const title = found(text, range.start, range.start + (heading[1] as string).length);
				const headline = found(text, range.start + (heading[1] as string).length + 1, range.end);
				if (title && headline) {
					pillar = { title, headline, body: [] };
					parsed.pillars.push(pillar);
					return;
				}
			}
			if (pillar) {
				pillar.body.push(range);
			} else if (parsed.headline === undefined && summary.length === 0 && short) {
				parsed.headline = found(text, range.start, range.end);
			} else {
				summary.push(range);
			}
		} else if (section === "风险提示") {
			const firstSentence = /^[^。!?]{1,200}[。!?]/u.exec(paragraph);
			const titleEnd = range.start + (firstSentence?.[0].length ?? paragraph.length);
			const title = found(text, range.start, titleEnd);
			const body = found(text, titleEnd, range.end);
			if (title)
				parsed.risks.push({
					value: { title: { zh: title.value }, ...(body && { body: { zh: body.value } }) },
					offset: title.offset,
				});
		} else if (section === "相关研报" || section === "关注我们") {
			if (tail) tail.end = range.end;
		} else if (section === "免责声明") {
			if (!paragraph.startsWith("▲")) disclaimer.push(range);
		}
	}
}

function readTail(text: SourceText, tail: Range, parsed: ParsedNote): void {
	const region = text.folded.slice(tail.start, tail.end);
	for (const report of region.matchAll(relatedReport)) {
		const title = groupRange(report, 1, tail.start) as Range;
		const dateRange = groupRange(report, 2, tail.start);
		const date = dateRange && parseDate(text.folded.slice(dateRange.start, dateRange.end));
		parsed.related.push({
			value: { title: { zh: originalOf(text, title) }, ...(date !== undefined && { date }) },
			offset: title.start,
		});
	}
	// Portals: "华泰证券研究所国内站(研究Portal) https://… 访问权限:国内机构客户", found from their addresses.
	let lastPortalEnd = -1;
	for (const address of region.matchAll(new RegExp(urlPattern, "gu"))) {
		const end = address.index + address[0].length;
		const before = /(\S{2,40})\s{1,4}$/u.exec(region.slice(Math.max(0, address.index - 45), address.index));
		const after = /^\s{1,4}访问权限:\s{0,2}(\S{1,60})/du.exec(region.slice(end, end + 70));
		if (!before || !after) continue;
		const nameStart = tail.start + address.index - before[0].length;
		const access = groupRange(after, 1, tail.start + end) as Range;
		const url = httpUrl(address[0]);
		parsed.contacts.push({
			value: {
				name: { zh: originalOf(text, { start: nameStart, end: nameStart + (before[1] as string).length }) },
				...(url !== undefined && { url }),
				access: { zh: originalOf(text, access) },
			},
			offset: nameStart,
		});
		lastPortalEnd = end + after[0].length;
	}
	if (lastPortalEnd !== -1) {
		// A sentence after the portals on how to get access: "添加权限请联系您的华泰对口客户经理".
		const more = /^\s{1,4}([^\s]{2,80}联系[^\s]{0,60})/du.exec(region.slice(lastPortalEnd));
		if (more) {
			const range = groupRange(more, 1, tail.start + lastPortalEnd) as Range;
			parsed.contacts.push({ value: { name: { zh: originalOf(text, range) } }, offset: range.start });
		}
	}
	const matching = parsed.related.find((report) => report.value.title.zh === parsed.title?.value);
	if (matching?.value.date !== undefined && parsed.reportDate === undefined) {
		parsed.reportDate = { value: matching.value.date, offset: matching.offset };
	}
}
