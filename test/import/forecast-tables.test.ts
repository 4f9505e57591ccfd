import { describe, expect, it } from "vitest";
import { headerColumns } from "../../source/import/figures/forecast-table.ts";
import { unitOfRow } from "../../source/import/figures/table-units.ts";
import { findFiguresIn } from "../../source/import/figures.ts";
import { foldText } from "../../source/import/fold.ts";
import { splitParagraphs } from "../../source/import/segments.ts";

// Forecast tables (盈利预测与估值) as they arrive in reposts and in a PDF's text: each cell bound to its
// row's label and its column's year in base units, or left out and listed; never a number given to the
// wrong year or label. Invented numbers; simplified and Traditional; tabs, spaces, full-width spaces, |.

/** Reads a text as a repost's paragraphs (one a line) or as one range holding every line (a PDF's). */
function read(text: string, asOneRange = false) {
	const folded = foldText(text);
	const ranges = asOneRange ? [{ start: 0, end: text.length }] : splitParagraphs(folded, 0, text.length);
	const { figures, skipped } = findFiguresIn({ original: text, folded }, ranges, "青岚证券");
	return {
		cells: figures.map(({ figure }) => [
			figure.label.zh,
			figure.value,
			figure.unit,
			figure.period,
			figure.change?.value,
			figure.estimate === true,
		]),
		figures: figures.map(({ figure }) => figure),
		skipped: skipped.map(({ text: written, reason }) => `${written}: ${reason}`),
	};
}

const table = (separator: string, growth = "增长率(%)") =>
	[
		`会计年度${separator}2024A${separator}2025E${separator}2026E`,
		`营业收入(百万元)${separator}12,345${separator}15,678${separator}18,901`,
		`${growth}${separator}12.3${separator}27.0${separator}20.6`,
		`EPS(元)${separator}0.82${separator}0.97${separator}1.20`,
		`PE(倍)${separator}36.5${separator}30.8${separator}25.3`,
		`毛利率(%)${separator}21.5${separator}-0.3${separator}23.0`,
	].join("\n");

const expected = [
	["营业收入", 12_345_000_000, "CNY", "2024", 12.3, false],
	["营业收入", 15_678_000_000, "CNY", "2025", 27, true],
	["营业收入", 18_901_000_000, "CNY", "2026", 20.6, true],
	["EPS", 0.82, "CNY/股", "2024", undefined, false],
	["EPS", 0.97, "CNY/股", "2025", undefined, true],
	["EPS", 1.2, "CNY/股", "2026", undefined, true],
	["PE", 36.5, "x", "2024", undefined, false],
	["PE", 30.8, "x", "2025", undefined, true],
	["PE", 25.3, "x", "2026", undefined, true],
	["毛利率", 21.5, "%", "2024", undefined, false],
	["毛利率", -0.3, "%", "2025", undefined, true],
	["毛利率", 23, "%", "2026", undefined, true],
];

