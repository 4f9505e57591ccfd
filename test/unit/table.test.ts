import { describe, expect, it } from "vitest";
import { type Line, plain } from "../../source/layout/line.ts";
import { columnWidths, tableLayout, tableLines, unbreakableWidth } from "../../source/layout/table.ts";
import { textWidth } from "../../source/text/width.ts";

const sorted = (text: string) => [...text.replace(/\s/gu, "")].sort().join("");
const text = (lines: readonly Line[]) => lines.map(plain);

const columns = ["指标 Figure", "数值 Value", "期间 Period", "变化 Change", "出处 Source"];
const rows = [
	[
		"GitHub Copilot付费用户（企业）",
		"超130万 / >1.3M",
		"CY24Q1",
		"同比+30% / +30% yoy",
		"公司财报 / Company filings",
	],
	["MAI-1参数", "约5000亿 / ~500B", "", "", "The Information"],
	["Azure AI客户", "53,000", "FY24Q3", "较23Q4+26pct / +26 pct-pt vs 23Q4", "财报电话会 / Earnings call"],
];

describe("tableLines", () => {
	it("lays out a small table with a rule under the header", () => {
		expect(text(tableLines(["Figure", "Value"], [["Orders", "1,200"]], 40))).toEqual([
			"Figure  Value",
			"──────  ─────",
			"Orders  1,200",
		]);
	});

	it("lines columns up by display width, not by length", () => {
		expect(
			text(
				tableLines(
					["指标", "Value"],
					[
						["订单", "1"],
						["Orders", "2"],
					],
					40,
				),
			),
		).toEqual(["指标    Value", "──────  ─────", "订单    1", "Orders  2"]);
	});

	it.each([20, 30, 40, 60, 100, 200])("fits width %i and keeps every cell's text", (width) => {
		const { header, rows: laidOut } = tableLayout(columns, rows, width);
		for (const line of [...header, ...laidOut.flat()])
			expect(textWidth(plain(line))).toBeLessThanOrEqual(width);
		laidOut.forEach((lines, index) => {
			const cells = (rows[index] ?? []).join("");
			// A card joins the cells after the first with " · "; a grid adds no characters.
			expect(sorted(text(lines).join("").replaceAll("·", ""))).toBe(sorted(cells.replaceAll("·", "")));
		});
	});

	it("keeps the header text when it lays out a grid", () => {
		const { header } = tableLayout(columns, rows, 100);
		expect(header.length).toBeGreaterThan(1);
		const headerText = text(header.slice(0, -1)).join("");
		expect(sorted(headerText)).toBe(sorted(columns.join("")));
		expect(plain(header.at(-1) ?? [])).toMatch(/^[─ ]+$/u);
	});

	it("wraps a long cell inside its column and keeps the next column aligned", () => {
		const lines = text(tableLines(["Name", "Value"], [["a fairly long name that must wrap", "42"]], 24));
		expect(lines.length).toBeGreaterThan(3);
		const valueColumn = lines[0]?.indexOf("Value") ?? -1;
		expect(lines[2]?.slice(valueColumn)).toBe("42");
		for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(24);
	});

	it("drops columns that are empty in every row", () => {
		const lines = text(
			tableLines(
				["Figure", "Period", "Value"],
				[
					["Orders", "", "1,200"],
					["Margin", "", "12%"],
				],
				40,
			),
		);
		expect(lines).toEqual(["Figure  Value", "──────  ─────", "Orders  1,200", "Margin  12%"]);
	});

	it("keeps a column that has a value in any row", () => {
		const lines = text(
			tableLines(
				["Figure", "Period", "Value"],
				[
					["Orders", "", "1"],
					["Margin", "4Q24", "2"],
				],
				40,
			),
		);
		expect(lines[0]).toBe("Figure  Period  Value");
		expect(lines[2]).toBe("Orders          1");
	});

	it("turns a table too wide for the width into cards", () => {
		const { header, rows: cards } = tableLayout(columns, rows, 24);
		expect(header).toEqual([]);
		expect(cards).toHaveLength(3);
		for (const card of cards) {
			// The first cell (wrapped if it must) in the label tone, then the others indented under it.
			const labelLines = card.findIndex((line) => line[0]?.tone !== "label");
			expect(labelLines).toBeGreaterThanOrEqual(1);
			for (const line of card.slice(labelLines)) expect(plain(line).startsWith("  ")).toBe(true);
		}
		expect(
			text(cards[0] ?? [])
				.slice(0, 2)
				.join(""),
		).toBe("GitHub Copilot付费用户（企业）");
		// A cell moves to the next line whole rather than break between its words.
		expect(text(cards[1] ?? [])).toEqual(["MAI-1参数", "  约5000亿 / ~500B", "  The Information"]);
	});

	it("right-aligns the columns marked right, header included", () => {
		const lines = text(
			tableLines(
				["Figure", "Value"],
				[
					["Orders", "1,200"],
					["Margin", "12%"],
				],
				40,
				["left", "right"],
			),
		);
		expect(lines).toEqual(["Figure  Value", "──────  ─────", "Orders  1,200", "Margin    12%"]);
	});

	it("draws each card's values in the number tone when their column is right-aligned", () => {
		const { rows: cards } = tableLayout(["Figure", "Value", "Source"], [["Orders", "1,200", "Filings"]], 12, [
			"left",
			"right",
			"left",
		]);
		expect(text(cards[0] ?? [])).toEqual(["Orders", "  1,200", "  Filings"]);
		expect(cards[0]?.[1]?.find((span) => span.text === "1,200")?.tone).toBe("number");
	});

	it("lays out a table with no rows as nothing but an empty header", () => {
		const lines = text(tableLines(["A", "B"], [], 40));
		expect(lines.join("")).toBe("");
	});
});

