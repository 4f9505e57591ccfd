import { describe, expect, it } from "vitest";
import { BriefingError } from "../../source/base/briefing-error.ts";
import { findAmounts } from "../../source/import/amounts.ts";
import { findAttributions } from "../../source/import/attribution.ts";
import { readBracketChange } from "../../source/import/changes.ts";
import { foldText } from "../../source/import/fold.ts";
import { decodeInput } from "../../source/import/input-text.ts";
import { findAnalysts } from "../../source/import/people.ts";
import { splitParagraphs } from "../../source/import/segments.ts";
import { findTimes, parseDate } from "../../source/import/time-expressions.ts";
import { LineIndex } from "../../source/text/line-column.ts";

const amount = (text: string) => findAmounts(foldText(text)).map(({ value, unitWord }) => [value, unitWord]);

describe("amounts", () => {
	it.each([
		["443.5亿美元", [[44_350_000_000, "美元"]]],
		["5000亿参数", [[500_000_000_000, "参数"]]],
		["超180万人", [[1_800_000, "人"]]],
		["33万家", [[330_000, "家"]]],
		["3千户", [[3_000, "户"]]],
		["1.2万亿元", [[1_200_000_000_000, "元"]]],
		["3,200家", [[3_200, "家"]]],
		["35%", [[35, "%"]]],
		["26pct", [[26, "pct"]]],
		["3.5个百分点", [[3.5, "个百分点"]]],
		["７１０億美元", [[71_000_000_000, "美元"]]],
	])("reads %s in base units", (text, expected) => {
		expect(amount(text)).toEqual(expected);
	});

	it("ignores numbers that are part of a name or a code", () => {
		expect(amount("Phi-1.0 CY24Q1 S0570519080006 MAI-1")).toEqual([]);
		expect(amount("Mistral 7B")).toEqual([[7, ""]]);
	});
});

describe("times", () => {
	const times = (text: string) =>
		findTimes(foldText(text)).map(({ period, date, comparison }) => ({ period, date, comparison }));

	it("reads periods, days and comparisons", () => {
		expect(times("CY24Q1合计,增速比23Q4提升")).toEqual([
			{ period: "CY24Q1", date: undefined, comparison: false },
			{ period: "2023Q4", date: undefined, comparison: true },
		]);
		expect(times("23年发布,24年4月23日开源,FY24Q3GitHub")).toEqual([
			{ period: "2023", date: undefined, comparison: false },
			{ period: undefined, date: "2024-04-23", comparison: false },
			{ period: "FY24Q3", date: undefined, comparison: false },
		]);
		expect(times("2025年一季度、25年上半年、2024年3月")).toEqual([
			{ period: "2025Q1", date: undefined, comparison: false },
			{ period: "2025H1", date: undefined, comparison: false },
			{ period: "2024-03", date: undefined, comparison: false },
		]);
	});

	it("reads fiscal and calendar years written as codes", () => {
		expect(times("FY2024收入,CY25资本开支")).toEqual([
			{ period: "FY2024", date: undefined, comparison: false },
			{ period: "CY25", date: undefined, comparison: false },
		]);
	});

	it("does not take a duration for a year", () => {
		expect(findTimes(foldText("近10年,未来20年")).map((time) => [time.period, time.duration])).toEqual([
			[undefined, true],
			[undefined, true],
		]);
	});

	it("reads dates in both forms, and refuses days that do not exist", () => {
		expect(parseDate("2024年5月7日")).toBe("2024-05-07");
		expect(parseDate("24年4月23日")).toBe("2024-04-23");
		expect(parseDate("2024-05-09")).toBe("2024-05-09");
		expect(parseDate("2024年2月30日")).toBeUndefined();
	});
});

describe("attributions", () => {
	it("tells press, filings, earnings calls and back-references apart", () => {
		const text = foldText(
			"据《The information》报道,x。据公司财报,y。据公司财报电话会,z。据其报道,w。据彭博报道,v",
		);
		expect(
			findAttributions(text).map((mark) => [
				mark.kind,
				mark.name && text.slice(mark.name.start, mark.name.end),
			]),
		).toEqual([
			["press", "《The information》"],
			["filings", "公司财报"],
			["earnings-call", "公司财报电话会"],
			["previous", undefined],
			["press", "彭博"],
		]);
	});
});

