import { emptyParse, type FoundPillar } from "../parsed-note.ts";
import { findAnalysts } from "../people.ts";
import { splitParagraphs } from "../segments.ts";
import { found, foundGroup } from "../text-tools.ts";
import type { Layout } from "./layout.ts";
import { repost } from "./repost.ts";
import { hasRepostHeader, readRepostHeader } from "./repost-header.ts";

const digestWord = /晨会|晨报|早报|早参|晨讯|晨间/u;
// An item of the digest: 【电子】AI终端放量 …, 【行业】 or 【公司】 and its text up to the next item.
const item = /【([^】\n]{1,12})】/dgu;

function itemsAfterHeader(head: string): number {
	const header = Math.max(head.indexOf("发布时间"), head.indexOf("以下内容从"));
	return header === -1 ? 0 : Array.from(head.slice(header).matchAll(item)).length;
}

/**
 * A repost of a morning digest (晨会, 晨报): the repost's header, then several items `【电子】标题
 * 正文…`. It is one note: its title is the whole title line, each item is a pillar (the bracket's
 * label, the item's first line as its headline, the rest as its body) and the items' headlines are
 * the thesis points.
 */
export const morningDigest: Layout = {
	name: "morning-digest",
	description: "a WeChat repost of a morning digest",
	detect(head) {
		if (!hasRepostHeader(head))
			return { found: false, lacking: "a repost's author line, 晨会 or 晨报 in its title and 【…】 items" };
		const top = head.slice(0, Math.max(head.indexOf("发布时间"), 0) + 200);
		if (!digestWord.test(top)) return { found: false, lacking: "晨会 or 晨报 in its title" };
		return itemsAfterHeader(head) >= 2
			? { found: true }
			: { found: false, lacking: "two or more 【行业】 items" };
	},
	parse(text) {
		const parsed = emptyParse("morning-digest");
		const { folded } = text;
		const { titleLine, bodyStart, bodyEnd } = readRepostHeader(text, parsed);
		if (titleLine) parsed.title = found(text, titleLine.start, titleLine.end);
		const items = Array.from(folded.slice(bodyStart, bodyEnd).matchAll(item));
		const first = items[0]?.index;
		if (first !== undefined) parsed.summary.push(...splitParagraphs(folded, bodyStart, bodyStart + first));
		items.forEach((match, index) => {
			const start = bodyStart + match.index + match[0].length;
			const end = bodyStart + (items[index + 1]?.index ?? bodyEnd - bodyStart);
			const title = foundGroup(text, match, 1, bodyStart);
			const paragraphs = splitParagraphs(folded, start, end);
			const lead = paragraphs[0];
			if (title === undefined || lead === undefined) return;
			// The item's headline runs to the first space or the end of its first paragraph: 智驾渗透加速 7月….
			const leadText = folded.slice(lead.start, lead.end);
			const gap = /^[^\s。!?]{2,30}(?=\s)/u.exec(leadText);
			const headlineEnd = gap ? lead.start + gap[0].length : lead.end;
			const isHeadline = gap !== null || (!/[。!?]$/u.test(leadText) && paragraphs.length > 1);
			const headline = found(text, lead.start, headlineEnd);
			if (headline === undefined) return;
			const rest = gap
				? [{ start: headlineEnd, end: lead.end }, ...paragraphs.slice(1)]
				: paragraphs.slice(1);
			const pillar: FoundPillar = { title, headline, body: isHeadline ? rest : paragraphs };
			parsed.pillars.push(pillar);
			parsed.points.push(headline);
		});
		parsed.analysts = findAnalysts(text, bodyStart, bodyEnd, parsed.skipped);
		return parsed;
	},
	reasons: {
		...repost.reasons,
		title: "no title line above the author line",
		"thesis.headline": "a morning digest has no single thesis: its items are the breakdown",
		"thesis.summary": "no paragraph before the first 【…】 item",
		"thesis.points": "no 【…】 items with a headline",
		breakdown: "no 【…】 items",
		risks: "a morning digest's items carry no 风险提示 section",
	},
};
