import { describeKinds, type Kinds, yoy } from "./read-figures.ts";

// Kinds of failure found importing results notes (年报点评) in a fresh pass (issue #11): the period of
// the report a sentence names, labels that hold another number, a number of another quantity (为…的
// 2.6倍), and an N-year CAGR. Invented numbers; simplified and Traditional, with and without spaces.

const broker = { source: "broker" } as const;

const kinds: Kinds = {
	"the year of a report the sentence names first (公司发布2024年报) is its period; a half year's report is not the year":
		[
			[
				"公司发布2024年报,全年实现营收45.6亿元(yoy+18.2%),归母净利润5.2亿元(yoy+22.4%)。",
				[
					{ label: "营收", value: 4_560_000_000, unit: "CNY", period: "2024", change: yoy(18.2), ...broker },
					{
						label: "归母净利润",
						value: 520_000_000,
						unit: "CNY",
						period: "2024",
						change: yoy(22.4),
						...broker,
					},
				],
				[],
			],
			[
				"公司發布2024年年度報告，實現營收45.6億元，同比增長18.2%。",
				[{ label: "營收", value: 4_560_000_000, unit: "CNY", period: "2024", change: yoy(18.2), ...broker }],
				[],
			],
			[
				"公司发布 2024 年业绩快报, 实现营收 45.6 亿元。",
				[{ label: "营收", value: 4_560_000_000, unit: "CNY", period: "2024", ...broker }],
				[],
			],
			["公司发布2025年半年报,实现营收45.6亿元,同比增长18.2%。", [], ["45.6亿元", "同比增长18.2%"]],
		],
	"a revision of a forecast and a label holding another number (下调…15%/12%至) are left out": [
		["我们下调公司2025/2026年归母净利润预测15%/12%至6.3/7.6亿元。", [], ["6.3", "7.6亿元"]],
		["我們上調公司2025年歸母淨利潤預測8%至6.3億元。", [], ["8%", "6.3億元"]],
		["公司毛利率提升2.1个百分点后 达到 35.2%。", [], ["提升2.1个百分点", "35.2%"]],
	],
	"a number of another quantity (为…的2.6倍) is left out": [
		[
			"截至2024年末,公司在手订单约120亿元,为2024年营收的2.6倍。",
			[
				{
					label: "在手订单",
					value: 12_000_000_000,
					unit: "CNY",
					period: "2024",
					qualifier: "about",
					...broker,
				},
			],
			["2.6倍"],
		],
		[
			"截至2024年末，公司在手訂單約120億元，相當於2024年營收的2.6倍。",
			[
				{
					label: "在手訂單",
					value: 12_000_000_000,
					unit: "CNY",
					period: "2024",
					qualifier: "about",
					...broker,
				},
			],
			["2.6倍"],
		],
		[
			"2024年公司海外收入12.3亿元, 是2020年的 3 倍。",
			[{ label: "海外收入", value: 1_230_000_000, unit: "CNY", period: "2024", ...broker }],
			["3 倍"],
		],
	],
	"an N-year CAGR has no period, a CAGR over named years has them": [
		[
			"2024年公司营收45.6亿元,三年CAGR为15.2%。",
			[
				{ label: "营收", value: 4_560_000_000, unit: "CNY", period: "2024", ...broker },
				{ label: "三年CAGR", value: 15.2, unit: "%", ...broker },
			],
			[],
		],
		[
			"2024年公司營收45.6億元，3 年 CAGR 為15.2%。",
			[
				{ label: "營收", value: 4_560_000_000, unit: "CNY", period: "2024", ...broker },
				{ label: "3 年 CAGR", value: 15.2, unit: "%", ...broker },
			],
			[],
		],
		[
			"2026F营收为200亿元,2024A-2026E营收CAGR为15%。",
			[
				{ label: "营收", value: 20_000_000_000, unit: "CNY", period: "2026", estimate: true, ...broker },
				{ label: "营收CAGR", value: 15, unit: "%", period: "2024-2026", estimate: true, ...broker },
			],
			[],
		],
	],
};

describeKinds(kinds);
