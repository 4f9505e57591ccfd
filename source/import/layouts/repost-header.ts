import type { ParsedNote } from "../parsed-note.ts";
import type { Range } from "../segments.ts";
import { found, foundGroup, groupRange, httpUrl, type SourceText, urlPattern } from "../text-tools.ts";
import { datePattern, parseDate } from "../time-expressions.ts";

// The lines a repost site puts above the note's text, read in its first lines only.
const authorLine =
	/作者:[ \t]{0,4}([^/\n]{1,60}?)[ \t]{0,4}\/[ \t]{0,4}发布时间:[ \t]{0,4}([0-9年月日\-/.]{6,12})[ \t]{0,4}(?:\/[ \t]{0,4}([^\n/]{1,40}?)(?:整理|编辑|转载)?)?[ \t]*$/dmu;
const excerptLine =
	/^[ \t]{0,8}\([ \t]{0,2}(以下内容从([^《\n]{0,20})《([^》\n]{0,100})》[^)\n]{0,40}?)[ \t]{0,2}\)[ \t]*$/dmu;
const reportTime = new RegExp(`报告发布时间[: ]{0,3}(${datePattern.source})`, "du");
// The title line's forms: `华泰 | 计算机:标题`, `【国金电子】标题`, `【华泰固收|信用】标题`, `开源晨会0817丨标题`.
const pipeTitle =
	/^([^|【】\n]{1,20}?)[ \t]{0,4}\|[ \t]{0,4}([^:|\n]{1,20}?)[ \t]{0,4}:[ \t]{0,4}(\S[^\n]{0,199}?)[ \t]*$/du;
const bracketTitle = /^【([^】\n]{1,20})】[ \t]{0,4}(\S[^\n]{0,199}?)[ \t]*$/du;
const barTitle = /^([^丨\n]{1,20}?)[ \t]{0,4}丨[ \t]{0,4}(\S[^\n]{0,199}?)[ \t]*$/du;
// The site's own lines after the note: "大部分微信公众号研报本站已有pdf…", "郑重声明:…".
const footerLine = /^[^\n]{0,20}(?:本站|郑重声明)/u;
// Sector words a 【…】 title prefix may end with, after the broker's short name.
const sectorWords =
	/(?:电子|计算机|通信|传媒|汽车|医药|食品饮料|家电|机械|军工|电新|电力设备|新能源|化工|有色|钢铁|煤炭|建材|建筑|地产|银行|非银|金融|交运|农业|轻工|纺服|商社|环保|公用|石化|宏观|策略|固收|金工|海外|港股|总量)$/u;

// What a 【…】 prefix names that is not a sector: the kind of report (【群星晨会】, 【青岚月报】).
const notSector = /晨会|晨报|早报|早参|晨讯|日报|周报|月报|点评|研究/u;

/** Whether a text starts like a repost: the author line or the excerpt line in its first lines. */
export function hasRepostHeader(head: string): boolean {
	return authorLine.test(head) || excerptLine.test(head);
}

/** The parts of a repost's header the layouts share. */
export interface RepostHeader {
	/** The title line, without any breadcrumb, or undefined when there is none. */
	titleLine?: Range;
	/** Where the note's own text starts and ends (before the site's footer). */
	bodyStart: number;
	bodyEnd: number;
}

function lineAt(folded: string, offset: number): Range {
	const start = folded.lastIndexOf("\n", offset - 1) + 1;
	const newline = folded.indexOf("\n", offset);
	return { start, end: newline === -1 ? folded.length : newline };
}

// The last line with text before an offset, after any breadcrumb (首页 > 公众号研报 > …).
function titleLineBefore(folded: string, offset: number): Range | undefined {
	let end = offset;
	while (end > 0) {
		const line = lineAt(folded, end - 1);
		const content = folded.slice(line.start, line.end);
		if (content.trim() !== "") {
			const crumb = content.lastIndexOf(">");
			let start = line.start + crumb + 1;
			let stop = line.end;
			while (start < stop && /\s/u.test(folded[start] as string)) start += 1;
			while (stop > start && /\s/u.test(folded[stop - 1] as string)) stop -= 1;
			return stop > start ? { start, end: stop } : undefined;
		}
		end = line.start - 1;
	}
	return undefined;
}

/** The short name a broker goes by in titles: 华泰 for 华泰证券. */
function shortName(broker: string): string {
	return broker.replace(/(?:证券|研究所|研究)$/u, "");
}

