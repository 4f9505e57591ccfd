import { emptyParse, type FoundPillar, type ParsedNote } from "./parsed-note.ts";
import { findAnalysts } from "./people.ts";
import { type Range, splitParagraphs } from "./segments.ts";
import type { SourceText } from "./text-tools.ts";
import { found, foundGroup, groupRange, httpUrl, originalOf, urlPattern } from "./text-tools.ts";
import { datePattern, parseDate } from "./time-expressions.ts";

// The header lines of a repost, read from its first lines only.
const titleLine =
	/^[ \t]{0,8}([^|\n>]{1,20}?)[ \t]{0,4}\|[ \t]{0,4}([^:|\n]{1,20}?)[ \t]{0,4}:[ \t]{0,4}([^\n]{1,200}?)[ \t]*$/dmu;
const breadcrumb =
	/^[^\n]{0,60}>[ \t]{0,4}([^|\n>]{1,20}?)[ \t]{0,4}\|[ \t]{0,4}([^:|\n]{1,20}?)[ \t]{0,4}:[ \t]{0,4}([^\n]{1,200}?)[ \t]*$/dmu;
const authorLine =
	/作者:[ \t]{0,4}([^/\n]{1,60}?)[ \t]{0,4}\/[ \t]{0,4}发布时间:[ \t]{0,4}([0-9年月日\-/.]{6,12})[ \t]{0,4}(?:\/[ \t]{0,4}([^\n/]{1,40}?)(?:整理|编辑|转载)?)?[ \t]*$/dmu;
const excerptLine =
	/^[ \t]{0,8}\([ \t]{0,2}(以下内容从([^《\n]{0,20})《[^》\n]{0,100}》[^)\n]{0,40}?)[ \t]{0,2}\)[ \t]*$/dmu;

/** The headings of a repost's body. */
const headings = ["核心观点", "投资要点", "风险提示", "相关研报", "关注我们", "免责声明"] as const;
type Heading = (typeof headings)[number];

const pillarHeading = /^([^\s:,。;]{1,8}):([^。]{2,60})$/u;
// A related report: 研报:《标题》2024年5月7日.
const relatedReport = new RegExp(`研报:\\s{0,2}《([^》\\n]{1,200})》\\s{0,4}(${datePattern.source})?`, "dgu");
// The site's own lines after the note: "大部分微信公众号研报本站已有pdf…", "郑重声明:…".
const footerLine = /^[^\n]{0,20}(?:本站|郑重声明)/u;

function headingOf(paragraph: string): Heading | undefined {
	return headings.find(
		(heading) =>
			paragraph === heading ||
			(/^[: ]/u.test(paragraph.slice(heading.length, heading.length + 1)) && paragraph.startsWith(heading)),
	);
}

/** Whether the text looks like a WeChat repost: a title line `机构 | 行业:标题` near the top. */
export function isRepost(folded: string): boolean {
	const head = folded.slice(0, 4000);
	return titleLine.test(head) || breadcrumb.test(head);
}

/**
 * Reads a WeChat repost of a broker note, in the layout of the bundled note: breadcrumb and title
 * (`华泰 | 计算机:标题`), the author line (channel, 发布时间, compiler), the excerpt line, then one
 * body line holding the lead paragraph, 核心观点, the pillars (`模型端:…`), 风险提示, 相关研报,
 * the analysts, 关注我们 with its portals and access rules, and 免责声明; the site's footer is
 * left out.
 */
export function parseRepost(text: SourceText): ParsedNote {
	const { folded } = text;
	const parsed = emptyParse("repost");
	const head = folded.slice(0, 4000);
	const title = titleLine.exec(head) ?? breadcrumb.exec(head);
	let bodyStart = 0;
	let shortBroker: string | undefined;
	if (title) {
		shortBroker = originalOf(text, groupRange(title, 1, 0) as Range).trim();
		parsed.sector = foundGroup(text, title, 2);
		parsed.title = foundGroup(text, title, 3);
		bodyStart = title.index + title[0].length;
	}
	const author = authorLine.exec(head);
	if (author) {
		parsed.channel = foundGroup(text, author, 1);
		const date = groupRange(author, 2, 0) as Range;
		const repostDate = parseDate(folded.slice(date.start, date.end));
		if (repostDate !== undefined) parsed.repostDate = { value: repostDate, offset: date.start };
		parsed.compiledBy = foundGroup(text, author, 3);
		bodyStart = Math.max(bodyStart, author.index + author[0].length);
	}
	const excerpt = excerptLine.exec(head);
	if (excerpt) {
		parsed.excerptOf = foundGroup(text, excerpt, 1);
		parsed.broker = foundGroup(text, excerpt, 2);
		bodyStart = Math.max(bodyStart, excerpt.index + excerpt[0].length);
	}
	if (parsed.broker === undefined && shortBroker !== undefined && title) {
		const full = folded.indexOf(`${shortBroker}证券`);
		parsed.broker =
			full === -1
				? { value: shortBroker, offset: title.index }
				: (found(text, full, full + shortBroker.length + 2) ?? { value: shortBroker, offset: title.index });
	}

	// The body runs to the site's footer, whose first address is where the repost points for the PDF.
	let bodyEnd = folded.length;
	for (let lineStart = bodyStart; lineStart < folded.length; ) {
		const newline = folded.indexOf("\n", lineStart);
		const lineEnd = newline === -1 ? folded.length : newline;
		if (
			lineStart > bodyStart &&
			footerLine.test(folded.slice(lineStart, Math.min(lineEnd, lineStart + 40)))
		) {
			bodyEnd = lineStart;
			break;
		}
		lineStart = lineEnd + 1;
	}
	const footerUrl = urlPattern.exec(folded.slice(bodyEnd, bodyEnd + 20000));
	if (footerUrl) {
		const url = httpUrl(footerUrl[0].replace(/[.,;:]+$/u, ""));
		if (url !== undefined) parsed.url = { value: url, offset: bodyEnd + footerUrl.index };
	}

	readBody(text, splitParagraphs(folded, bodyStart, bodyEnd), parsed);
	return parsed;
}

function readBody(text: SourceText, paragraphs: Range[], parsed: ParsedNote): void {
	const { folded } = text;
	let section: Heading | "lead" = "lead";
	let pillar: FoundPillar | undefined;
	let tail: Range | undefined;
	const disclaimer: Range[] = [];
	const summary = parsed.summary;
	for (const range of paragraphs) {
		const paragraph = folded.slice(range.start, range.end);
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
		readParagraph(range);
	}
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
			for (const item of paragraph.matchAll(/(?<![0-9A-Za-z])\d{1,2}\)\s?([^;。\n]{1,150})/dgu)) {
				const point = groupRange(item, 1, range.start) as Range;
				const value = found(text, point.start, point.end);
				if (value) parsed.points.push(value);
			}
		} else if (section === "核心观点" || section === "投资要点") {
			const heading = pillarHeading.exec(paragraph);
			if (heading && !/[。!?]$/u.test(paragraph)) {
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
			} else if (
				parsed.headline === undefined &&
				summary.length === 0 &&
				!/[。!?]$/u.test(paragraph) &&
				paragraph.length <= 80
			) {
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
	parsed.analysts = findAnalysts(text, tail.start, tail.end);
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
	if (matching?.value.date !== undefined) {
		parsed.reportDate = { value: matching.value.date, offset: matching.offset };
	}
}