describe("a forecast table", () => {
	it.each([
		["tabs", "\t"],
		["one space", " "],
		["several spaces", "   "],
		["full-width spaces", "\u3000\u3000"],
		["| separators", " | "],
	])("binds each cell to its row and its year, cells apart by %s", (_, separator) => {
		for (const asOneRange of [false, true]) {
			const result = read(table(separator), asOneRange);
			expect(result.cells).toEqual(expected);
			expect(result.skipped).toEqual([]);
		}
	});

	it("reads a growth row as the yoy change of the row above, quoted with it, never as a figure", () => {
		const text = table("\t");
		const { figures } = read(text);
		expect(figures.filter((figure) => figure.label.zh?.includes("增长"))).toEqual([]);
		const revenue = figures[1];
		expect(revenue?.change).toEqual({ value: 27, unit: "%", basis: "yoy" });
		expect(text.replaceAll("\n", "")).toContain(revenue?.quote);
		expect(revenue?.quote).toContain("27.0");
		expect(revenue?.quote).toContain(revenue?.display.zh);
	});

	it("reads a Traditional table with a 單位 line, and a growth row that names its row", () => {
		const text = [
			"單位：百萬元　2023A　2024A　2025E",
			"營業收入　9,870　10,230　11,500",
			"歸母淨利潤　1,020　1,150　1,310",
			"營業收入增長率(%)　5.1　3.6　12.4",
			"每股收益(元)　0.51　0.58　0.66",
		].join("\n");
		expect(read(text).cells).toEqual([
			["營業收入", 9_870_000_000, "CNY", "2023", 5.1, false],
			["營業收入", 10_230_000_000, "CNY", "2024", 3.6, false],
			["營業收入", 11_500_000_000, "CNY", "2025", 12.4, true],
			["歸母淨利潤", 1_020_000_000, "CNY", "2023", undefined, false],
			["歸母淨利潤", 1_150_000_000, "CNY", "2024", undefined, false],
			["歸母淨利潤", 1_310_000_000, "CNY", "2025", undefined, true],
			["每股收益", 0.51, "CNY/股", "2023", undefined, false],
			["每股收益", 0.58, "CNY/股", "2024", undefined, false],
			["每股收益", 0.66, "CNY/股", "2025", undefined, true],
		]);
	});

	it("takes the table's unit for amounts only: a rate or EPS with no unit of its own is left out", () => {
		const text = ["(亿元) 2025E 2026E", "营业收入 350.1 380.9", "EPS 2.20 2.44", "净利率 8.6 8.9"].join("\n");
		const result = read(text);
		expect(result.cells).toEqual([
			["营业收入", 35_010_000_000, "CNY", "2025", undefined, true],
			["营业收入", 38_090_000_000, "CNY", "2026", undefined, true],
		]);
		expect(result.skipped).toEqual([
			"2.20: its row names no unit",
			"2.44: its row names no unit",
			"8.6: its row names no unit",
			"8.9: its row names no unit",
		]);
	});

	it("reads US dollars and 亿元, and leaves out a unit it does not know", () => {
		const text = [
			"2025E 2026E",
			"营业收入(百万美元) 1,234 1,456",
			"净利润(亿元) 3.2 4.1",
			"销量(万辆) 12 15",
		].join("\n");
		const result = read(text);
		expect(result.cells).toEqual([
			["营业收入", 1_234_000_000, "USD", "2025", undefined, true],
			["营业收入", 1_456_000_000, "USD", "2026", undefined, true],
			["净利润", 320_000_000, "CNY", "2025", undefined, true],
			["净利润", 410_000_000, "CNY", "2026", undefined, true],
		]);
		expect(result.skipped).toEqual([
			"12: a unit the table reader does not know (万辆)",
			"15: a unit the table reader does not know (万辆)",
		]);
	});

	it("leaves out a growth row with no amount row above it", () => {
		const result = read(["2025E 2026E", "毛利率(%) 23.0 23.6", "增长率(%) 1.2 2.6"].join("\n"));
		expect(result.cells.map((cell) => cell[0])).toEqual(["毛利率", "毛利率"]);
		expect(result.skipped).toEqual([
			"1.2: a growth rate whose row cannot be told",
			"2.6: a growth rate whose row cannot be told",
		]);
	});

	it("leaves out a row with more or fewer numbers than years, and lists them", () => {
		const result = read(
			[
				"2024A 2025E 2026E",
				"营业收入(百万元) 100 120 140",
				"归母净利润(百万元) 10 12",
				"EPS(元) 0.1 0.2 0.3 0.4",
				"PE(倍) 30 25 20",
				"风险提示 需求不及预期。",
			].join("\n"),
		);
		expect(result.cells.map((cell) => `${cell[0]} ${cell[3]}`)).toEqual([
			"营业收入 2024",
			"营业收入 2025",
			"营业收入 2026",
			"PE 2024",
			"PE 2025",
			"PE 2026",
		]);
		expect(result.skipped).toEqual(
			["10", "12", "0.1", "0.2", "0.3", "0.4"].map(
				(cell) => `${cell}: a table's row whose numbers are not one a year (3 years)`,
			),
		);
	});

	it("leaves a dash cell empty and keeps the other years in their columns", () => {
		const result = read(["2024A 2025E 2026E", "PE(x) — 25.3 20.1"].join("\n"));
		expect(result.cells).toEqual([
			["PE", 25.3, "x", "2025", undefined, true],
			["PE", 20.1, "x", "2026", undefined, true],
		]);
	});

	it("gives the numbers to the source the line under the table names, and the broker's forecasts to the broker", () => {
		const own = read(["2025E 2026E", "PE(倍) 25.3 20.1", "资料来源：Wind，青岚证券研究所"].join("\n"));
		expect(own.figures.map((figure) => figure.attribution.kind)).toEqual(["broker", "broker"]);
		const consensus = read(["2025E 2026E", "PE(倍) 25.3 20.1", "资料来源：Wind一致预期"].join("\n"));
		expect(consensus.figures.map((figure) => figure.attribution)).toEqual([
			{ kind: "data", name: { zh: "Wind一致预期" } },
			{ kind: "data", name: { zh: "Wind一致预期" } },
		]);
	});
});

