import { describe, expect, it } from "vitest";
import { draftNote } from "../../source/import/draft-note.ts";
import { sourceLineAttribution } from "../../source/import/figures/chart-source.ts";
import { findFiguresIn } from "../../source/import/figures.ts";
import { foldText } from "../../source/import/fold.ts";
import { splitParagraphs } from "../../source/import/segments.ts";

// A WeChat repost of a note keeps its charts' captions (图表1：…) and source lines (资料来源：Wind，青岚证券
// 研究所): a caption's number is the named source's, not the broker's; neither line is a pillar.

function figuresOf(text: string) {
	const folded = foldText(text);
	const { figures } = findFiguresIn(
		{ original: text, folded },
		splitParagraphs(folded, 0, text.length),
		"青岚证券",
	);
	return figures.map(({ figure }) => ({
		label: figure.label.zh,
		value: figure.value,
		source: figure.attribution,
	}));
}

describe("a chart's source line", () => {
	it.each([
		["资料来源:IDC,青岚证券研究所", false, { kind: "data", name: { zh: "IDC" } }],
		["资料来源:Wind,青岚证券研究所", true, { kind: "broker", name: { zh: "青岚证券" } }],
		["数据来源:中汽协、乘联会", false, { kind: "data", name: { zh: "中汽协" } }],
		["来源: 青岚证券研究所", false, { kind: "broker", name: { zh: "青岚证券" } }],
		["资料来源:Wind一致预期", true, { kind: "data", name: { zh: "Wind一致预期" } }],
		["资料来源:公司公告,青岚证券研究所", false, { kind: "filings", name: { zh: "公司公告" } }],
	] as const)("%s (a forecast table: %s)", (line, forecast, attribution) => {
		expect(sourceLineAttribution(foldText(line), "青岚证券", forecast)).toEqual(attribution);
	});

	it("is none for a line that names no source", () => {
		expect(sourceLineAttribution("我们来源于调研", "青岚证券", false)).toBeUndefined();
	});
});

describe("a chart's caption", () => {
	it.each([
		["图表1：2024年全球AI服务器出货量约120万台\n资料来源：IDC，青岚证券研究所", "IDC"],
		["圖表3：2024年全球AI伺服器出貨量約120萬台\n資料來源：TrendForce，青嵐證券研究所", "TrendForce"],
		["图2: 2024年全球AI服务器出货量约120万台\n\n(柱状图)\n\n资料来源: IDC, 青岚证券研究所", "IDC"],
	])("states its number as the source's the line under the chart names: %s", (text, source) => {
		const [figure] = figuresOf(text);
		expect(figure?.value).toBe(1_200_000);
		expect(figure?.label).toMatch(/^2024年全球AI(?:服务器|伺服器)出(?:货|貨)量$|^全球AI/u);
		expect(figure?.label).not.toMatch(/图|圖/u);
		expect(figure?.source).toEqual({ kind: "data", name: { zh: source } });
	});

	it("is the broker's when no source line follows before the next caption", () => {
		const figures = figuresOf(
			"图表1：2024年全球AI服务器出货量约120万台\n图表2：2025年全球AI服务器出货量约150万台\n资料来源：IDC",
		);
		expect(figures.map((figure) => figure.source.kind)).toEqual(["broker", "data"]);
	});

	it.each([
		"图表5：我们预计2025年公司营收将达120亿元\n资料来源：Wind，青岚证券研究所预测",
		"圖表5：預計2025年公司營收將達120億元\n資料來源：Wind，青嵐證券研究所",
		"图5: 2025E 公司营收 120 亿元\n资料来源: Wind, 青岚证券研究所",
	])("leaves a forecast in a caption the broker's: %s", (text) => {
		const figures = figuresOf(text);
		expect(figures.map((figure) => [figure.value, figure.source.kind])).toEqual([[12_000_000_000, "broker"]]);
	});

	it("leaves the prose around it the broker's", () => {
		const figures = figuresOf("公司2024年营收100亿元。\n资料来源：IDC，青岚证券研究所");
		expect(figures[0]?.source.kind).toBe("broker");
	});
});

describe("a repost's chart lines", () => {
	const repost = (body: string) =>
		[
			"青岚 | 电子:消费电子复苏",
			"",
			"作者:微信公众号【青岚研究】/ 发布时间:2025-04-02 / 悟空智库整理",
			"(以下内容从青岚证券《消费电子复苏》研报附件原文摘录)",
			`  核心观点 业绩稳健增长 公司2024年营收156.78亿元。`,
			body,
			"风险提示 需求不及预期。",
		].join("\n");

	it.each([
		"图表1：公司盈利预测与估值\n资料来源：Wind，青岚证券研究所",
		"圖表1：公司盈利預測與估值\n資料來源：Wind，青嵐證券研究所",
		"图1:公司盈利预测\n单位:百万元 2024A 2025E\n营业收入 100 120\n数据来源:Wind",
	])("are no pillars and no headline: %s", (body) => {
		const { note } = draftNote(repost(body), "x.txt");
		expect(note.breakdown).toEqual([]);
		expect(note.thesis?.headline?.zh).toBe("业绩稳健增长");
	});

	it.each([
		["点击上方蓝字关注我们", "点击阅读原文"],
		["點擊上方藍字關注我們", "本文來自青嵐證券研究所，版權歸原作者所有"],
		["长按识别二维码，关注青岚研究", "轉載請註明出處"],
	])("leaves a WeChat account's lines out of the thesis and the risks: %s / %s", (before, after) => {
		const text = repost(`${before}\n投资建议:我们预计公司2025年营收100亿元。`).replace(
			"风险提示 需求不及预期。",
			`风险提示 需求不及预期。\n${after}`,
		);
		const { note } = draftNote(text, "x.txt");
		expect(note.risks.map((risk) => risk.title.zh)).toEqual(["需求不及预期。"]);
		expect(note.thesis?.summary?.zh).not.toMatch(/点击|點擊|长按|转载|本文|版权|版權/u);
		expect(note.figures.map((figure) => figure.value)).toEqual([15_678_000_000, 10_000_000_000]);
	});
});
