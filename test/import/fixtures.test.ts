import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { draftNote } from "../../source/import/draft-note.ts";
import { type Figure, noteSchema } from "../../source/note/schema.ts";

// Notes written for these tests, one per layout and script; the expected results are what a
// reader of each text would fill in by hand.
const read = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), "utf8");

type Expected = Pick<Figure, "unit"> &
	Partial<Pick<Figure, "value" | "range" | "period" | "date" | "change" | "qualifier" | "estimate">>;

function figureFacts(figure: Figure): Expected {
	const { value, range, unit, period, date, change, qualifier, estimate } = figure;
	return Object.fromEntries(
		Object.entries({ value, range, unit, period, date, change, qualifier, estimate }).filter(
			([, item]) => item !== undefined,
		),
	) as Expected;
}

const cases = [
	{
		file: "repost-simplified.txt",
		layout: "repost",
		title: "端侧AI芯片放量,国产算力链迎来拐点",
		broker: "群星证券",
		sector: "电子",
		reportDate: "2025-03-18",
		repostDate: "2025-03-20",
		rating: undefined,
		analysts: [
			["林一舟", "分析师", "SAC S0000000000001", "SFC AAA001"],
			["周若溪", "分析师", "SAC S0000000000002"],
		],
		risks: ["下游需求不及预期。", "行业竞争加剧。"],
		companies: [],
		figures: [
			{ value: 2_860_000_000, unit: "CNY", period: "2024Q4", change: { value: 72, unit: "%", basis: "yoy" } },
			{ value: 30_000_000, unit: "units", period: "2025", qualifier: "more-than", estimate: true },
			{
				value: 450_000,
				unit: "units",
				period: "FY25Q1",
				qualifier: "nearly",
				change: { value: 120, unit: "%", basis: "yoy" },
			},
			// 达 is reached: exact.
			{ value: 12_000, unit: "customers", period: "FY25Q1", change: { value: 15, unit: "%", basis: "qoq" } },
			{ value: 8_600_000, unit: "users", period: "FY25Q1", qualifier: "about" },
		],
		// 25年二季度 dates the production, not the orders: 120万颗 may or may not be of it, so it is left out.
		leftOut: ["120万颗", "比24Q3提升3.5个百分点"],
	},
	{
		file: "repost-traditional.txt",
		layout: "repost",
		title: "光模塊需求超預期，800G出貨加速",
		broker: "遠景證券",
		sector: "通信",
		reportDate: "2025-06-01",
		repostDate: "2025-06-02",
		rating: undefined,
		analysts: [["周若溪", "分析師", "SAC S0000000000002"]],
		risks: ["雲廠商資本開支不及預期。"],
		companies: [],
		figures: [
			{
				value: 71_000_000_000,
				unit: "USD",
				period: "CY25Q1",
				qualifier: "about",
				change: { value: 64, unit: "%", basis: "yoy" },
			},
			{
				value: 64,
				unit: "%",
				period: "CY25Q1",
				change: { value: 12, unit: "pct-pt", basis: "vs", against: "24Q4" },
			},
			{ value: 3_200, unit: "customers", period: "FY25Q2", change: { value: 18, unit: "%", basis: "qoq" } },
			{ value: 600_000, unit: "units", period: "FY25Q2", qualifier: "more-than" },
			{ value: 12_000_000, unit: "units", period: "2025", qualifier: "nearly", estimate: true },
		],
		leftOut: [],
	},
	{
		file: "first-page-sector.txt",
		layout: "first-page",
		title: "光模块需求超预期,800G出货加速",
		broker: "群星证券",
		sector: "通信",
		reportDate: "2025-06-03",
		repostDate: undefined,
		rating: "增持(维持)",
		analysts: [
			["林一舟", "研究员", "SAC S0000000000001", "SFC AAA001"],
			["周若溪", "研究员", "SAC S0000000000002"],
			["宋南风", "联系人", "SAC S0000000000003"],
		],
		risks: ["云厂商资本开支不及预期", "行业竞争加剧", "技术迭代风险"],
		companies: ["远光通信 300999 CH", "天际光电 02099 HK"],
		figures: [
			{
				value: 71_000_000_000,
				unit: "USD",
				period: "2025Q1",
				qualifier: "about",
				change: { value: 64, unit: "%", basis: "yoy" },
			},
			{
				value: 64,
				unit: "%",
				period: "2025Q1",
				change: { value: 12, unit: "pct-pt", basis: "vs", against: "24Q4" },
			},
			{
				value: 600_000,
				unit: "units",
				period: "FY25Q1",
				qualifier: "more-than",
				change: { value: 35, unit: "%", basis: "qoq" },
			},
			{ value: 12_000_000, unit: "units", period: "2025", qualifier: "about", estimate: true },
		],
		leftOut: [],
	},
	{
		file: "first-page-stock.txt",
		layout: "first-page",
		title: "800G放量在即,盈利能力持续改善",
		// The research arm's name on a line of its own is how such a page names its broker (issue 12, l03).
		broker: "群星研究",
		sector: "通信",
		reportDate: "2025-04-28",
		repostDate: undefined,
		rating: "买入(维持)",
		analysts: [
			["林一舟", "研究员", "SAC S0000000000001", "SFC AAA001"],
			["宋南风", "联系人", "SAC S0000000000003"],
		],
		risks: ["下游需求恢复不及预期,新品验证进度慢于预期"],
		companies: ["远光通信 300999 CH"],
		figures: [
			// A growth rate is its figure's change, not a figure of its own.
			{ value: 1_840_000_000, unit: "CNY", period: "2025Q1", change: { value: 96, unit: "%", basis: "yoy" } },
			{ value: 410_000_000, unit: "CNY", period: "2025Q1", change: { value: 153, unit: "%", basis: "yoy" } },
		],
		leftOut: [],
	},
] as const;