/**
 * Reads a repost's header into a parse: the title line in any of its forms (its broker's short
 * name and its sector where the form gives them), the author line (channel, 发布时间 as the repost
 * date, compiler), the excerpt line (the broker's full name; its 《title》 when there is no title
 * line), 报告发布时间 as the report date, and the site's footer address as the source's URL.
 */
export function readRepostHeader(text: SourceText, parsed: ParsedNote): RepostHeader {
	const { folded } = text;
	const head = folded.slice(0, 4000);
	const author = authorLine.exec(head);
	const excerpt = excerptLine.exec(head);
	const top = Math.min(author?.index ?? head.length, excerpt?.index ?? head.length);
	let bodyStart = 0;
	if (author) {
		parsed.channel = foundGroup(text, author, 1);
		const date = groupRange(author, 2, 0) as Range;
		const repostDate = parseDate(folded.slice(date.start, date.end));
		if (repostDate !== undefined) parsed.repostDate = { value: repostDate, offset: date.start };
		parsed.compiledBy = foundGroup(text, author, 3);
		bodyStart = author.index + author[0].length;
	}
	if (excerpt) {
		parsed.excerptOf = foundGroup(text, excerpt, 1);
		parsed.broker = foundGroup(text, excerpt, 2);
		bodyStart = Math.max(bodyStart, excerpt.index + excerpt[0].length);
	}
	const titleLine = titleLineBefore(folded, lineAt(folded, top).start);
	if (titleLine) readTitleLine(text, titleLine, parsed);
	else if (excerpt) parsed.title = foundGroup(text, excerpt, 3);

	const time = reportTime.exec(folded.slice(bodyStart, bodyStart + 4000));
	if (time) {
		const date = groupRange(time, 1, bodyStart) as Range;
		const value = parseDate(folded.slice(date.start, date.end));
		if (value !== undefined) parsed.reportDate = { value, offset: date.start };
		// At the body's start, it is a line of its own run into the first paragraph: the body starts after it.
		if (folded.slice(bodyStart, bodyStart + time.index).trim() === "")
			bodyStart += time.index + time[0].length;
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
	return { ...(titleLine && { titleLine }), bodyStart, bodyEnd };
}

function readTitleLine(text: SourceText, line: Range, parsed: ParsedNote): void {
	const { folded } = text;
	const content = folded.slice(line.start, line.end);
	let short: Range | undefined;
	const pipe = pipeTitle.exec(content);
	const bracket = bracketTitle.exec(content);
	const bar = barTitle.exec(content);
	if (pipe) {
		short = groupRange(pipe, 1, line.start);
		parsed.sector = foundGroup(text, pipe, 2, line.start);
		parsed.title = foundGroup(text, pipe, 3, line.start);
	} else if (bracket) {
		parsed.title = foundGroup(text, bracket, 2, line.start);
		const group = groupRange(bracket, 1, line.start) as Range;
		// 【青岚电子】, 【华泰固收|信用】: the broker's short name, then the sector.
		const label = folded.slice(group.start, group.end).split("|")[0] as string;
		const known =
			parsed.broker &&
			shortName(folded.slice(parsed.broker.offset, parsed.broker.offset + parsed.broker.value.length));
		const prefix =
			known && label.startsWith(known)
				? known.length
				: (/^(\p{Script=Han}{2,4}?)(?=\p{Script=Han}{2,4}$)/u.exec(label)?.[1]?.length ?? 0);
		const sector = label.slice(prefix);
		if (
			prefix > 0 &&
			((known !== undefined && label.startsWith(known)) || sectorWords.test(label)) &&
			/^\p{Script=Han}{2,6}$/u.test(sector) &&
			!notSector.test(sector)
		) {
			short = { start: group.start, end: group.start + prefix };
			parsed.sector = found(text, group.start + prefix, group.start + label.length);
		}
	} else if (bar) {
		parsed.title = foundGroup(text, bar, 2, line.start);
		const prefix = groupRange(bar, 1, line.start) as Range;
		const name = /^(\p{Script=Han}{2,4}?)(?:晨会|晨报|早报|早参|晨讯)/u.exec(
			folded.slice(prefix.start, prefix.end),
		);
		if (name) short = { start: prefix.start, end: prefix.start + (name[1] as string).length };
	} else {
		parsed.title = found(text, line.start, line.end);
	}
	if (parsed.broker === undefined && short !== undefined) {
		const name = folded.slice(short.start, short.end).trim();
		const full = name === "" ? -1 : folded.indexOf(`${name}证券`);
		parsed.broker =
			full === -1 ? found(text, short.start, short.end) : found(text, full, full + name.length + 2);
	}
}
