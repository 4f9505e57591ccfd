import { describe, expect, it } from "vitest";
import { findAmounts } from "../../source/import/amounts.ts";
import { findAttributions } from "../../source/import/attribution.ts";
import { readChange } from "../../source/import/changes.ts";
import { qualifierBefore, unitOf } from "../../source/import/figure-words.ts";
import { leadingTime } from "../../source/import/figures/binding.ts";
import { afterHeadline, splitPieces } from "../../source/import/figures/clauses.ts";
import { pairNames, yearsOf } from "../../source/import/figures/lists.ts";
import { findTokens } from "../../source/import/figures/tokens.ts";
import { foldText } from "../../source/import/fold.ts";
import { findTimes } from "../../source/import/time-expressions.ts";

// The stages of figure extraction, each alone: pieces → values and changes → binding words.

describe("pieces", () => {
	const pieces = (text: string) =>
		splitPieces(text).map((piece) => [text.slice(piece.start, piece.end), piece.afterSemicolon]);

	it("split at commas, semicolons and colons, not inside brackets or numbers", () => {
		expect(pieces("营收3,200亿元(同比+5%, 环比+1%);比例3:1,净利润")).toEqual([
			["营收3,200亿元(同比+5%, 环比+1%)", true],
			["比例3:1", true],
			["净利润", false],
		]);
	});

	it("cut a headline off before a space between Chinese words or before a digit", () => {
		const text = "季度经营稳健 2Q25年实现营业收入";
		expect(text.slice(afterHeadline(text, 0, text.length))).toBe("2Q25年实现营业收入");
		expect(afterHeadline("Microsoft Azure收入", 0, 17)).toBe(0);
	});
});

describe("values and changes", () => {
	const amounts = (text: string) =>
		findAmounts(foldText(text)).map(({ value, high, unitWord, perUnit }) => ({
			value,
			high,
			unitWord,
			perUnit,
		}));

	it.each([
		["3.10-3.85亿元", { value: 310_000_000, high: 385_000_000, unitWord: "元" }],
		["80%-120%", { value: 80, high: 120, unitWord: "%" }],
		["3亿-5亿元", { value: 300_000_000, high: 500_000_000, unitWord: "元" }],
		["20~25 億元", { value: 2_000_000_000, high: 2_500_000_000, unitWord: "元" }],
		["4210.55元/吨", { value: 4210.55, unitWord: "元", perUnit: "吨" }],
		["138.2万千升", { value: 1_382_000, unitWord: "千升" }],
		["820.55 万人次", { value: 8_205_500, unitWord: "人次" }],
	])("reads %s", (text, expected) => {
		expect(amounts(text)).toEqual([{ high: undefined, perUnit: undefined, ...expected }]);
	});

	it("reads no range from two numbers of different units (a number after a dash may be negative: it is not read)", () => {
		expect(amounts("5%-10亿元").map((amount) => amount.value)).toEqual([5]);
		expect(amounts("5% 至 10亿元").map((amount) => amount.value)).toEqual([5, 1_000_000_000]);
	});

	it.each([
		["同减2%", { value: -2, unit: "%", basis: "yoy" }],
		["同比下滑6.5%", { value: -6.5, unit: "%", basis: "yoy" }],
		["yoy-8.40%", { value: -8.4, unit: "%", basis: "yoy" }],
		["同比增长80%-120%", { range: { low: 80, high: 120 }, unit: "%", basis: "yoy" }],
		["同比下降10%-20%", { range: { low: -20, high: -10 }, unit: "%", basis: "yoy" }],
		["增速比23Q4提升26pct", { value: 26, unit: "pct-pt", basis: "vs", against: "23Q4" }],
		["较上年同期增长12%", { value: 12, unit: "%", basis: "yoy" }],
		["增长5%", { value: 5, unit: "%" }],
	])("reads the change %s", (text, change) => {
		expect(readChange(foldText(text))?.change).toEqual(change);
	});

	it("reads no change from a bare number or from a fall written twice", () => {
		expect(readChange("35%")).toBeUndefined();
		expect(readChange("同比下降-5%")).toBeUndefined();
	});

	it("keeps a change's number out of the values", () => {
		const text = "营收为3120亿元,同减2%,归母净利润 21.07 亿元(-4.10%)";
		const { changes, values } = findTokens(text);
		expect(values.map((value) => text.slice(value.start, value.end))).toEqual(["3120亿元", "21.07 亿元"]);
		expect(changes.map((change) => [text.slice(change.start, change.end), change.bracket])).toEqual([
			["同减2%", false],
			["(-4.10%)", true],
		]);
	});
});