describe.each(cases)("importing $file", (expected) => {
	const text = read(expected.file);
	const draft = draftNote(text, expected.file);
	const { note } = draft;

	it("reads the layout and drafts a valid note", () => {
		expect(draft.layout).toBe(expected.layout);
		expect(noteSchema.safeParse(note).error?.issues ?? []).toEqual([]);
	});

	it("finds the title, broker, sector, dates and rating", () => {
		expect({
			title: note.title.zh,
			broker: note.broker?.zh,
			sector: note.sector?.zh,
			reportDate: note.reportDate,
			repostDate: note.repostDate,
			rating: note.rating?.zh,
		}).toEqual({
			title: expected.title,
			broker: expected.broker,
			sector: expected.sector,
			reportDate: expected.reportDate,
			repostDate: expected.repostDate,
			rating: expected.rating,
		});
	});

	it("finds the analysts with their roles and numbers, the risks and the companies", () => {
		expect(
			note.analysts.map((analyst) => [
				analyst.name.zh,
				analyst.role?.zh,
				...analyst.registrations.map((registration) => `${registration.body} ${registration.number}`),
			]),
		).toEqual(expected.analysts);
		expect(note.risks.map((risk) => risk.title.zh)).toEqual(expected.risks);
		expect(note.companies.map((company) => [company.name.zh, ...(company.tickers ?? [])].join(" "))).toEqual(
			expected.companies,
		);
	});

	it("finds every figure, in base units, with its period, change and qualifier", () => {
		expect(note.figures.map(figureFacts)).toEqual(expected.figures);
	});

	it("quotes each figure verbatim from the text", () => {
		for (const figure of note.figures) {
			expect(text.replaceAll("\n", "")).toContain(figure.quote);
			expect(figure.quote).toContain(figure.display.zh);
		}
	});

	it("lists the numbers it left out", () => {
		expect(draft.skipped.map((number) => number.text)).toEqual(expected.leftOut);
	});
});

describe("a PDF's wrapped lines", () => {
	it("are joined back without a space inside a number or between Chinese characters", () => {
		const { note } = draftNote(read("first-page-sector.txt"), "first-page-sector.txt");
		expect(note.breakdown[0]?.body.zh).toContain("出货量超60万套(环比+35%),海外客户收入占比进一步提升");
		expect(note.thesis?.summary?.zh).not.toContain("\n");
	});
});

describe("a PDF's numbered risks", () => {
	it("keep the text after each title as its body", () => {
		const page = read("first-page-sector.txt").replace(
			"风险提示:1)云厂商资本开支不及预期;2)行业竞争加剧;3)技术迭代风险。",
			"风险提示:1)云厂商资本开支不及预期。若资本开支放缓,订单可能下修;2)行业竞争加剧。",
		);
		const { note } = draftNote(page, "page.txt");
		expect(note.risks).toEqual([
			{ title: { zh: "云厂商资本开支不及预期" }, body: { zh: "若资本开支放缓,订单可能下修" } },
			{ title: { zh: "行业竞争加剧" } },
		]);
	});
});
