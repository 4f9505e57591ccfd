import { describe, expect, it } from "vitest";
import { readColumns } from "../../../source/import/pdf/columns.ts";
import { isPdf } from "../../../source/import/pdf/is-pdf.ts";
import { dropPageFurniture } from "../../../source/import/pdf/page-furniture.ts";
import { documentText, pageLines } from "../../../source/import/pdf/reading-order.ts";
import { groupRows, joinSpacedHan } from "../../../source/import/pdf/rows.ts";
import type { TextItem } from "../../../source/import/pdf/text-item.ts";
import { dropDoubledRuns } from "../../../source/import/pdf/undouble.ts";

// A run as a PDF would give it, its width from its characters: Han 1 em, others half an em.
function run(str: string, x: number, y: number, height = 10): TextItem {
	const ems = Array.from(str).reduce(
		(sum, character) => sum + (/\p{Script=Han}/u.test(character) ? 1 : 0.5),
		0,
	);
	return { str, x, y, width: ems * height, height, fontName: "f1" };
}

const text = (items: TextItem[], height = 842) => documentText([{ items, height }]);

describe("runs drawn twice (fake bold)", () => {
	it("keeps one of two equal runs a fraction of a point apart", () => {
		const kept = dropDoubledRuns([
			run("投资评级:", 50, 100),
			run("投资评级:", 50.3, 100),
			run("买入", 100, 100),
		]);
		expect(kept.map((item) => [item.str, item.x])).toEqual([
			["投资评级:", 50],
			["买入", 100],
		]);
		expect(
			text([
				run("群星研究", 50, 100),
				run("群星研究", 50.3, 100.2),
				run("电子", 50, 115),
				run("电子", 50.3, 115),
			]),
		).toBe("群星研究\n电子");
	});

	it("keeps equal runs that stand apart, and different runs at one place", () => {
		expect(
			dropDoubledRuns([run("买入", 300, 100), run("买入", 300, 115), run("买入", 340, 100)]),
		).toHaveLength(3);
		expect(dropDoubledRuns([run("12", 50, 100), run("13", 50.3, 100)])).toHaveLength(2);
	});
});

describe("lines by baseline", () => {
	it("joins runs on one baseline, Chinese without spaces and Latin words with one", () => {
		expect(text([run("SAC", 82, 100.4), run("研究员", 50, 100), run("No.S0000000000001", 100, 100)])).toBe(
			"研究员SAC No.S0000000000001",
		);
		expect(text([run("2025", 50, 100), run("年", 73, 100), run("06", 86, 100), run("月", 99, 100)])).toBe(
			"2025年06月",
		);
		const words = [
			run("研究员", 50, 100),
			run("林一舟", 90, 100),
			run("投资评级:", 50, 115),
			run("买入", 105, 115),
		];
		expect(text(words)).toBe("研究员 林一舟\n投资评级: 买入");
	});

	it("joins Chinese set a letter apart, as separate runs or with spaces, and keeps spaces between words", () => {
		const spaced = Array.from("證券研究報告", (character, index) => run(character, 50 + index * 14, 100));
		expect(text(spaced)).toBe("證券研究報告");
		expect(joinSpacedHan("證 券 研 究 報 告 行業週報")).toBe("證券研究報告 行業週報");
		expect(joinSpacedHan("研究员 林一舟 SAC No.S0000000000001")).toBe("研究员 林一舟 SAC No.S0000000000001");
	});

	it("orders lines top to bottom and marks a skipped line with an empty one", () => {
		expect(text([run("核心观点", 50, 160), run("证券研究报告", 50, 100), run("通信", 50, 115)])).toBe(
			"证券研究报告\n通信\n\n核心观点",
		);
	});
});

