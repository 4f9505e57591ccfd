import { describe, expect, it } from "vitest";
import {
	chartChange,
	chartValue,
	formatAttribution,
	formatChange,
	formatPeriod,
} from "../../source/document/format-figure.ts";
import type { Figure } from "../../source/note/schema.ts";

type Change = NonNullable<Figure["change"]>;

describe("formatChange", () => {
	it.each([
		[{ value: 35, unit: "%", basis: "yoy" }, "+35% yoy", "同比+35%"],
		[{ value: 38, unit: "%", basis: "qoq" }, "+38% qoq", "环比+38%"],
		[{ value: 4, unit: "%", basis: "mom" }, "+4% mom", "环比(月)+4%"],
		[{ value: 26, unit: "pct-pt", basis: "vs", against: "23Q4" }, "+26 pct-pt vs 23Q4", "较23Q4+26pct"],
		[{ value: 12, unit: "%", basis: "vs", against: "FY23" }, "+12% vs FY23", "较FY23+12%"],
		[{ value: -2.5, unit: "%", basis: "yoy" }, "-2.5% yoy", "同比-2.5%"],
		[{ value: -1.5, unit: "pct-pt", basis: "vs", against: "23Q4" }, "-1.5 pct-pt vs 23Q4", "较23Q4-1.5pct"],
		[{ value: 0.5, unit: "pct-pt", basis: "yoy" }, "+0.5 pct-pt yoy", "同比+0.5pct"],
	] as [Change, string, string][])("writes %o as %s and %s", (change, english, chinese) => {
		expect(formatChange(change, "en")).toBe(english);
		expect(formatChange(change, "zh")).toBe(chinese);
		expect(formatChange(change, "both")).toBe(`${chinese} / ${english}`);
	});

	it("writes nothing for no change", () => {
		expect(formatChange(undefined, "en")).toBe("");
		expect(formatChange(undefined, "both")).toBe("");
	});
});

describe("formatAttribution", () => {
	it("names the source when the figure gives a name", () => {
		const attribution: Figure["attribution"] = {
			kind: "press",
			name: { zh: "The Information", en: "The Information" },
		};
		expect(formatAttribution(attribution, "en")).toBe("The Information");
		expect(formatAttribution(attribution, "both")).toBe("The Information");
		expect(formatAttribution({ kind: "filings", name: { zh: "微软财报" } }, "en")).toBe("微软财报");
		expect(
			formatAttribution({ kind: "filings", name: { zh: "微软财报", en: "Microsoft filings" } }, "both"),
		).toBe("微软财报 / Microsoft filings");
	});

	it.each([
		["broker", "Broker", "券商"],
		["press", "Press report", "媒体报道"],
		["filings", "Company filings", "公司财报"],
		["earnings-call", "Earnings call", "财报电话会"],
		["other", "Other", "其他"],
	] as [Figure["attribution"]["kind"], string, string][])(
		"names the kind %s without a name",
		(kind, english, chinese) => {
			expect(formatAttribution({ kind }, "en")).toBe(english);
			expect(formatAttribution({ kind }, "zh")).toBe(chinese);
			expect(formatAttribution({ kind }, "both")).toBe(`${chinese} / ${english}`);
		},
	);
});

describe("formatPeriod", () => {
	const figure = (fields: Partial<Figure>): Figure => ({
		id: "f",
		label: { en: "F" },
		value: 1,
		unit: "x",
		display: { en: "1" },
		attribution: { kind: "broker" },
		quote: "q",
		...fields,
	});

	it("gives the period, else the date, else nothing", () => {
		expect(formatPeriod(figure({ period: "CY24Q1", date: "2024-03-31" }))).toBe("CY24Q1");
		expect(formatPeriod(figure({ date: "2024-03-31" }))).toBe("2024-03-31");
		expect(formatPeriod(figure({}))).toBe("");
	});
});

describe("ranges, changes with no basis and estimates", () => {
	it("writes a change range and a change the note gives no basis for", () => {
		const range: Change = { range: { low: 80, high: 120 }, unit: "%", basis: "yoy" };
		expect(formatChange(range, "en")).toBe("+80%~+120% yoy");
		expect(formatChange(range, "zh")).toBe("同比+80%~+120%");
		expect(formatChange({ value: -4.1, unit: "%" }, "en")).toBe("-4.1%");
		expect(formatChange({ value: 18.44, unit: "%" }, "zh")).toBe("+18.44%");
	});

	it("marks an estimate's period, in the reader's language", () => {
		const estimate: Figure = {
			id: "f",
			label: { zh: "净利润" },
			range: { low: 310_000_000, high: 385_000_000 },
			unit: "CNY",
			display: { zh: "3.10-3.85亿元" },
			period: "2026",
			estimate: true,
			attribution: { kind: "broker" },
			quote: "q",
		};
		expect(formatPeriod(estimate, "en")).toBe("2026 est.");
		expect(formatPeriod(estimate, "zh")).toBe("2026 预测");
		expect(formatPeriod({ ...estimate, period: undefined }, "en")).toBe("est.");
		expect(chartValue(estimate)).toBe(385_000_000);
		expect(chartChange({ range: { low: 80, high: 120 }, unit: "%" })).toBe(120);
	});

	it("names a data provider's kind", () => {
		expect(formatAttribution({ kind: "data" }, "both")).toBe("数据机构 / Data provider");
		expect(formatAttribution({ kind: "data", name: { zh: "IDC" } }, "en")).toBe("IDC");
	});
});
