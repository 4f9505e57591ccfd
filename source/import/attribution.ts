/**
 * Where a sentence says its numbers come from: 据《The information》报道, 据公司财报, 据其报道,
 * 根据IDC, 据Wind数据, 中汽协数据显示, or 我们测算 (the broker's own).
 */
export interface AttributionMark {
	start: number;
	/**
	 * The kind of source; "previous" for 据其报道 (the source the paragraph named last); "broker" for
	 * 我们 (the broker's own numbers again).
	 */
	kind: "press" | "filings" | "earnings-call" | "data" | "previous" | "broker";
	/** Where the source's name is written, when it is. */
	name?: { start: number; end: number };
}

// 据 not inside a word (数据, 证据, 占据, 依据 reads as 根据).
const markPattern =
	/(?:(?:根|依)据|(?<![数证占单票])据)\s?(?:(?<press>《[^》\n]{1,60}》)(?:报道)?|(?<call>[^\s,;:。]{0,12}?(?:电话会议?|业绩说明会|业绩会))|(?<filings>[^\s,;:。]{0,12}?(?:财报|年报|季报|公告|招股书))|(?<again>其报道|其)|(?<reporter>[^\s,;:。]{1,20}?)报道|(?!(?:测算|统计|预测|预估|估计|估算|预计|调研|了解|悉|此|我们)[,:的])(?<data>[A-Za-z][A-Za-z0-9&.' -]{0,28}[A-Za-z0-9)]|[^\s,;:。\d]{2,10}?)\s?(?:的?(?:数据|统计|测算|预测|预估|估计|估算|调研|研究|报告|资料)(?:显示|表明)?)?\s?(?=[,:]))|(?<broker>我们(?:测算|预计|认为|估计|预测|判断))/dgu;

// "中汽协数据显示,…", "IDC 统计显示:…", "IDC 最新统计数据显示 …": a named source at the start of a
// clause, with no 据 before it (据IDC统计显示 is the pattern above's). The words between the name and
// 显示 (最新, 统计数据) are not the name.
const shownPattern =
	/(?<=^|[\s,;:。!?])(?!我们|本|该|上述|以上|如|从|(?:根|依)?据)(?<data>[A-Za-z][A-Za-z0-9&.' -]{0,28}[A-Za-z0-9)]|[^\s,;:。!?\d%()《》]{2,12}?)\s?(?:最新|近期|公布|发布)?的?\s?(?:(?:统计|调研|监测)?数据|统计|调研)(?:显示|表明)(?:\s?(?=[,:])|\s)/dgu;

// Consensus (市场预期, 彭博一致预期, Wind一致预期, Taiwan's 法人预估…): numbers others expect, not the
// broker's. Not after 据 (the pattern above's), nor where a number is compared with expectations
// (低于市场预期, 超一致预期).
const consensusPattern =
	/(?<![据超于及合过A-Za-z])(?<data>(?:市场|彭博|万得|[A-Za-z]{2,12}\s?)?一致预期|市场预期|法人(?=预估|预期|预计))/dgu;

/** Finds the attribution marks of a (folded) text, in order. */
export function findAttributions(text: string): AttributionMark[] {
	const marks: AttributionMark[] = [];
	for (const match of text.matchAll(markPattern)) {
		const indices = match.indices?.groups ?? {};
		if (indices.broker !== undefined) {
			marks.push({ start: match.index, kind: "broker" });
			continue;
		}
		const kinds = [
			["press", indices.press],
			["earnings-call", indices.call],
			["filings", indices.filings],
			["press", indices.reporter],
			["data", indices.data],
		] as const;
		const found = kinds.find(([, range]) => range !== undefined);
		marks.push(
			found === undefined
				? { start: match.index, kind: "previous" }
				: {
						start: match.index,
						kind: found[0],
						name: { start: (found[1] as [number, number])[0], end: (found[1] as [number, number])[1] },
					},
		);
	}
	for (const match of text.includes("预期") || text.includes("法人") ? text.matchAll(consensusPattern) : []) {
		const name = match.indices?.groups?.data as [number, number];
		marks.push({ start: match.index, kind: "data", name: { start: name[0], end: name[1] } });
	}
	const shown = text.includes("显示") || text.includes("表明");
	for (const match of shown ? text.matchAll(shownPattern) : []) {
		const name = match.indices?.groups?.data;
		if (name !== undefined)
			marks.push({ start: match.index, kind: "data", name: { start: name[0], end: name[1] } });
	}
	return marks.sort((a, b) => a.start - b.start);
}
