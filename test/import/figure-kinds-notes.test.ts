import { describeKinds, type Kinds, yoy } from "./read-figures.ts";

// Kinds of failure found by importing notes written as new users' notes are (issue #11): HK and
// Taiwan brokers' currencies, English units in Chinese prose, changes written where a figure
// stands, comparisons, lists of periods and of companies, basis points, signs, per-unit amounts and
// fiscal years. Invented numbers; simplified and Traditional, full-width and ASCII punctuation.

const qoq = (value: number) => ({ value, unit: "%", basis: "qoq" }) as const;
const pctPt = (value: number) => ({ value, unit: "pct-pt", basis: "yoy" }) as const;

const kinds: Kinds = {
	"a currency named before the number is its unit (新台币…亿元 is TWD, never CNY)": [
		[
			"2025年7月,晶港半导体营收新台币1,234.5亿元,同比增长25.8%。",
			[
				{
					label: "晶港半导体营收",
					value: 123_450_000_000,
					unit: "TWD",
					period: "2025-07",
					change: yoy(25.8),
					source: "broker",
				},
			],
			[],
		],
		[
			"2025年上半年，公司營收為港幣58.6億元，按年增長14.2%。",
			[
				{
					label: "營收",
					value: 5_860_000_000,
					unit: "HKD",
					period: "2025H1",
					change: yoy(14.2),
					source: "broker",
				},
			],
			[],
		],
		[
			"公司2025年资本开支指引为美金380亿元。",
			[
				{
					label: "资本开支指引",
					value: 38_000_000_000,
					unit: "USD",
					period: "2025",
					estimate: true,
					source: "broker",
				},
			],
			[],
		],
		[
			"2024年公司实现营收人民币约12亿元。",
			[
				{
					label: "营收",
					value: 1_200_000_000,
					unit: "CNY",
					period: "2024",
					qualifier: "about",
					source: "broker",
				},
			],
			[],
		],
		[
			"25Q2营收5,432亿新台币,按季增长8.1%。",
			[
				{
					label: "营收",
					value: 543_200_000_000,
					unit: "TWD",
					period: "2025Q2",
					change: qoq(8.1),
					source: "broker",
				},
			],
			[],
		],
		["2024年营收人民币12亿美元。", [], ["12亿美元"]],
		[
			"10月澳門博彩毛收入為220億澳門元，按年增長15.6%；公司營收為澳門幣58億元。",
			[
				{
					label: "10月澳門博彩毛收入",
					value: 22_000_000_000,
					unit: "MOP",
					change: yoy(15.6),
					source: "broker",
				},
				{ label: "營收", value: 5_800_000_000, unit: "MOP", source: "broker" },
			],
			[],
		],
		["营收为卢比58亿元,越南盾5,800亿元。", [], ["58亿元", "5,800亿元"]],
	],
	"a currency's code or sign before a number (HK$45.6, RMB3.4bn) is its unit; bn and mn its magnitude": [
		[
			"维持目标价45.6元,给予2026年目标PE为25倍。",
			[
				{ label: "目标价", value: 45.6, unit: "CNY/股", source: "broker" },
				{ label: "目标PE", value: 25, unit: "x", period: "2026", estimate: true, source: "broker" },
			],
			[],
		],
		[
			"目标价HK$45.6,维持买入评级。",
			[{ label: "目标价", value: 45.6, unit: "HKD/股", source: "broker" }],
			[],
		],
		[
			"1H25营收RMB3.4bn,同比增长14%。",
			[
				{
					label: "营收",
					value: 3_400_000_000,
					unit: "CNY",
					period: "2025H1",
					change: yoy(14),
					source: "broker",
				},
			],
			[],
		],
		[
			"2024年净利润为US$820mn。",
			[{ label: "净利润", value: 820_000_000, unit: "USD", period: "2024", source: "broker" }],
			[],
		],
		["我们将目标价由HK$38.0上调至HK$45.6。", [], ["38.0", "45.6"]],
		[
			"目标价HK$45.6 (from HK$38),营收US$1.2B,US$1.2 billion。",
			[{ label: "目标价", value: 45.6, unit: "HKD/股", source: "broker" }],
			["38"],
		],
		["汇率USD/CNY 7.2,人民币小幅升值。", [], []],
		["美元兑人民币7.2,人民币2024年初走弱。", [], []],
		["目标价港币45.6,维持买入。", [{ label: "目标价", value: 45.6, unit: "HKD/股", source: "broker" }], []],
	],
	"a change written where a figure stands (同比增长1.5倍, 同比下降0.12元) is no figure": [
		[
			"2025年上半年公司实现营收68.2亿元,同比增长1.5倍。",
			[{ label: "营收", value: 6_820_000_000, unit: "CNY", period: "2025H1", source: "broker" }],
			["1.5倍"],
		],
		["2025年营收120亿元,同比增长20%以上。", [], ["120亿元"]],
		["营收同比增长1.5倍至68亿元;2025年销量增长5万辆。", [], ["1.5倍", "68亿元", "5万辆"]],
		[
			"现金及现金等价物净增加12亿元,新增客户320家。",
			[
				{ label: "现金及现金等价物净增加", value: 1_200_000_000, unit: "CNY", source: "broker" },
				{ label: "新增客户", value: 320, unit: "customers", source: "broker" },
			],
			[],
		],
		[
			"公司单票收入为2.05元,同比下降0.12元。",
			[{ label: "单票收入", value: 2.05, unit: "CNY/票", source: "broker" }],
			["0.12元"],
		],
		[
			"25Q3营收38.4亿元,同比下滑-3%。",
			[{ label: "营收", value: 3_840_000_000, unit: "CNY", period: "2025Q3", source: "broker" }],
			["-3%"],
		],
		[
			"2024年歸母淨利潤9.6億元，同比增長2.3倍。",
			[{ label: "歸母淨利潤", value: 960_000_000, unit: "CNY", period: "2024", source: "broker" }],
			["2.3倍"],
		],
	],
	"a number compared with another, or whose object follows it, is left out": [
		[
			"目标价45.6元,较现价有18%上涨空间。",
			[{ label: "目标价", value: 45.6, unit: "CNY/股", source: "broker" }],
			["18%"],
		],
		[
			"A公司营收增速为25%,高于B公司的18%。",
			[{ label: "A公司营收增速", value: 25, unit: "%", source: "broker" }],
			["18%"],
		],
		["公司于2025.06.30公告,拟以不超过5亿元回购股份。", [], ["5亿元"]],
		[
			"2024年营收12亿美元(约合人民币86亿元)。",
			[{ label: "营收", value: 1_200_000_000, unit: "USD", period: "2024", source: "broker" }],
			["86亿元"],
		],
		[
			"营收120亿元vs. 预期115亿元;2025年营收120亿元,同比增速为20%。",
			[
				{ label: "营收", value: 12_000_000_000, unit: "CNY", source: "broker" },
				{ label: "营收", value: 12_000_000_000, unit: "CNY", period: "2025", source: "broker" },
			],
			["115亿元", "20%"],
		],
		[
			"其中,A业务收入60亿元,占比60%;海外收入占比35%。",
			[
				{ label: "A业务收入", value: 6_000_000_000, unit: "CNY", source: "broker" },
				{ label: "海外收入占比", value: 35, unit: "%", source: "broker" },
			],
			["60%"],
		],
		[
			"目標價HK$45.6，較現價有32%上行空間。",
			[{ label: "目標價", value: 45.6, unit: "HKD/股", source: "broker" }],
			["32%"],
		],
	],
	"a list whose names are periods (2025E/2026E, 25Q1/25Q2, 2025/2026年) pairs a period with each value": [
		[
			"我们预计公司2025E/2026E/2027E归母净利润分别为42.3/51.6/60.2亿元。",
			[
				{
					label: "归母净利润",
					value: 4_230_000_000,
					unit: "CNY",
					period: "2025",
					estimate: true,
					source: "broker",
				},
				{
					label: "归母净利润",
					value: 5_160_000_000,
					unit: "CNY",
					period: "2026",
					estimate: true,
					source: "broker",
				},
				{
					label: "归母净利润",
					value: 6_020_000_000,
					unit: "CNY",
					period: "2027",
					estimate: true,
					source: "broker",
				},
			],
			[],
		],
		[
			"对应2025/2026年EPS分别为1.23/1.45元。",
			[
				{ label: "EPS", value: 1.23, unit: "CNY/股", period: "2025", source: "broker" },
				{ label: "EPS", value: 1.45, unit: "CNY/股", period: "2026", source: "broker" },
			],
			[],
		],
		[
			"25Q1/25Q2營收分別為10.2/12.5億元。",
			[
				{ label: "營收", value: 1_020_000_000, unit: "CNY", period: "2025Q1", source: "broker" },
				{ label: "營收", value: 1_250_000_000, unit: "CNY", period: "2025Q2", source: "broker" },
			],
			[],
		],
		["2025E/2026E/2027E EPS分别为1.23/1.45元。", [], ["1.23", "1.45元"]],
		[
			"24年及25年毛利率分别为30.1%及31.5%。",
			[
				{ label: "毛利率", value: 30.1, unit: "%", period: "2024", source: "broker" },
				{ label: "毛利率", value: 31.5, unit: "%", period: "2025", source: "broker" },
			],
			[],
		],
		[
			"2024A/2025E营收分别为120/150亿元。",
			[
				{ label: "营收", value: 12_000_000_000, unit: "CNY", period: "2024", source: "broker" },
				{
					label: "营收",
					value: 15_000_000_000,
					unit: "CNY",
					period: "2025",
					estimate: true,
					source: "broker",
				},
			],
			[],
		],
	],
	"names that count nothing (甲银行、乙银行) share the measure the last name ends with, or are left out": [
		[
			"2025年上半年,甲银行、乙银行、丙银行归母净利润分别为412.3/208.6/95.4亿元。",
			[
				{ label: "甲银行归母净利润", value: 41_230_000_000, unit: "CNY", period: "2025H1", source: "broker" },
				{ label: "乙银行归母净利润", value: 20_860_000_000, unit: "CNY", period: "2025H1", source: "broker" },
				{ label: "丙银行归母净利润", value: 9_540_000_000, unit: "CNY", period: "2025H1", source: "broker" },
			],
			[],
		],
		[
			"甲銀行和乙銀行淨息差分別為1.52%和1.61%。",
			[
				{ label: "甲銀行淨息差", value: 1.52, unit: "%", source: "broker" },
				{ label: "乙銀行淨息差", value: 1.61, unit: "%", source: "broker" },
			],
			[],
		],
		[
			"境内业务/境外业务收入分别为30/12亿元。",
			[
				{ label: "境内业务收入", value: 3_000_000_000, unit: "CNY", source: "broker" },
				{ label: "境外业务收入", value: 1_200_000_000, unit: "CNY", source: "broker" },
			],
			[],
		],
		["华为、小米、OPPO出货量分别为1200/900/800万台。", [], ["1200", "900", "800万台"]],
		[
			"甲公司、乙公司目标价分别为HK$45.6/HK$23.1。",
			[
				{ label: "甲公司目标价", value: 45.6, unit: "HKD/股", source: "broker" },
				{ label: "乙公司目标价", value: 23.1, unit: "HKD/股", source: "broker" },
			],
			[],
		],
		[
			"2025年上半年，收入及淨利潤分別為港幣120億元及港幣20億元。",
			[
				{ label: "收入", value: 12_000_000_000, unit: "HKD", period: "2025H1", source: "broker" },
				{ label: "淨利潤", value: 2_000_000_000, unit: "HKD", period: "2025H1", source: "broker" },
			],
			[],
		],
		["甲、乙两家公司营收分别达到12亿元以上和8亿元。", [], ["12亿元", "8亿元"]],
	],
	"HK wording (按年, 按季) names a change's basis; basis points (bps, bp) are hundredths of a pct-pt": [
		[
			"25Q2公司毛利率为29.4%,同比提升150bps;净利率11.2%,同比下降30bp。",
			[
				{ label: "毛利率", value: 29.4, unit: "%", period: "2025Q2", change: pctPt(1.5), source: "broker" },
				{ label: "净利率", value: 11.2, unit: "%", period: "2025Q2", change: pctPt(-0.3), source: "broker" },
			],
			[],
		],
		[
			"2025年第二季度，公司收益為58.6億港元，按年增長14.2%；經調整EBITDA為16.3億港元，按季下跌3.5%。",
			[
				{
					label: "收益",
					value: 5_860_000_000,
					unit: "HKD",
					period: "2025Q2",
					change: yoy(14.2),
					source: "broker",
				},
				{
					label: "經調整EBITDA",
					value: 1_630_000_000,
					unit: "HKD",
					period: "2025Q2",
					change: qoq(-3.5),
					source: "broker",
				},
			],
			[],
		],
		[
			"2025年全年净息差为1.61%,同比收窄12bps。",
			[{ label: "净息差", value: 1.61, unit: "%", period: "2025", change: pctPt(-0.12), source: "broker" }],
			[],
		],
	],
	"Taiwan's 年增/季增/月减 are changes with their basis, never figures of their own": [
		[
			"營收約為新台幣2,345億元，年增18%。",
			[
				{
					label: "營收",
					value: 234_500_000_000,
					unit: "TWD",
					change: yoy(18),
					qualifier: "about",
					source: "broker",
				},
			],
			[],
		],
		[
			"2025年10月營收新台幣3,210億元,月減2.1%,年增25.3%。",
			[
				{
					label: "營收",
					value: 321_000_000_000,
					unit: "TWD",
					period: "2025-10",
					change: { value: -2.1, unit: "%", basis: "mom" },
					source: "broker",
				},
			],
			["年增25.3%"],
		],
		[
			"25Q3營收新台幣9,000億元,季增5.2%。",
			[
				{
					label: "營收",
					value: 900_000_000_000,
					unit: "TWD",
					period: "2025Q3",
					change: qoq(5.2),
					source: "broker",
				},
			],
			[],
		],
		["营收年增长20%,达120亿元。", [], ["增长20%", "120亿元"]],
		[
			"2025年10月新增人民币贷款2,200亿元,同比少增2,700亿元。",
			[
				{
					label: "新增人民币贷款",
					value: 220_000_000_000,
					unit: "CNY",
					period: "2025-10",
					source: "broker",
				},
			],
			["2,700亿元"],
		],
		[
			"營收達1,234億新台幣，年增率為18%。",
			[{ label: "營收", value: 123_400_000_000, unit: "TWD", source: "broker" }],
			["18%"],
		],
	],
	"part of a year that is no quarter or half (2025年中期, 年中) names no period; a bracket's comparative is left out":
		[
			[
				"2025年中期集團收入為港幣120.5億元(2024年中期:港幣110.2億元)。",
				[{ label: "中期集團收入", value: 12_050_000_000, unit: "HKD", source: "broker" }],
				["110.2億元"],
			],
			[
				"2025年中国新能源车销量为1,200万辆。2025年中,公司产能为50GW。",
				[
					{ label: "中国新能源车销量", value: 12_000_000, unit: "辆", period: "2025", source: "broker" },
					{ label: "产能", value: 50, unit: "GW", source: "broker" },
				],
				[],
			],
			[
				"2025年年中库存约30万吨。",
				[{ label: "年中库存", value: 300_000, unit: "吨", qualifier: "about", source: "broker" }],
				[],
			],
			[
				"2025年10月出口金额为3,050亿美元(前值3,280亿美元)。",
				[{ label: "出口金额", value: 305_000_000_000, unit: "USD", period: "2025-10", source: "broker" }],
				["3,280亿美元"],
			],
			["10月社零同比增长3.2%(前值2.9%)。", [], ["同比增长3.2%", "2.9%"]],
			[
				"期內毛利率為42.1%(2024年:40.5%)。",
				[{ label: "期內毛利率", value: 42.1, unit: "%", source: "broker" }],
				["40.5%"],
			],
		],
	"a signed number (-3.2亿元, -1.2%) keeps its sign": [
		[
			"25Q3公司毛利率为-1.2%;经营现金流为-5.6亿元。",
			[
				{ label: "毛利率", value: -1.2, unit: "%", period: "2025Q3", source: "broker" },
				{ label: "经营现金流", value: -560_000_000, unit: "CNY", period: "2025Q3", source: "broker" },
			],
			[],
		],
		[
			"公司25H1归母净利润-3.2亿元,上年同期为1.5亿元。",
			[{ label: "归母净利润", value: -320_000_000, unit: "CNY", period: "2025H1", source: "broker" }],
			["1.5亿元"],
		],
		[
			"25Q3营收为38.4亿元;归母净利润为−3.2亿元,毛利率同比−1.2pct至30%。",
			[
				{ label: "营收", value: 3_840_000_000, unit: "CNY", period: "2025Q3", source: "broker" },
				{ label: "归母净利润", value: -320_000_000, unit: "CNY", period: "2025Q3", source: "broker" },
				{ label: "毛利率", value: 30, unit: "%", period: "2025Q3", change: pctPt(-1.2), source: "broker" },
			],
			[],
		],
		[
			"2024年歸母淨利潤為-0.8億元，同比減虧。",
			[{ label: "歸母淨利潤", value: -80_000_000, unit: "CNY", period: "2024", source: "broker" }],
			[],
		],
	],
	"a per-unit amount (单吨净利, 单车价值量, 每辆) names what it is per": [
		[
			"2025年上半年公司单吨净利为350元。",
			[{ label: "单吨净利", value: 350, unit: "CNY/吨", period: "2025H1", source: "broker" }],
			[],
		],
		[
			"单车价值量约2,000元。",
			[{ label: "单车价值量", value: 2000, unit: "CNY/车", qualifier: "about", source: "broker" }],
			[],
		],
		["每辆车补贴1.2万元。", [{ label: "每辆车补贴", value: 12_000, unit: "CNY/辆", source: "broker" }], []],
		[
			"公司总股本为12.5亿股,拟每10股派息3.5元。",
			[{ label: "拟每10股派息", value: 3.5, unit: "CNY/10股", source: "broker" }],
			["12.5亿"],
		],
		[
			"2025年一季度单季营收12亿元。",
			[{ label: "单季营收", value: 1_200_000_000, unit: "CNY", period: "2025Q1", source: "broker" }],
			[],
		],
	],
	"fiscal years (2025财年, FY2026) are periods, and no part of the label": [
		[
			"公司2025财年营收为1,234亿日元,同比增长5.6%。",
			[
				{
					label: "营收",
					value: 123_400_000_000,
					unit: "JPY",
					period: "FY2025",
					change: yoy(5.6),
					source: "broker",
				},
			],
			[],
		],
		[
			"FY2026营收约1,300亿日元。",
			[
				{
					label: "营收",
					value: 130_000_000_000,
					unit: "JPY",
					period: "FY2026",
					qualifier: "about",
					source: "broker",
				},
			],
			[],
		],
		[
			"2026F营收为200亿元,2024A-2026E营收CAGR为15%。",
			[
				{
					label: "营收",
					value: 20_000_000_000,
					unit: "CNY",
					period: "2026",
					estimate: true,
					source: "broker",
				},
				{ label: "营收CAGR", value: 15, unit: "%", period: "2024-2026", estimate: true, source: "broker" },
			],
			[],
		],
		[
			"2026財年淨利潤為85億日元。",
			[{ label: "淨利潤", value: 8_500_000_000, unit: "JPY", period: "FY2026", source: "broker" }],
			[],
		],
	],
	"GW and GWh are units; 突破 is more than; 有望, 预计 and 放缓至 are no part of a label": [
		[
			"25年营收预计为150亿元;2025年公司营收增速放缓至5%。",
			[
				{
					label: "营收",
					value: 15_000_000_000,
					unit: "CNY",
					period: "2025",
					estimate: true,
					source: "broker",
				},
				{ label: "营收增速", value: 5, unit: "%", period: "2025", source: "broker" },
			],
			[],
		],
		[
			"2025年上半年公司组件出货量同比下降15%至12.3GW。",
			[
				{
					label: "组件出货量",
					value: 12.3,
					unit: "GW",
					period: "2025H1",
					change: yoy(-15),
					source: "broker",
				},
			],
			[],
		],
		[
			"2025年全球AI服务器出货量有望达到180万台,储能出货量有望达到5.2GWh。",
			[
				{
					label: "全球AI服务器出货量",
					value: 1_800_000,
					unit: "units",
					period: "2025",
					estimate: true,
					source: "broker",
				},
				{ label: "储能出货量", value: 5.2, unit: "GWh", period: "2025", estimate: true, source: "broker" },
			],
			[],
		],
		[
			"2025年上半年公司会员人数突破3,000万人。",
			[
				{
					label: "会员人数",
					value: 30_000_000,
					unit: "people",
					period: "2025H1",
					qualifier: "more-than",
					source: "broker",
				},
			],
			[],
		],
	],
	"a headline's period before a sentence that starts with its own governs none of its numbers": [
		[
			"二季度業績超預期 2025年第二季度，公司收益達港幣58.6億元，按年增長14.2%。",
			[
				{
					label: "收益",
					value: 5_860_000_000,
					unit: "HKD",
					period: "2025Q2",
					change: yoy(14.2),
					source: "broker",
				},
			],
			[],
		],
		[
			"Q3业绩承压 2025年前三季度公司营收90亿元。",
			[{ label: "营收", value: 9_000_000_000, unit: "CNY", period: "2025Q1-Q3", source: "broker" }],
			[],
		],
		["Q2业绩超预期 一季度营收30亿元。", [], ["30亿元"]],
	],
	"a number compared with expectations (超预期, 不及预期) is no estimate; consensus (一致预期) is not the broker's":
		[
			[
				"业绩符合预期,2025年上半年营收30亿元。",
				[{ label: "营收", value: 3_000_000_000, unit: "CNY", period: "2025H1", source: "broker" }],
				[],
			],
			[
				"2025年营收目标为150亿元。",
				[
					{
						label: "营收目标",
						value: 15_000_000_000,
						unit: "CNY",
						period: "2025",
						estimate: true,
						source: "broker",
					},
				],
				[],
			],
			[
				"业绩超一致预期,2025年营收30亿元。",
				[{ label: "营收", value: 3_000_000_000, unit: "CNY", period: "2025", source: "broker" }],
				[],
			],
			[
				"彭博一致预期显示,2026年公司营收为40亿元。",
				[
					{
						label: "营收",
						value: 4_000_000_000,
						unit: "CNY",
						period: "2026",
						estimate: true,
						source: "data:彭博一致预期",
					},
				],
				[],
			],
			[
				"市场预期2026年公司营收为40亿元。",
				[
					{
						label: "营收",
						value: 4_000_000_000,
						unit: "CNY",
						period: "2026",
						estimate: true,
						source: "data:市场预期",
					},
				],
				[],
			],
			[
				"法人預估2026年EPS可達新台幣60元。",
				[
					{
						label: "EPS",
						value: 60,
						unit: "TWD/股",
						period: "2026",
						estimate: true,
						source: "data:法人",
					},
				],
				[],
			],
			[
				"2025年营收30亿元,低于市场预期;净利润5亿元。",
				[
					{ label: "营收", value: 3_000_000_000, unit: "CNY", period: "2025", source: "broker" },
					{ label: "净利润", value: 500_000_000, unit: "CNY", period: "2025", source: "broker" },
				],
				[],
			],
		],
	"a year before 前, 以来 or 底前 is a deadline or a start, no period; a year's or month's end (年末, 6月末) is of it":
		[
			[
				"公司计划2026年前建成产能50GW。",
				[{ label: "计划2026年前建成产能", value: 50, unit: "GW", estimate: true, source: "broker" }],
				[],
			],
			[
				"2025年底前公司产能将达50GW。",
				[{ label: "产能", value: 50, unit: "GW", estimate: true, source: "broker" }],
				[],
			],
			[
				"2023年以来公司累计回购12亿元。",
				[{ label: "回购", value: 1_200_000_000, unit: "CNY", source: "broker" }],
				[],
			],
			[
				"截止2025年末,公司在手订单200亿元。",
				[{ label: "在手订单", value: 20_000_000_000, unit: "CNY", period: "2025", source: "broker" }],
				[],
			],
			[
				"截至2025年6月末，公司員工人數為12,345人。",
				[{ label: "員工人數", value: 12_345, unit: "people", period: "2025-06", source: "broker" }],
				[],
			],
		],
};

describeKinds(kinds);
