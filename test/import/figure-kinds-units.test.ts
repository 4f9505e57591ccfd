import { describeKinds, type Kinds, yoy } from "./read-figures.ts";

// Kinds of failure found importing the units and bases of sell-side prose (issue #11, fresh pass):
// 环比 against the period before (a month's is mom, a quarter's qoq, a year's names none), 月环比, prices
// per kWh, W, 盎司, and amounts per person or household (人均, 户均, 头均); and the scale words notes
// write, kept as regressions. Invented numbers; simplified and Traditional, with and without spaces.

const broker = { source: "broker" } as const;

const kinds: Kinds = {
	"环比 is qoq for a quarter, mom for a month, and left out for a year or a half year": [
		[
			"2025年6月公司销量为3.2万辆,环比增长5%。",
			[
				{
					label: "销量",
					value: 32_000,
					unit: "辆",
					period: "2025-06",
					change: { value: 5, unit: "%", basis: "mom" },
					...broker,
				},
			],
			[],
		],
		[
			"2025年7月公司銷量為3.2萬輛，月環比下降5%。",
			[
				{
					label: "銷量",
					value: 32_000,
					unit: "辆",
					period: "2025-07",
					change: { value: -5, unit: "%", basis: "mom" },
					...broker,
				},
			],
			[],
		],
		[
			"2025 年 Q2 公司营收 25 亿元, 环比下降 3.5%。",
			[
				{
					label: "营收",
					value: 2_500_000_000,
					unit: "CNY",
					period: "2025Q2",
					change: { value: -3.5, unit: "%", basis: "qoq" },
					...broker,
				},
			],
			[],
		],
		[
			"2025年上半年公司營收25億元，環比增長8%。",
			[{ label: "營收", value: 2_500_000_000, unit: "CNY", period: "2025H1", ...broker }],
			["環比增長8%"],
		],
		[
			"2024年公司营收100亿元,环比增长8%。",
			[{ label: "营收", value: 10_000_000_000, unit: "CNY", period: "2024", ...broker }],
			["环比增长8%"],
		],
		[
			"公司6月销量为3.2万辆,环比增长5%。",
			[{ label: "6月销量", value: 32_000, unit: "辆", ...broker }],
			["环比增长5%"],
		],
	],
	"a price per kWh, W, 盎司 or 头 and an amount per person or household keep what they are per": [
		[
			"2024年公司电价为0.45元/kWh,组件价格为0.72元/W。",
			[
				{ label: "电价", value: 0.45, unit: "CNY/kWh", period: "2024", ...broker },
				{ label: "组件价格", value: 0.72, unit: "CNY/W", period: "2024", ...broker },
			],
			[],
		],
		[
			"2024年公司人均創收850千元，戶均存款為12.5萬元。",
			[
				{ label: "人均創收", value: 850_000, unit: "CNY/人", period: "2024", ...broker },
				{ label: "戶均存款", value: 125_000, unit: "CNY/户", period: "2024", ...broker },
			],
			[],
		],
		[
			"2024 年金价均价为 2,380 美元/盎司, 出栏头均盈利 200 元。",
			[
				{ label: "金价均价", value: 2380, unit: "USD/盎司", period: "2024", ...broker },
				{ label: "出栏头均盈利", value: 200, unit: "CNY/头", period: "2024", ...broker },
			],
			[],
		],
	],
	"同比持平 (flat) gives the figure no change, and is listed": [
		[
			"公司25H1营收186.2亿元,同比持平。",
			[{ label: "营收", value: 18_620_000_000, unit: "CNY", period: "2025H1", ...broker }],
			["同比持平"],
		],
		[
			"2025年1-6月公司營收186.2億元，同比基本持平；淨利潤12.1億元，同比下降3%。",
			[
				{ label: "營收", value: 18_620_000_000, unit: "CNY", period: "2025H1", ...broker },
				{ label: "淨利潤", value: 1_210_000_000, unit: "CNY", period: "2025H1", change: yoy(-3), ...broker },
			],
			["同比基本持平"],
		],
		[
			"2025 年 Q2 公司毛利率 35.2%, 环比 持平。",
			[{ label: "毛利率", value: 35.2, unit: "%", period: "2025Q2", ...broker }],
			["环比 持平"],
		],
	],
	"a month's end before the label (2025年6月末公司不良率) is no part of it": [
		[
			"2025年6月末公司不良率为1.25%,较年初下降2bp。",
			[
				{
					label: "不良率",
					value: 1.25,
					unit: "%",
					period: "2025-06",
					change: { value: -0.02, unit: "pct-pt", basis: "vs", against: "年初" },
					...broker,
				},
			],
			[],
		],
		[
			"2025年6月底公司存款余额为1.2万亿元。",
			[{ label: "存款余额", value: 1_200_000_000_000, unit: "CNY", period: "2025-06", ...broker }],
			[],
		],
		[
			"2025年9月末，公司貸款餘額為 8,500 億元。",
			[{ label: "貸款餘額", value: 850_000_000_000, unit: "CNY", period: "2025-09", ...broker }],
			[],
		],
	],
	"兆 before a currency is a million million (Taiwan, Hong Kong); a number it follows is never the bare number":
		[
			[
				"2025年1-7月晶港累計營收為新台幣1.45兆元，年增30.2%。",
				[
					{
						label: "晶港累計營收",
						value: 1_450_000_000_000,
						unit: "TWD",
						period: "2025-01/2025-07",
						change: yoy(30.2),
						...broker,
					},
				],
				[],
			],
			[
				"2024年日本該市場規模約為 60 兆日元。",
				[
					{
						label: "日本該市場規模",
						value: 60_000_000_000_000,
						unit: "JPY",
						period: "2024",
						qualifier: "about",
						...broker,
					},
				],
				[],
			],
			["2024年公司營收為新台幣1.45兆，光伏裝機量為120兆瓦。", [], []],
		],
	"我们预估 is no part of a label": [
		[
			"我們預估2025年公司EPS為新台幣45.2元。",
			[{ label: "EPS", value: 45.2, unit: "TWD/股", period: "2025", estimate: true, ...broker }],
			[],
		],
		[
			"预测2025年公司营收为120亿元。",
			[{ label: "营收", value: 12_000_000_000, unit: "CNY", period: "2025", estimate: true, ...broker }],
			[],
		],
		[
			"我们预估 2025 年公司毛利率为 35.2%。",
			[{ label: "毛利率", value: 35.2, unit: "%", period: "2025", estimate: true, ...broker }],
			[],
		],
	],
	"a rate per year keeps its /年": [
		[
			"2025年公司计划新增产能20万吨,总产能将达到80万吨/年。",
			[
				{ label: "计划新增产能", value: 200_000, unit: "吨", period: "2025", estimate: true, ...broker },
				{ label: "总产能", value: 800_000, unit: "吨/年", period: "2025", estimate: true, ...broker },
			],
			[],
		],
		["公司年费为1,200元/年。", [{ label: "年费", value: 1200, unit: "CNY/年", ...broker }], []],
		[
			"2025 年公司產能達到 30GWh/年。",
			[{ label: "產能", value: 30, unit: "GWh/年", period: "2025", ...broker }],
			[],
		],
	],
	"scale words are read in base units (regressions)": [
		[
			"2024年公司实现营收5,678万元,同比增长12%;研发投入12.5千万元。",
			[
				{ label: "营收", value: 56_780_000, unit: "CNY", period: "2024", change: yoy(12), ...broker },
				{ label: "研发投入", value: 125_000_000, unit: "CNY", period: "2024", ...broker },
			],
			[],
		],
		[
			"2024年全國社零總額達48.8萬億元，公司海外收入450百萬美元。",
			[
				{ label: "全國社零總額", value: 48_800_000_000_000, unit: "CNY", period: "2024", ...broker },
				{ label: "海外收入", value: 450_000_000, unit: "USD", period: "2024", ...broker },
			],
			[],
		],
		[
			"2024年公司收入为RMB12.5bn, 海外收入US$450mn, 储能出货15.6GWh, 手机出货量1.2亿部。",
			[
				{ label: "收入", value: 12_500_000_000, unit: "CNY", period: "2024", ...broker },
				{ label: "海外收入", value: 450_000_000, unit: "USD", period: "2024", ...broker },
				{ label: "储能出货", value: 15.6, unit: "GWh", period: "2024", ...broker },
				{ label: "手机出货量", value: 120_000_000, unit: "部", period: "2024", ...broker },
			],
			[],
		],
	],
};

describeKinds(kinds);