describe("a table's header", () => {
	const header = (line: string) => {
		const folded = foldText(line);
		const cells = Array.from(folded.matchAll(/[^\s|]+/gu), (match) => ({
			start: match.index,
			end: match.index + match[0].length,
		}));
		return headerColumns(folded, { start: 0, end: line.length, cells, range: 0 })?.columns;
	};

	it("is two or more consecutive years, after words that name no period", () => {
		expect(header("会计年度 2023A 2024A 2025E")).toEqual([
			{ period: "2023", estimate: false },
			{ period: "2024", estimate: false },
			{ period: "2025", estimate: true },
		]);
		expect(header("FY2025E FY2026F")).toEqual([
			{ period: "FY2025", estimate: true },
			{ period: "FY2026", estimate: true },
		]);
		expect(header("24A 25E")).toEqual([
			{ period: "2024", estimate: false },
			{ period: "2025", estimate: true },
		]);
	});

	it("is none when the years skip or repeat, stand alone, or follow a number", () => {
		expect(header("2023A 2025E 2026E")).toBeUndefined();
		expect(header("2025E 2025E")).toBeUndefined();
		expect(header("2025E")).toBeUndefined();
		expect(header("同比增长12% 2025E 2026E")).toBeUndefined();
		expect(header("2024A 2025E CAGR")).toBeUndefined();
	});
});

describe("a row's unit", () => {
	it.each([
		["营业收入(百万元)", undefined, { name: "营业收入", unit: "CNY", exponent: 6 }],
		["营业收入(千万元)", undefined, { name: "营业收入", unit: "CNY", exponent: 7 }],
		["营业收入(人民币百万元)", undefined, { name: "营业收入", unit: "CNY", exponent: 6 }],
		["收入(百万港元)", undefined, { name: "收入", unit: "HKD", exponent: 6 }],
		["EPS(元)", undefined, { name: "EPS", unit: "CNY/股", exponent: 0 }],
		["PE(x)", undefined, { name: "PE", unit: "x", exponent: 0 }],
		["EV/EBITDA", undefined, { name: "EV/EBITDA", unit: "x", exponent: 0 }],
		["ROE(%)", undefined, { name: "ROE", unit: "%", exponent: 0 }],
		["营业收入", { word: "元", exponent: 8 }, { name: "营业收入", unit: "CNY", exponent: 8 }],
		["ROE", { word: "元", exponent: 8 }, { name: "ROE", reason: "its row names no unit" }],
		["营业收入", undefined, { name: "营业收入", reason: "its row names no unit" }],
	] as const)("%s (table unit %j)", (label, scale, unit) => {
		expect(unitOfRow(foldText(label), scale, false)).toEqual(unit);
	});
});

describe("a forecast table flattened into one line", () => {
	it.each([
		"盈利预测 单位:亿元 2024A 2025E 2026E 营业收入 350.1 362.4 380.9 归母净利润 30.2 33.5 37.8",
		"盈利預測 單位：億元 2024A 2025E 2026E 營業收入 350.1 362.4 380.9",
		"会计年度 2025E 2026E EPS(元) 2.20 2.44 PE(倍) 25 22",
	])("is listed as left out, and gives no figure: %s", (text) => {
		const result = read(text);
		expect(result.cells).toEqual([]);
		expect(result.skipped).toHaveLength(1);
		expect(result.skipped[0]).toMatch(/^(?:2024A 2025E 2026E|2025E 2026E): a forecast table flattened/u);
	});
});

describe("more shapes of a forecast table", () => {
	it("reads a growth row written (+/-)% and a Markdown table with its rule", () => {
		const markdown = [
			"| 财务摘要(百万元) | 2024A | 2025E |",
			"|---|---:|---:|",
			"| 营业收入 | 4,560 | 5,480 |",
			"| (+/-)% | 18.2 | 20.2 |",
			"| 市盈率(倍) | 51.0 | 42.1 |",
		].join("\n");
		const spaced = [
			"財務摘要(百萬元)  2024A  2025E",
			"營業收入  4,560  5,480",
			"+/-(%)  18.2  20.2",
			"市盈率(倍)  51.0  42.1",
		].join("\n");
		for (const [text, revenue] of [
			[markdown, "营业收入"],
			[spaced, "營業收入"],
		])
			expect(read(text as string, true).cells).toEqual([
				[revenue, 4_560_000_000, "CNY", "2024", 18.2, false],
				[revenue, 5_480_000_000, "CNY", "2025", 20.2, true],
				["市盈率", 51, "x", "2024", undefined, false],
				["市盈率", 42.1, "x", "2025", undefined, true],
			]);
	});
});