describe("columnWidths", () => {
	it("makes each column as wide as its widest cell when the table fits", () => {
		expect(columnWidths(["a", "bb"], [["中文字", "x"]], 40)).toEqual([6, 2]);
	});

	it("narrows the widest columns until the table fits", () => {
		const widths = columnWidths(["a", "b"], [["xxxx ".repeat(6).trim(), "y".repeat(10)]], 30) ?? [];
		expect(widths).toEqual([18, 10]);
		expect(widths.reduce((sum, width) => sum + width, 0) + 2).toBe(30);
	});

	it("gives up when a column would drop under six columns", () => {
		const words = (letter: string) => `${letter.repeat(3)} `.repeat(5).trim();
		expect(columnWidths(["a", "b", "c"], [[words("x"), words("y"), words("z")]], 21)).toBeUndefined();
		expect(columnWidths(["a", "b", "c"], [[words("x"), words("y"), words("z")]], 22)).toEqual([6, 6, 6]);
	});

	it("gives up rather than break a word, a number or a name inside a cell", () => {
		// The label may break between Chinese characters; the value only at spaces.
		expect(columnWidths(["指标", "数值"], [["MAI-1参数量", "约5000亿"]], 16)).toEqual([6, 8]);
		expect(columnWidths(["指标", "数值"], [["MAI-1参数量", "约5000亿"]], 15)).toBeUndefined();
		expect(columnWidths(["Figure", "Source"], [["MAI-1", "The Information"]], 19)).toEqual([6, 11]);
		expect(columnWidths(["Figure", "Source"], [["MAI-1", "The Information"]], 18)).toBeUndefined();
	});

	it("measures the longest piece a cell may not be broken inside", () => {
		expect(unbreakableWidth("约5000亿", false)).toBe(8);
		expect(unbreakableWidth("约5000亿", true)).toBe(4);
		expect(unbreakableWidth("The Information", false)).toBe(11);
		expect(unbreakableWidth("Microsoft、Google、Meta合计", true)).toBe(11);
		expect(unbreakableWidth("华泰证券", false)).toBe(8);
		expect(unbreakableWidth("华泰证券", true)).toBe(2);
	});
});
