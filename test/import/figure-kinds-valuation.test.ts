import { describeKinds, type Kinds } from "./read-figures.ts";

// Kinds of failure found importing the valuation paragraphs of sell-side notes (盈利预测与估值) and the
// lists they write with slashes (issue #11, fresh pass): a list's values paired with its names or years
// in order, multiples in x, a chart's caption. Invented numbers; simplified and Traditional, full-width
// and ASCII punctuation, with and without spaces.

const pe = (value: number, period: string, estimate = false) => ({
	label: "PE",
	value,
	unit: "x",
	period,
	...(estimate && { estimate: true as const }),
	source: "broker",
});

/** The three years of net profit the valuation sentences forecast (15.2/18.9/22.6亿元), or the first `years`. */
const netProfits = (label: string, years = 3) =>
	[1_520_000_000, 1_890_000_000, 2_260_000_000].slice(0, years).map((value, index) => ({
		label,
		value,
		unit: "CNY",
		period: String(2025 + index),
		estimate: true as const,
		source: "broker",
	}));

const kinds: Kinds = {
	"a list written with slashes and no 分别 is paired in order, never one value given the last year or both names":
		[
			[
				"预计2025/2026年毛利率为30%/32%。",
				[
					{ label: "毛利率", value: 30, unit: "%", period: "2025", estimate: true, source: "broker" },
					{ label: "毛利率", value: 32, unit: "%", period: "2026", estimate: true, source: "broker" },
				],
				[],
			],
			[
				"預計公司2025-2026年營收為100億元/120億元。",
				[
					{
						label: "營收",
						value: 10_000_000_000,
						unit: "CNY",
						period: "2025",
						estimate: true,
						source: "broker",
					},
					{
						label: "營收",
						value: 12_000_000_000,
						unit: "CNY",
						period: "2026",
						estimate: true,
						source: "broker",
					},
				],
				[],
			],
			[
				"2025 年公司营收 / 净利润为 100 亿元 / 12 亿元。",
				[
					{ label: "营收", value: 10_000_000_000, unit: "CNY", period: "2025", source: "broker" },
					{ label: "净利润", value: 1_200_000_000, unit: "CNY", period: "2025", source: "broker" },
				],
				[],
			],
			[
				"25/26年EPS为1.2/1.5元。",
				[
					{ label: "EPS", value: 1.2, unit: "CNY/股", period: "2025", source: "broker" },
					{ label: "EPS", value: 1.5, unit: "CNY/股", period: "2026", source: "broker" },
				],
				[],
			],
		],
	"a slash list whose names or years cannot be paired is left out, each number listed": [
		["公司毛利率为30%/32%。", [], ["30%", "32%"]],
		["2025年公司營收為100億元/120億元。", [], ["100億元", "120億元"]],
		["2025-2027年营收为100/120亿元。", [], ["100", "120亿元"]],
	],
	"a list written with 、 and no 分别 is paired in order too; its changes in one clause are left out": [
		["预计2025-2027年公司归母净利润为15.2亿元、18.9亿元、22.6亿元。", [...netProfits("归母净利润")], []],
		[
			"預計2025-2027年公司歸母淨利潤為15.2、18.9、22.6億元，同比增長25%、24%、20%。",
			[...netProfits("歸母淨利潤")],
			["同比增長25%", "24%", "20%"],
		],
		[
			"公司 2025 年营收 100 亿元、净利润 12 亿元。",
			[
				{ label: "营收", value: 10_000_000_000, unit: "CNY", period: "2025", source: "broker" },
				{ label: "净利润", value: 1_200_000_000, unit: "CNY", period: "2025", source: "broker" },
			],
			[],
		],
	],
	"a number with another after a slash, in a list not read, is left out, never given the sentence's period": [
		["2025年毛利率为35.2%/36.1%(Q1/Q2)。", [], ["35.2%"]],
		["2025年營收為25億元/28億元（Q1/Q2）。", [], ["25億元"]],
		["公司 2025 年净利率 12.1% / 13.5%(前值)。", [], ["12.1%", "13.5%"]],
	],
	"a slash list with a change after it keeps its values and leaves the changes out; one value for two names is left out":
		[
			[
				"2025年营收/净利润为100亿元/12亿元,同比增长20%/15%。",
				[
					{ label: "营收", value: 10_000_000_000, unit: "CNY", period: "2025", source: "broker" },
					{ label: "净利润", value: 1_200_000_000, unit: "CNY", period: "2025", source: "broker" },
				],
				["同比增长20%"],
			],
			[
				"2025年營收/淨利潤為100億元/12億元，同比增長20%/15%。",
				[
					{ label: "營收", value: 10_000_000_000, unit: "CNY", period: "2025", source: "broker" },
					{ label: "淨利潤", value: 1_200_000_000, unit: "CNY", period: "2025", source: "broker" },
				],
				["同比增長20%"],
			],
			["2025年营收/净利润为100亿元/12亿元同比增长20%/15%。", [], ["100亿元", "同比增长20%"]],
		],
	"对应PE分别为… takes the years of the list before it in its sentence, when as many": [
		[
			"我们预计公司2025-2027年归母净利润分别为15.2/18.9/22.6亿元,对应PE分别为25.3/20.1/16.4倍。",
			[...netProfits("归母净利润"), pe(25.3, "2025", true), pe(20.1, "2026", true), pe(16.4, "2027", true)],
			[],
		],
		[
			"預計公司2025-2027年歸母淨利潤分別為15.2/18.9/22.6億元，對應PE分別為25.3/20.1/16.4倍。",
			[...netProfits("歸母淨利潤"), pe(25.3, "2025", true), pe(20.1, "2026", true), pe(16.4, "2027", true)],
			[],
		],
		[
			"预计公司2025-2026年归母净利润分别为15.2/18.9亿元, 对应PE分别为25.3/20.1/16.4倍。",
			[...netProfits("归母净利润", 2)],
			["25.3", "20.1", "16.4倍"],
		],
		[
			"预计公司2025-2027年归母净利润分别为15.2/18.9/22.6亿元,PE分别为25.3/20.1/16.4倍。",
			[...netProfits("归母净利润")],
			["25.3", "20.1", "16.4倍"],
		],
	],
	"当前股价对应PE分别为… after a list of years in the middle of its sentence takes them too": [
		[
			"公司经营稳健,2025-2027年营收分别为80/96/112亿元,当前股价对应PE分别为22/18/15倍。",
			[
				{ label: "营收", value: 8_000_000_000, unit: "CNY", period: "2025", source: "broker" },
				{ label: "营收", value: 9_600_000_000, unit: "CNY", period: "2026", source: "broker" },
				{ label: "营收", value: 11_200_000_000, unit: "CNY", period: "2027", source: "broker" },
				pe(22, "2025"),
				pe(18, "2026"),
				pe(15, "2027"),
			],
			[],
		],
		[
			"公司經營穩健，2025-2027年營收分別為80/96/112億元，毛利率分別為20%/21%/22%。",
			[
				{ label: "營收", value: 8_000_000_000, unit: "CNY", period: "2025", source: "broker" },
				{ label: "營收", value: 9_600_000_000, unit: "CNY", period: "2026", source: "broker" },
				{ label: "營收", value: 11_200_000_000, unit: "CNY", period: "2027", source: "broker" },
			],
			["20%", "21%", "22%"],
		],
	],
	"a currency before a list's first number is every number's, never CNY by default": [
		[
			"我們預計公司2025-2027年收入分別為港幣122.5/138.6/155.2億元。",
			[
				{
					label: "收入",
					value: 12_250_000_000,
					unit: "HKD",
					period: "2025",
					estimate: true,
					source: "broker",
				},
				{
					label: "收入",
					value: 13_860_000_000,
					unit: "HKD",
					period: "2026",
					estimate: true,
					source: "broker",
				},
				{
					label: "收入",
					value: 15_520_000_000,
					unit: "HKD",
					period: "2027",
					estimate: true,
					source: "broker",
				},
			],
			[],
		],
		[
			"预计公司 2025/2026 年营收为 美元 12.5/14.8 亿元。",
			[
				{
					label: "营收",
					value: 1_250_000_000,
					unit: "USD",
					period: "2025",
					estimate: true,
					source: "broker",
				},
				{
					label: "营收",
					value: 1_480_000_000,
					unit: "USD",
					period: "2026",
					estimate: true,
					source: "broker",
				},
			],
			[],
		],
		[
			"预计公司2025/2026年营收为美元12.5/14.8亿元。",
			[
				{
					label: "营收",
					value: 1_250_000_000,
					unit: "USD",
					period: "2025",
					estimate: true,
					source: "broker",
				},
				{
					label: "营收",
					value: 1_480_000_000,
					unit: "USD",
					period: "2026",
					estimate: true,
					source: "broker",
				},
			],
			[],
		],
		[
			"预计公司2025-2026年收入分别为港币120亿元/美元20亿元。",
			[
				{
					label: "收入",
					value: 12_000_000_000,
					unit: "HKD",
					period: "2025",
					estimate: true,
					source: "broker",
				},
			],
			["20亿元"],
		],
	],
	"years a list shared out are no period of a value after it; a target price has none": [
		[
			"我們預計公司2025-2027年收入分別為港幣122.5/138.6/155.2億元，目標價港幣52.3元。",
			[
				{
					label: "收入",
					value: 12_250_000_000,
					unit: "HKD",
					period: "2025",
					estimate: true,
					source: "broker",
				},
				{
					label: "收入",
					value: 13_860_000_000,
					unit: "HKD",
					period: "2026",
					estimate: true,
					source: "broker",
				},
				{
					label: "收入",
					value: 15_520_000_000,
					unit: "HKD",
					period: "2027",
					estimate: true,
					source: "broker",
				},
				{ label: "目標價", value: 52.3, unit: "HKD/股", estimate: true, source: "broker" },
			],
			[],
		],
		[
			"预计2025-2027年营收分别为100/120/140亿元,净利润为12亿元。",
			[
				{
					label: "营收",
					value: 10_000_000_000,
					unit: "CNY",
					period: "2025",
					estimate: true,
					source: "broker",
				},
				{
					label: "营收",
					value: 12_000_000_000,
					unit: "CNY",
					period: "2026",
					estimate: true,
					source: "broker",
				},
				{
					label: "营收",
					value: 14_000_000_000,
					unit: "CNY",
					period: "2027",
					estimate: true,
					source: "broker",
				},
			],
			["12亿元"],
		],
		[
			"2025年公司目标价为48元, 对应 2025 年 PE 30倍。",
			[{ label: "目标价", value: 48, unit: "CNY/股", source: "broker" }, pe(30, "2025")],
			[],
		],
	],
	"a multiple written x or 倍 is in x, its label without 当前股价对应 or its year": [
		[
			"当前股价对应2025-2027年PE 30x/24x/19x,维持买入评级。",
			[pe(30, "2025"), pe(24, "2026"), pe(19, "2027")],
			[],
		],
		["當前股價對應25年PE 18倍。", [pe(18, "2025")], []],
		[
			"公司当前PB 1.2X,EV/EBITDA 12倍,股息率4.5%。",
			[
				{ label: "PB", value: 1.2, unit: "x", source: "broker" },
				{ label: "EV/EBITDA", value: 12, unit: "x", source: "broker" },
				{ label: "股息率", value: 4.5, unit: "%", source: "broker" },
			],
			[],
		],
		["公司采用2x100G方案,3x3阵列。", [], []],
	],
};

describeKinds(kinds);