describe("a growth row under a row left out", () => {
	const growth = { value: 20, unit: "%", basis: "yoy" };
	it.each([
		[
			"2024A 2025E 2026E\n营业收入(百万元) 100 120 140\n归母净利润(百万元) 10 12\n增长率(%) 5 6 7",
			[undefined, undefined, undefined],
			["5", "6", "7"],
		],
		[
			"2024A 2025E\n營業收入(百萬元) 100 120\n銷量(萬輛) 10 12\n增長率(%) 5 6",
			[undefined, undefined],
			["5", "6"],
		],
		["2024A 2025E\n营业收入(百万元) 100 120\n增长率(%) 20 20\n增长率(%) 5 6", [growth, growth], ["5", "6"]],
	])("binds to no row across it: %s", (text, changes, leftOut) => {
		const result = read(text);
		expect(result.figures.map((figure) => figure.change)).toEqual(changes);
		expect(
			result.skipped.map((line) => line.split(":")[0]).filter((cell) => /^[5-7]$/u.test(cell ?? "")),
		).toEqual(leftOut);
	});
});

describe("a row of a table of companies", () => {
	it.each([
		["甲科技 600001.SH 市值1,200亿元 PE 25.3x 20.1x", ["市值1,200亿元", "25.3x", "20.1x"]],
		["乙電子　002002.SZ　45.6元　25.3倍", ["45.6元", "25.3倍"]],
		["丙科技 | 0700.HK | 320.5 | 18.2 | 15.1", ["320.5", "18.2", "15.1"]],
	])("gives no figure, and its numbers are listed: %s", (text, leftOut) => {
		const result = read(text);
		expect(result.cells).toEqual([]);
		expect(result.skipped.map((line) => line.split(": ")[0])).toEqual(leftOut);
	});

	it("leaves a company's code in prose alone", () => {
		expect(read("公司(600001.SH)2024年营收100亿元。").cells).toEqual([
			["营收", 10_000_000_000, "CNY", "2024", undefined, false],
		]);
	});
});

describe("a growth row as Taiwan and other brokers write it", () => {
	it.each([
		["2024A 2025E\n營收(百萬元) 1,000 1,200\n年增率(%) 8.5 20.0", "營收"],
		["2024A　2025E\n營業收入(百萬元)　1,000　1,200\n成長率(%)　8.5　20.0", "營業收入"],
		["2024A\t2025E\n营业收入(百万元)\t1,000\t1,200\n增长(%)\t8.5\t20.0", "营业收入"],
	])("is the yoy change of the row above, never a figure of its own: %s", (text, label) => {
		expect(read(text).cells).toEqual([
			[label, 1_000_000_000, "CNY", "2024", 8.5, false],
			[label, 1_200_000_000, "CNY", "2025", 20, true],
		]);
	});
});

describe("元 in a table whose unit names another currency", () => {
	it.each([
		[
			"單位：新台幣百萬元\t2024A\t2025F\nEPS(元)\t45.25\t58.63",
			[
				["EPS", 45.25, "TWD/股", "2024", undefined, false],
				["EPS", 58.63, "TWD/股", "2025", undefined, true],
			],
		],
		[
			"单位:百万港元 2024A 2025E\n每股收益(元) 0.98 1.15",
			[
				["每股收益", 0.98, "HKD/股", "2024", undefined, false],
				["每股收益", 1.15, "HKD/股", "2025", undefined, true],
			],
		],
		["单位:百万美元 2024A 2025E\nEPS(元) 0.98 1.15", []],
	])("is that currency for 新台币 and 港币, and left out for others: %s", (text, cells) => {
		const result = read(text);
		expect(result.cells).toEqual(cells);
		expect(result.skipped).toEqual(
			cells.length === 0
				? [
						"0.98: 元 in a table in 美元: which currency is not said",
						"1.15: 元 in a table in 美元: which currency is not said",
					]
				: [],
		);
	});
});