describe("analysts", () => {
	const analysts = (raw: string) => {
		const text = { original: raw, folded: foldText(raw) };
		return findAnalysts(text, 0, raw.length).map(({ analyst }) => [
			analyst.name.zh,
			analyst.role?.zh,
			...analyst.registrations.map((registration) => `${registration.body} ${registration.number}`),
		]);
	};

	it("reads a repost's line, a PDF's lines and the certificate-number variants", () => {
		expect(analysts("谢春生 分析师 S0570519080006 | BQZ938 彭钢 分析师 S0570523090001")).toEqual([
			["谢春生", "分析师", "SAC S0570519080006", "SFC BQZ938"],
			["彭钢", "分析师", "SAC S0570523090001"],
		]);
		expect(
			analysts(
				"研究员 谢春生\nSAC No. S0570519080006\nSFC No. BQZ938\n联系人 林一舟\n从业证书编号 S0000000000003",
			),
		).toEqual([
			["谢春生", "研究员", "SAC S0570519080006", "SFC BQZ938"],
			["林一舟", "联系人", "SAC S0000000000003"],
		]);
		expect(analysts("分析师：張三 執業證書編號：S0000000000001")).toEqual([
			["張三", "分析师", "SAC S0000000000001"],
		]);
	});

	it("takes no one without a registration number", () => {
		expect(analysts("分析师认为需求向好。")).toEqual([]);
	});
});

describe("paragraphs of a repost's one-line body", () => {
	it("splits at spaces after a sentence and between Chinese words, not inside Latin text", () => {
		const text = "加速。 核心观点 微软或推出 据《The information》报道,Inflection CEO 穆斯塔法负责。";
		expect(splitParagraphs(text, 0, text.length).map((range) => text.slice(range.start, range.end))).toEqual([
			"加速。",
			"核心观点",
			"微软或推出",
			"据《The information》报道,Inflection CEO 穆斯塔法负责。",
		]);
	});
});

describe("folding", () => {
	it("makes full-width ASCII and the Traditional characters of the keywords Simplified, one for one", () => {
		const text = "風險提示：１）需求（不及）預期；約５０億元";
		expect(foldText(text)).toBe("风险提示:1)需求(不及)预期;约50亿元");
		expect(foldText(text)).toHaveLength(text.length);
	});

	it("leaves every other unit as it is: NUL, controls, lone surrogates, the last unit", () => {
		const others = "\u0000\u0001a~\u00a0\u2fff\u3001中文\ud800\udfff\uff00\uff5f\uffff";
		expect(foldText(others)).toBe(others);
	});
});

describe("input", () => {
	const decode = (bytes: number[] | string) =>
		decodeInput(
			typeof bytes === "string" ? new TextEncoder().encode(bytes) : Uint8Array.from(bytes),
			"in.txt",
		);

	it("drops a byte-order mark and makes line ends LF", () => {
		expect(decode("\ufeffa\r\nb\rc")).toBe("a\nb\nc");
	});

	it.each([
		[[], "in.txt: empty; expected the text of a broker note"],
		["  \n\t", "in.txt: empty; expected the text of a broker note"],
		[
			[0x61, 0x0a, 0xff],
			"in.txt:2:1: byte 2 is neither UTF-8 nor GBK/GB18030 Chinese; expected UTF-8, UTF-16 or GB18030 text",
		],
		[
			[0x61, 0xed, 0xa0, 0x80],
			"in.txt:1:2: byte 1 is neither UTF-8 nor GBK/GB18030 Chinese; expected UTF-8, UTF-16 or GB18030 text",
		],
		["ab\u0000", "in.txt:1:3: a NUL character; expected text, not a binary file"],
	])("refuses %j", (bytes, message) => {
		expect(() => decode(bytes as number[] | string)).toThrow(new BriefingError(message, "invalid-input"));
	});

	it("finds the line and column of an offset", () => {
		const lines = new LineIndex("ab\ncd\n\nef");
		expect([0, 2, 3, 6, 8].map((offset) => lines.place(offset))).toEqual(["1:1", "1:3", "2:1", "3:1", "4:2"]);
	});
});

describe("changes in brackets", () => {
	it.each([
		["(qoq +38%)", { value: 38, unit: "%", basis: "qoq" }],
		["(qoq+175%)", { value: 175, unit: "%", basis: "qoq" }],
		["(同比下降3pct)", { value: -3, unit: "pct-pt", basis: "yoy" }],
		["(环比-2.5%)", { value: -2.5, unit: "%", basis: "qoq" }],
		["(+38% QoQ)", { value: 38, unit: "%", basis: "qoq" }],
		["(-4%同比)", { value: -4, unit: "%", basis: "yoy" }],
	])("reads %s", (text, change) => {
		expect(readBracketChange(foldText(text))?.change).toEqual(change);
	});

	it("reads a bracketed signed change without a basis, and no change from a bare number", () => {
		expect(readBracketChange("(+38%)")?.change).toEqual({ value: 38, unit: "%" });
		expect(readBracketChange("(-4.10%)")?.change).toEqual({ value: -4.1, unit: "%" });
		expect(readBracketChange("(38%)")).toBeUndefined();
		expect(readBracketChange("(27亿参数)")).toBeUndefined();
	});
});
