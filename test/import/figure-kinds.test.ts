import { describeKinds, type Kinds, yoy } from "./read-figures.ts";

// Cases of our own around each kind of failure in test/fixtures/import/cases/ (f01–f10), written
// for this project with invented numbers: simplified and Traditional Chinese, with and without
// spaces. Each lists every figure that must come out (in the note format's fields) and every number
// that must be left out.

const kinds: Kinds = {
	"a period the sentence names but that governs no clause of the value leaves the value out": [
		["2025年一季度公司扭亏为盈,实现净利润0.8亿元。", [], ["0.8亿元"]],
		["新品将于25年二季度量产,首批订单约120万颗。", [], ["120万颗"]],
		["2025年上半年公司加速擴張,門店數達到320家。", [], ["320家"]],
		[
			"截至2025年6月30日,公司在手订单超过200亿元。",
			[
				{
					label: "在手订单",
					value: 20_000_000_000,
					unit: "CNY",
					qualifier: "more-than",
					source: "broker",
				},
			],
			[],
		],
	],
	"quarters, three quarters and half years are periods, never the year": [
		[
			"1Q24公司实现营收45.2亿元,同比增长3.1%。",
			[
				{
					label: "营收",
					value: 4_520_000_000,
					unit: "CNY",
					period: "2024Q1",
					change: yoy(3.1),
					source: "broker",
				},
			],
			[],
		],
		[
			"2024年第三季度,公司毛利率为28.5%。",
			[{ label: "毛利率", value: 28.5, unit: "%", period: "2024Q3", source: "broker" }],
			[],
		],
		[
			"2025 年 上半年 公司净利润 6.8 亿元。",
			[{ label: "净利润", value: 680_000_000, unit: "CNY", period: "2025H1", source: "broker" }],
			[],
		],
		[
			"2024年前三季度,公司營收為352.7億元,同比增長12.0%。",
			[
				{
					label: "營收",
					value: 35_270_000_000,
					unit: "CNY",
					period: "2024Q1-Q3",
					change: yoy(12),
					source: "broker",
				},
			],
			[],
		],
		["一季度营收30亿元。", [], ["30亿元"]],
		["公司H1营收30亿元,Q3單季營收 12 億元。", [], ["30亿元", "12 億元"]],
	],
	"a time after 较/比 and an earlier period belong to the number after them": [
		[
			"2024Q4公司新增客户120家,较2024Q3新增95家。",
			[{ label: "新增客户", value: 120, unit: "customers", period: "2024Q4", source: "broker" }],
			["95家"],
		],
		[
			"2025年一季度營收為50億元,上年同期為42億元。",
			[{ label: "營收", value: 5_000_000_000, unit: "CNY", period: "2025Q1", source: "broker" }],
			["42億元"],
		],
		[
			"公司2025H1订单 30 亿元,比 2024H1 的 22 亿元明显提升。",
			[{ label: "订单", value: 3_000_000_000, unit: "CNY", period: "2025H1", source: "broker" }],
			["22 亿元"],
		],
		[
			"公司营收100亿元(2023年:80亿元)。",
			[{ label: "营收", value: 10_000_000_000, unit: "CNY", source: "broker" }],
			["80亿元"],
		],
	],
	"a change binds in its own clause": [
		[
			"营收100亿元,同比增长10%;净利润12亿元,同比下降5%。",
			[
				{ label: "营收", value: 10_000_000_000, unit: "CNY", change: yoy(10), source: "broker" },
				{ label: "净利润", value: 1_200_000_000, unit: "CNY", change: yoy(-5), source: "broker" },
			],
			[],
		],
		[
			"門診量 820 萬人次,同比增長 21.4%;手術量 64 萬例,同比增長 27.1%。",
			[
				{ label: "門診量", value: 8_200_000, unit: "人次", change: yoy(21.4), source: "broker" },
				{ label: "手術量", value: 640_000, unit: "例", change: yoy(27.1), source: "broker" },
			],
			[],
		],
		[
			"收入100亿元,毛利率30%,同比提升2pct。",
			[
				{ label: "收入", value: 10_000_000_000, unit: "CNY", source: "broker" },
				{
					label: "毛利率",
					value: 30,
					unit: "%",
					change: { value: 2, unit: "pct-pt", basis: "yoy" },
					source: "broker",
				},
			],
			[],
		],
		[
			"营收100亿元,主要系需求回暖,同比增长10%。",
			[{ label: "营收", value: 10_000_000_000, unit: "CNY", source: "broker" }],
			["同比增长10%"],
		],
		[
			"2025年上半年,營收同比下降 8% 至 40 億元。",
			[
				{
					label: "營收",
					value: 4_000_000_000,
					unit: "CNY",
					period: "2025H1",
					change: yoy(-8),
					source: "broker",
				},
			],
			[],
		],
		[
			"毛利率同比提升2pct至30%;净利润同比增长80%至120%。",
			[
				{
					label: "毛利率",
					value: 30,
					unit: "%",
					change: { value: 2, unit: "pct-pt", basis: "yoy" },
					source: "broker",
				},
			],
			["同比增长80%至120%"],
		],
	],
	"a range is data, never one of its ends": [
		[
			"我们预计2026年净利润3.10-3.85亿元,同比增长80%-120%。",
			[
				{
					label: "净利润",
					range: { low: 310_000_000, high: 385_000_000 },
					unit: "CNY",
					period: "2026",
					change: { range: { low: 80, high: 120 }, unit: "%", basis: "yoy" },
					estimate: true,
					source: "broker",
				},
			],
			[],
		],
		[
			"公司預計25年收入約 20~25 億元。",
			[
				{
					label: "收入",
					range: { low: 2_000_000_000, high: 2_500_000_000 },
					unit: "CNY",
					period: "2025",
					qualifier: "about",
					estimate: true,
					source: "broker",
				},
			],
			[],
		],
		[
			"毛利率区间为30%至35%。",
			[{ label: "毛利率区间", range: { low: 30, high: 35 }, unit: "%", source: "broker" }],
			[],
		],
	],
	"分别 pairs names and values in order, or leaves them out": [
		[
			"我们预计2025-2027年归母净利润分别为3.1/4.2/5.3亿元。",
			[
				{
					label: "归母净利润",
					value: 310_000_000,
					unit: "CNY",
					period: "2025",
					estimate: true,
					source: "broker",
				},
				{
					label: "归母净利润",
					value: 420_000_000,
					unit: "CNY",
					period: "2026",
					estimate: true,
					source: "broker",
				},
				{
					label: "归母净利润",
					value: 530_000_000,
					unit: "CNY",
					period: "2027",
					estimate: true,
					source: "broker",
				},
			],
			[],
		],
		[
			"营收和净利润分别为100亿元、12亿元。",
			[
				{ label: "营收", value: 10_000_000_000, unit: "CNY", source: "broker" },
				{ label: "净利润", value: 1_200_000_000, unit: "CNY", source: "broker" },
			],
			[],
		],
		["四项业务占比分别为41%、27%、19%、13%。", [], ["41%", "27%", "19%", "13%"]],
		[
			"25H1銷售/管理費用率分別為10.5% / 4.2%。",
			[
				{ label: "銷售費用率", value: 10.5, unit: "%", period: "2025H1", source: "broker" },
				{ label: "管理費用率", value: 4.2, unit: "%", period: "2025H1", source: "broker" },
			],
			[],
		],
		[
			"营收和净利润分别为100亿元、12亿元,同比分别增长10%、20%。",
			[
				{ label: "营收", value: 10_000_000_000, unit: "CNY", source: "broker" },
				{ label: "净利润", value: 1_200_000_000, unit: "CNY", source: "broker" },
			],
			["增长10%", "20%"],
		],
	],
	"falls are negative changes, and a change alone is no figure": [
		[
			"营收为3120亿元,同减2%。",
			[{ label: "营收", value: 312_000_000_000, unit: "CNY", change: yoy(-2), source: "broker" }],
			[],
		],
		[
			"净利润 21.07 亿元,yoy -4.1%。",
			[{ label: "净利润", value: 2_107_000_000, unit: "CNY", change: yoy(-4.1), source: "broker" }],
			[],
		],
		[
			"毛利率环比下降1.2pct,单季出货量yoy-8.40%/qoq-3.15%。",
			[],
			["环比下降1.2pct", "yoy-8.40%", "qoq-3.15%"],
		],
		[
			"淨利潤為157億元,同比下滑6.5%。",
			[{ label: "淨利潤", value: 15_700_000_000, unit: "CNY", change: yoy(-6.5), source: "broker" }],
			[],
		],
	],
	"a bracketed signed change is its figure's change": [
		[
			"2023 年,公司营业收入 98.6 亿元(+7.25%),归母净利润 9.4 亿元(-3.3%)。",
			[
				{
					label: "营业收入",
					value: 9_860_000_000,
					unit: "CNY",
					period: "2023",
					change: { value: 7.25, unit: "%" },
					source: "broker",
				},
				{
					label: "归母净利润",
					value: 940_000_000,
					unit: "CNY",
					period: "2023",
					change: { value: -3.3, unit: "%" },
					source: "broker",
				},
			],
			[],
		],
		[
			"營業收入50億元(同比+12%)。",
			[{ label: "營業收入", value: 5_000_000_000, unit: "CNY", change: yoy(12), source: "broker" }],
			[],
		],
		[
			"订单1200张(-3.5% qoq)。",
			[
				{
					label: "订单",
					value: 1200,
					unit: "units",
					change: { value: -3.5, unit: "%", basis: "qoq" },
					source: "broker",
				},
			],
			[],
		],
	],
	"units keep their per-unit and measure word; 达 is exact, 约 about, 超 more than": [
		[
			"公司產品均價3.2萬元/噸。",
			[{ label: "產品均價", value: 32_000, unit: "CNY/吨", source: "broker" }],
			[],
		],
		[
			"每股收益0.52元,单价4.2元。",
			[{ label: "每股收益", value: 0.52, unit: "CNY/股", source: "broker" }],
			["4.2元"],
		],
		[
			"服务患者 12 万人次,营收不到10亿元,收入100亿元左右,毛利率超30%。",
			[
				{ label: "服务患者", value: 120_000, unit: "人次", source: "broker" },
				{ label: "营收", value: 1_000_000_000, unit: "CNY", qualifier: "less-than", source: "broker" },
				{ label: "收入", value: 10_000_000_000, unit: "CNY", qualifier: "about", source: "broker" },
				{ label: "毛利率", value: 30, unit: "%", qualifier: "more-than", source: "broker" },
			],
			[],
		],
		[
			"銷量達 138.2 萬千升,約佔全國產量的4.6%。",
			[
				{ label: "銷量", value: 1_382_000, unit: "千升", source: "broker" },
				{ label: "佔全國產量", value: 4.6, unit: "%", qualifier: "about", source: "broker" },
			],
			[],
		],
		[
			"门诊量 近9607 万人次。",
			[{ label: "门诊量", value: 96_070_000, unit: "人次", qualifier: "nearly", source: "broker" }],
			[],
		],
		[
			"公司预计2025年营收不低于100亿元,净利润不超过 8 亿元。",
			[
				{
					label: "营收",
					value: 10_000_000_000,
					unit: "CNY",
					period: "2025",
					qualifier: "more-than",
					estimate: true,
					source: "broker",
				},
				{
					label: "净利润",
					value: 800_000_000,
					unit: "CNY",
					period: "2025",
					qualifier: "up-to",
					estimate: true,
					source: "broker",
				},
			],
			[],
		],
	],
	"a named source is the figure's, not the broker's": [
		[
			"根据IDC,2024年出货量约1.85亿台。",
			[
				{
					label: "出货量",
					value: 185_000_000,
					unit: "units",
					period: "2024",
					qualifier: "about",
					source: "data:IDC",
				},
			],
			[],
		],
		[
			"據Wind數據,行業平均毛利率為22.3%。",
			[{ label: "行業平均毛利率", value: 22.3, unit: "%", source: "data:Wind" }],
			[],
		],
		[
			"据中汽协统计,新能源车销量达980万辆;我们测算公司市占率约9%。",
			[
				{ label: "新能源车销量", value: 9_800_000, unit: "辆", source: "data:中汽协" },
				{ label: "市占率", value: 9, unit: "%", qualifier: "about", estimate: true, source: "broker" },
			],
			[],
		],
		[
			"据 Wind 数据,行业平均毛利率为 22.3%。",
			[{ label: "行业平均毛利率", value: 22.3, unit: "%", source: "data:Wind" }],
			[],
		],
		[
			"中汽协数据显示,2025年7月国内汽车销量为259.3万辆,同比增长14.7%。",
			[
				{
					label: "国内汽车销量",
					value: 2_593_000,
					unit: "辆",
					period: "2025-07",
					change: yoy(14.7),
					source: "data:中汽协",
				},
			],
			[],
		],
		[
			"IDC統計顯示:2024年全球平板出貨量約1.4億台。",
			[
				{
					label: "全球平板出貨量",
					value: 140_000_000,
					unit: "units",
					period: "2024",
					qualifier: "about",
					source: "data:IDC",
				},
			],
			[],
		],
	],
	"Traditional reads as simplified: 約為 about, 億 亿, 增長 growth": [
		[
			"2025年上半年,公司營業收入約為86.4億元,同比增長11.3%。",
			[
				{
					label: "營業收入",
					value: 8_640_000_000,
					unit: "CNY",
					period: "2025H1",
					qualifier: "about",
					change: yoy(11.3),
					source: "broker",
				},
			],
			[],
		],
		[
			"營收約 12.5 億元,同比增長 8.8%。",
			[
				{
					label: "營收",
					value: 1_250_000_000,
					unit: "CNY",
					qualifier: "about",
					change: yoy(8.8),
					source: "broker",
				},
			],
			[],
		],
		[
			"淨利潤近3億元。",
			[{ label: "淨利潤", value: 300_000_000, unit: "CNY", qualifier: "nearly", source: "broker" }],
			[],
		],
	],
	"a named source before 统计显示/数据显示, with a space or a word between, is the figure's source": [
		[
			"IDC 统计显示,2024年全球服务器出货量为1250万台,同比增长8.2%。",
			[
				{
					label: "全球服务器出货量",
					value: 12_500_000,
					unit: "units",
					period: "2024",
					change: yoy(8.2),
					source: "data:IDC",
				},
			],
			[],
		],
		[
			"Canalys 數據顯示,2024年第四季度全球智能手機出貨量為3.3億部。",
			[
				{
					label: "全球智能手機出貨量",
					value: 330_000_000,
					unit: "部",
					period: "2024Q4",
					source: "data:Canalys",
				},
			],
			[],
		],
		[
			"中汽协 最新统计数据显示 2025年新能源汽车销量达1650万辆。",
			[{ label: "新能源汽车销量", value: 16_500_000, unit: "辆", period: "2025", source: "data:中汽协" }],
			[],
		],
		[
			"據IDC 統計顯示,2024 年全球伺服器出貨量約為 1250 萬台。",
			[
				{
					label: "全球伺服器出貨量",
					value: 12_500_000,
					unit: "units",
					period: "2024",
					qualifier: "about",
					source: "data:IDC",
				},
			],
			[],
		],
	],
	"months of a year (1-9月) are a period, never the year alone; months with no year leave the value out": [
		[
			"2025年1-9月,公司实现营收120亿元,同比增长15%。",
			[
				{
					label: "营收",
					value: 12_000_000_000,
					unit: "CNY",
					period: "2025Q1-Q3",
					change: yoy(15),
					source: "broker",
				},
			],
			[],
		],
		[
			"中汽协数据显示,2025年1—10月新能源汽车销量为1122万辆。",
			[
				{
					label: "新能源汽车销量",
					value: 11_220_000,
					unit: "辆",
					period: "2025-01/2025-10",
					source: "data:中汽协",
				},
			],
			[],
		],
		[
			"2024 年 1 至 6 月份,公司營收為 80 億元。",
			[{ label: "營收", value: 8_000_000_000, unit: "CNY", period: "2024H1", source: "broker" }],
			[],
		],
		["1-9月,公司实现营收120亿元。", [], ["120亿元"]],
		["公司1-9月營收為120億元。", [], ["120億元"]],
	],
	"two changes written as a pair (同/环比+10%/+5%) leave their figure out: a figure holds one change": [
		["25Q3公司营收40亿元,同/环比+10%/+5%。", [], ["40亿元"]],
		["25Q3單季營收 40 億元,同環比 +10%/-5%。", [], ["40 億元"]],
		[
			"2025年三季度毛利率为35.2%,同比/环比分别+1.2/+0.8pct;净利润5亿元,同比增长8%。",
			[
				{
					label: "净利润",
					value: 500_000_000,
					unit: "CNY",
					period: "2025Q3",
					change: yoy(8),
					source: "broker",
				},
			],
			["35.2%"],
		],
		[
			"公司營收40億元(同/環比+10%/+5%),淨利潤5億元,同比增長8%。",
			[{ label: "淨利潤", value: 500_000_000, unit: "CNY", change: yoy(8), source: "broker" }],
			["40億元"],
		],
	],
	"a change written as approximate (同比增长约30%) is no figure of its own, and leaves its figure out": [
		["截至2025年9月30日,公司在手订单约150亿元,同比增长约30%。", [], ["150亿元"]],
		["2025年公司營收約120億元,同比增長超 30%。", [], ["120億元"]],
		[
			"2024 年公司营收 120 亿元,增长近 30%;净利润 15 亿元,同比增长 8%。",
			[
				{
					label: "净利润",
					value: 1_500_000_000,
					unit: "CNY",
					period: "2024",
					change: yoy(8),
					source: "broker",
				},
			],
			["120 亿元"],
		],
	],
	"a month with no year (9月) gets no period: it stays in the label, or leaves the value out when it is not there":
		[
			[
				"2025年1-9月公司累计销量为32万辆,其中9月单月销量为5.1万辆,同比增长40%。",
				[
					{ label: "销量", value: 320_000, unit: "辆", period: "2025Q1-Q3", source: "broker" },
					{ label: "9月单月销量", value: 51_000, unit: "辆", change: yoy(40), source: "broker" },
				],
				[],
			],
			[
				"2025年前三季度,公司經營活動現金流淨額為12.5億元;截至9月末,合同負債為8.3億元。",
				[
					{
						label: "經營活動現金流淨額",
						value: 1_250_000_000,
						unit: "CNY",
						period: "2025Q1-Q3",
						source: "broker",
					},
				],
				["8.3億元"],
			],
			["10 月,公司銷量為 5 萬輛。", [], ["5 萬輛"]],
			[
				"【汽车】智驾渗透加速 7月国内新能源车销量约112万辆,同比增长18%。",
				[
					{
						label: "7月国内新能源车销量",
						value: 1_120_000,
						unit: "辆",
						qualifier: "about",
						change: yoy(18),
						source: "broker",
					},
				],
				[],
			],
			[
				"2025年10月公司销量为5万辆,未来12个月有望翻倍。",
				[{ label: "销量", value: 50_000, unit: "辆", period: "2025-10", source: "broker" }],
				[],
			],
		],
	"a value changed from one number to another (由…至…), or a multiple whose measure follows it, is left out":
		[
			["维持买入评级,目标价由40元上调至48元。", [], ["40元", "48元"]],
			["公司將全年營收指引由 120 億元下調至約 110 億元。", [], ["120 億元", "110 億元"]],
			["对应2026年25倍PE,维持增持评级。", [], ["25倍"]],
			[
				"公司当前估值对应 2026 年 18 倍 市盈率;2025年Q1-Q3公司累计实现营收90亿元。",
				[{ label: "营收", value: 9_000_000_000, unit: "CNY", period: "2025Q1-Q3", source: "broker" }],
				["18 倍"],
			],
		],
	"a source's estimate (據TrendForce預估) is the source's; 据估计 names no source": [
		[
			"據TrendForce預估,2025年全球HBM市場規模將達到 300 億美元。",
			[
				{
					label: "全球HBM市場規模",
					value: 30_000_000_000,
					unit: "USD",
					period: "2025",
					estimate: true,
					source: "data:TrendForce",
				},
			],
			[],
		],
		[
			"据Omdia估算,2024年全球面板出货量为2.5亿片。",
			[{ label: "全球面板出货量", value: 250_000_000, unit: "片", period: "2024", source: "data:Omdia" }],
			[],
		],
		[
			"据估计, 2024 年公司海外营收占比提升至 45%。",
			[{ label: "海外营收占比", value: 45, unit: "%", period: "2024", estimate: true, source: "broker" }],
			[],
		],
	],
};

describeKinds(kinds);