describe("tables and columns", () => {
	const table = [
		["股票名称", "股票代码", "目标价(当地币种)", "投资评级"],
		["远光通信", "300999 CH", "156.80", "买入"],
		["天际光电", "02099 HK", "42.30", "增持"],
	];
	const tableRuns = (top: number) =>
		table.flatMap((cells, row) => cells.map((cell, column) => run(cell, 50 + column * 120, top + row * 15)));

	it("keeps a table's row as one line of cells two spaces apart", () => {
		expect(text([run("重点推荐", 50, 85), ...tableRuns(100)])).toBe(
			"重点推荐\n股票名称  股票代码  目标价(当地币种)  投资评级\n远光通信  300999 CH  156.80  买入\n天际光电  02099 HK  42.30  增持",
		);
	});

	const left = ["投资评级: 买入(维持)", "目标价(人民币): 156.80", "所属行业: 通信", "研究员 林一舟"];
	const right = [
		"核心观点",
		"一季度业绩高增,盈利能力持续改善",
		"公司发布一季报,25Q1实现营业收入",
		"18.4亿元,同比增长96%。",
	];
	const columns = (top: number) =>
		left.flatMap((line, index) => [
			run(line, 40, top + index * 15),
			run(right[index] as string, 260, top + index * 15),
		]);

	it("reads two columns on shared baselines left column first, between full-width lines", () => {
		const items = [
			run("远光通信(300999 CH) 800G放量在即,盈利能力持续改善", 40, 85),
			...columns(100),
			run("免责声明和披露以及分析师声明是报告的一部分,请务必一起阅读。", 40, 180),
		];
		expect(text(items).split("\n")).toEqual([
			"远光通信(300999 CH) 800G放量在即,盈利能力持续改善",
			...left,
			"",
			...right,
			"",
			"免责声明和披露以及分析师声明是报告的一部分,请务必一起阅读。",
		]);
	});

	it("reads a column that starts lower or ends sooner in its place", () => {
		const items = [...columns(100), run("风险提示:新品验证进度慢于预期。", 260, 160)];
		expect(text(items).split("\n")).toEqual([...left, "", ...right, "风险提示:新品验证进度慢于预期。"]);
	});

	it("does not read a table as columns, nor its last column beside the text above and below", () => {
		const rows = groupRows(tableRuns(100));
		expect(readColumns(rows, 10)).toEqual(rows);
		const prose = (y: number) => run("我们认为800G产品放量带动毛利率提升,全年业绩有望保持高增。", 50, y);
		const page = text([prose(70), prose(85), ...tableRuns(100), prose(145), prose(160)]);
		expect(page.split("\n").slice(2, 5)).toEqual([
			"股票名称  股票代码  目标价(当地币种)  投资评级",
			"远光通信  300999 CH  156.80  买入",
			"天际光电  02099 HK  42.30  增持",
		]);
	});

	it("reads a page of more rows than a note's page holds row by row", () => {
		const many = Array.from({ length: 1001 }, (_, index) => [
			run("我们认为800G产品放量带动毛利率提升,全年业绩有望保持高增。", 40, index * 15),
			run("公司发布一季报,25Q1实现营业收入18.4亿元,同比增长96%。", 400, index * 15),
		]);
		const rows = groupRows(many.flat());
		expect(readColumns(rows, 10)).toEqual(rows);
		expect(readColumns(rows.slice(0, 1000), 10)).not.toEqual(rows.slice(0, 1000));
	});

	it("keeps a label and its value on one line", () => {
		const pairs = [
			["投资评级", "买入(维持)"],
			["目标价(人民币)", "156.80"],
			["所属行业", "通信"],
			["当前股价(人民币)", "128.40"],
		];
		const items = pairs.flatMap(([label, value], index) => [
			run(label as string, 40, 100 + index * 15),
			run(value as string, 160, 100 + index * 15),
		]);
		expect(text(items).split("\n")).toEqual(pairs.map((pair) => pair.join("  ")));
	});
});

describe("page furniture", () => {
	const page = (lines: [string, number][]) => ({
		height: 800,
		lines: lines.map(([line, y]) => ({ text: line, y })),
	});

	it("drops page numbers and reads a running header or footer once", () => {
		const pages = dropPageFurniture([
			page([
				["群星证券 行业周报 2025年6月", 30],
				["证券研究报告", 100],
				["1", 780],
			]),
			page([
				["群星证券 行业周报 2025年6月", 30],
				["正文第二页", 100],
				["第 2 页 共 30 页", 780],
			]),
			page([
				["群星证券 行业周报 2025年6月", 31],
				["正文第三页", 100],
				["- 3 -", 780],
			]),
		]);
		expect(pages.map((lines) => lines.map((line) => line.text))).toEqual([
			["群星证券 行业周报 2025年6月", "证券研究报告"],
			["正文第二页"],
			["正文第三页"],
		]);
	});

	it("keeps lines that recur in the body, or in one page's margin only", () => {
		const pages = dropPageFurniture([
			page([
				["风险提示", 400],
				["免责声明", 790],
			]),
			page([["风险提示", 400]]),
		]);
		expect(pages.map((lines) => lines.map((line) => line.text))).toEqual([
			["风险提示", "免责声明"],
			["风险提示"],
		]);
	});

	it("puts pages one blank line apart", () => {
		expect(
			documentText([
				{ items: [run("第一页", 50, 300)], height: 800 },
				{ items: [run("第二页", 50, 300)], height: 800 },
			]),
		).toBe("第一页\n\n第二页");
		expect(pageLines({ items: [], height: 800 }).lines).toEqual([]);
	});
});

describe("what is a PDF", () => {
	const bytes = (text: string) => new TextEncoder().encode(text);

	it("is known by %PDF- in its first 1024 bytes", () => {
		expect(isPdf(bytes("%PDF-1.7\n%âãÏÓ\n1 0 obj"))).toBe(true);
		expect(isPdf(bytes(`${"\0".repeat(1000)}%PDF-1.4`))).toBe(true);
		expect(isPdf(bytes(`${" ".repeat(1020)}%PDF-1.4`))).toBe(false);
		expect(isPdf(bytes("证券研究报告\n%PDF 格式的附件"))).toBe(false);
		expect(isPdf(new Uint8Array())).toBe(false);
	});
});