describe("binding words", () => {
	const times = (text: string) =>
		findTimes(foldText(text)).map(
			(time) => time.period ?? (time.yearless ? "yearless" : time.relative ? "relative" : "span"),
		);

	it("normalises quarters, half years, three quarters and year ranges", () => {
		expect(
			times(
				"2Q25、25Q1、2025年前三季度、25H1、2024年一季度、2024 年、2025年上半年、2024-2026年、25-27年、2025Q1-Q3、1H25",
			),
		).toEqual([
			"2025Q2",
			"2025Q1",
			"2025Q1-Q3",
			"2025H1",
			"2024Q1",
			"2024",
			"2025H1",
			"2024-2026",
			"2025-2027",
			"2025Q1-Q3",
			"2025H1",
		]);
		expect(times("CY24Q1、FY24Q3、2026E")).toEqual(["CY24Q1", "FY24Q3", "2026"]);
	});

	it("reads months of a year as quarters when they are whole quarters, else as an interval of months", () => {
		expect(
			times(
				"2025年1-9月、2025年1—6月、25年4-6月、2024年1-12月、2025 年 1 至 11 月份、2024年3-5月、2025年1月-2月",
			),
		).toEqual([
			"2025Q1-Q3",
			"2025H1",
			"2025Q2",
			"2024",
			"2025-01/2025-11",
			"2024-03/2024-05",
			"2025-01/2025-02",
		]);
		// Months with no year are a period whose year cannot be told; no month 13, no backwards months.
		expect(times("1-9月、1-9 月份")).toEqual(["yearless", "yearless"]);
		expect(times("2025年9-3月、2025年1-13月")).toEqual([]);
	});

	it("takes no time from a number's decimal part or a backwards range", () => {
		expect(times("营收1.30-2000元,2030-2000年")).toEqual([]);
	});

	it("tells yearless periods, spans and earlier times from periods", () => {
		expect(times("一季度、上半年、近三年、上年同期、年初")).toEqual([
			"yearless",
			"yearless",
			"span",
			"relative",
			"relative",
		]);
	});

	it("finds a sentence's leading period only at its start", () => {
		const leading = (text: string) => {
			const { values } = findTokens(text);
			const found = findTimes(text);
			return leadingTime(text, found, splitPieces(text), values)?.period;
		};
		expect(leading("2025年一季度营收为3120亿元,同减2%")).toBe("2025Q1");
		expect(leading("2024 年,公司营业收入 158.26 亿元")).toBe("2024");
		expect(leading("公司发布一季报,25Q1实现营业收入18.4亿元")).toBe("2025Q1");
		expect(leading("星河科技新一代芯片将于25年二季度量产,首批订单约120万颗")).toBeUndefined();
		expect(leading("营收100亿元,2024年为80亿元")).toBeUndefined();
		expect(leading("较2024年增长5%,营收100亿元")).toBeUndefined();
	});

	it("pairs 分别 names in order, sharing a measure word, and years of a range", () => {
		expect(pairNames("销售/管理/研发费用率", 3)).toEqual(["销售费用率", "管理费用率", "研发费用率"]);
		expect(pairNames("營收和淨利潤", 2)).toEqual(["營收", "淨利潤"]);
		expect(pairNames("营收/归母净利润", 2)).toEqual(["营收", "归母净利润"]);
		expect(pairNames("四项业务收入占比", 4)).toBeUndefined();
		expect(yearsOf("2025-2027", 3)).toEqual(["2025", "2026", "2027"]);
		expect(yearsOf("2025-2027", 2)).toBeUndefined();
	});

	it("gives a price its per-unit, and refuses a price per nothing", () => {
		expect(unitOf("元", "吨价")).toEqual({ unit: "CNY/吨" });
		expect(unitOf("元", "均价", "吨")).toEqual({ unit: "CNY/吨" });
		expect(unitOf("美元", "油价", "桶")).toEqual({ unit: "USD/桶" });
		expect(unitOf("元", "每股收益")).toEqual({ unit: "CNY/股" });
		expect(unitOf("元", "单价")).toHaveProperty("reason");
		expect(unitOf("人次", "门诊量")).toEqual({ unit: "人次" });
		expect(unitOf("", "收入")).toHaveProperty("reason");
	});

	it("reads qualifiers: 达 is exact, 不超过 at most, 约占 about, 合约 nothing", () => {
		expect(qualifierBefore("销量达")).toEqual({ length: 0 });
		expect(qualifierBefore("营收不超过")).toEqual({ qualifier: "up-to", length: 3 });
		expect(qualifierBefore("营收不到")).toEqual({ qualifier: "less-than", length: 2 });
		expect(qualifierBefore("营收不低于")).toEqual({ qualifier: "more-than", length: 3 });
		expect(qualifierBefore("约占全国产量的")).toEqual({ qualifier: "about", length: 0 });
		expect(qualifierBefore("合约金额")).toEqual({ length: 0 });
	});

	it("names data sources, and takes 我们 for the broker", () => {
		const text = foldText("根据IDC,x;據Wind數據,y;据中汽协统计,z;我们测算,w;数据显示,v;根据测算,u");
		expect(
			findAttributions(text).map((mark) => [
				mark.kind,
				mark.name && text.slice(mark.name.start, mark.name.end),
			]),
		).toEqual([
			["data", "IDC"],
			["data", "Wind"],
			["data", "中汽协"],
			["broker", undefined],
		]);
	});

	it("names a source before 统计显示/数据显示 with a space, a 最新 or a 统计数据 between, never the words between", () => {
		const names = (text: string) =>
			findAttributions(foldText(text)).map((mark) => foldText(text).slice(mark.name?.start, mark.name?.end));
		expect(names("IDC 统计显示,x")).toEqual(["IDC"]);
		expect(names("據IDC 統計顯示,x")).toEqual(["IDC"]);
		expect(names("IDC 最新统计数据显示 x")).toEqual(["IDC"]);
		expect(names("中汽协 数据显示:x")).toEqual(["中汽协"]);
		expect(names("Counterpoint Research 的數據顯示,x")).toEqual(["Counterpoint Research"]);
		// A 显示 that is not a source's: the words after it are no clause of their own.
		expect(names("IDC 数据显示出增长")).toEqual([]);
	});
});
