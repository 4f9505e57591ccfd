import { describe, expect, it } from "vitest";
import { BriefingError } from "../../source/base/briefing-error.ts";
import { foldText } from "../../source/import/fold.ts";
import { readInputText } from "../../source/import/input-text.ts";
import { detectLayout } from "../../source/import/layouts/index.ts";
import { normalise } from "../../source/import/normalise.ts";
import { findAnalysts } from "../../source/import/people.ts";
import { ratingCell, ratingWithChange } from "../../source/import/ratings.ts";

describe("normalise", () => {
	it.each([
		["青岚研究青岚研究\n电子电子", "青岚研究\n电子"],
		["增持增持 (维持维持)\n研究员 周沐周沐", "增持 (维持)\n研究员 周沐"],
		["研究员 宋宋南南风风\n2023年年08月月03日日", "研究员 宋南风\n2023年08月03日"],
		["2024 年 6 月 05 日", "2024年6月05日"],
		["證書編 號:S0000000000001", "證書編號:S0000000000001"],
		["证 券 研 究 报 告", "证券研究报告"],
		["计算机行业:需求回暖-250605(37页).pdf\n证券研究报告", "证券研究报告"],
	])("undoes %j", (input, output) => {
		expect(normalise(input).text).toBe(output);
	});

	it.each([
		["a real reduplication, alone", "我们认为国产替代将一步一步推进。"],
		["a month's end after a number", "预计3月月底前完成。"],
		["spaces between Chinese words of a repost", "加速。 核心观点 微软或推出自研大模型"],
		["Latin words", "Inflection CEO 穆斯塔法"],
		["a doubled four-character word beside doubled bold", "青岚研究青岚研究\n电子电子\n讲得明明白白。"],
	])("leaves alone %s", (_, input) => {
		expect(normalise(input).text).toContain(input.split("\n").at(-1));
	});

	it("maps offsets back to the input", () => {
		const input = "青岚研究青岚研究\n2023年年08月月03日日 AI终端";
		const normal = normalise(input);
		const at = normal.text.indexOf("AI终端");
		expect(input.slice(normal.inputOffset(at), normal.inputOffset(at) + 4)).toBe("AI终端");
		expect(normal.repairs).toEqual(["bold text printed twice, printed once"]);
	});
});

describe("analysts", () => {
	const people = (raw: string) =>
		findAnalysts({ original: raw, folded: foldText(raw) }, 0, raw.length).map(({ analyst }) => [
			analyst.name.zh,
			analyst.role?.zh,
			...analyst.registrations.map((registration) => `${registration.body} ${registration.number}`),
		]);

	it.each([
		[
			"分析师:林知远 | 执业证书编号:S0000000000001 分析师:周 沐 | 执业证书编号:S0000000000002",
			[
				["林知远", "分析师", "SAC S0000000000001"],
				["周 沐", "分析师", "SAC S0000000000002"],
			],
		],
		[
			"林知远,分析员,SAC 执业证书编号 S0000000000001,SFC CE Ref: AAA001",
			[["林知远", "分析员", "SAC S0000000000001", "SFC AAA001"]],
		],
		["周沐 从业证书编号 S0000000000002", [["周沐", undefined, "SAC S0000000000002"]]],
		["陈一禾(分析师)证书编号:S0000000000003", [["陈一禾", "分析师", "SAC S0000000000003"]]],
		["许清\n汽车首席分析师\nSAC 执证编号:S0000000000004", [["许清", "汽车首席分析师", "SAC S0000000000004"]]],
		["研究员 宋南风 SFC No. ABC123", [["宋南风", "研究员", "SFC ABC123"]]],
		[
			"谢春生 分析师 S0570519080006 | BQZ938 彭钢 分析师 S0570523090001",
			[
				["谢春生", "分析师", "SAC S0570519080006", "SFC BQZ938"],
				["彭钢", "分析师", "SAC S0570523090001"],
			],
		],
	])("binds each number to its person in %j", (raw, expected) => {
		expect(people(raw)).toEqual(expected);
	});

	it.each([
		["a job title alone", "汽车首席分析师\nSAC 执证编号:S0000000000004"],
		["a number alone", "执业证书编号:S0000000000001"],
		["a label word before a number", "证券研究报告 S0000000000001"],
		["a header line above a role alone", "青岚证券 电子 增持(维持)\n研究员\nSAC No.S0000000000001"],
		["a rating cell", "增持 S0000000000001"],
	])("names no one from %s", (_, raw) => {
		expect(people(raw)).toEqual([]);
	});
});

describe("ratings", () => {
	it.each(["增持(维持)", "强于大市(维持)", "买入 (首次)", "推荐(上调)", "中性(下调)"])(
		"reads %s with its change",
		(text) => {
			expect(ratingWithChange.test(text)).toBe(true);
		},
	);

	it.each(["优于大市", "看好", "买入(首次)", "强烈推荐"])("reads the cell %s", (text) => {
		expect(ratingCell.test(text)).toBe(true);
	});

	it("does not read a rating inside prose", () => {
		expect(ratingWithChange.test("首次覆盖给予买入")).toBe(false);
		expect(ratingCell.test("我们看好")).toBe(false);
	});
});

describe("layout detection", () => {
	it("names each layout tried and what it lacked", () => {
		const detected = detectLayout("分析师:林知远 | 执业证书编号:S0000000000001");
		expect(detected).toEqual({
			lacking:
				"a WeChat repost of a morning digest (expected a repost's author line, 晨会 or 晨报 in its title and 【…】 items); " +
				"a WeChat repost (expected a 作者:…/发布时间: line or a (以下内容从…摘录) line); " +
				"a PDF's first page (expected a PDF header with a rating, or 证券研究报告 and a date)",
		});
	});
});

describe("input encodings", () => {
	const note = "证券研究报告\n青岚证券 电子 增持(维持)\n";

	it("reads UTF-8, UTF-16 with and without a byte-order mark, and says which", () => {
		const wide = Buffer.from(note, "utf16le");
		expect(readInputText(new TextEncoder().encode(note), "a.txt")).toEqual({ text: note, encoding: "UTF-8" });
		expect(readInputText(Buffer.concat([Buffer.from([0xff, 0xfe]), wide]), "a.txt")).toEqual({
			text: note,
			encoding: "UTF-16LE",
		});
		expect(readInputText(wide, "a.txt").encoding).toBe("UTF-16LE");
		const big = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(wide).swap16()]);
		expect(readInputText(big, "a.txt")).toEqual({ text: note, encoding: "UTF-16BE" });
	});

	it("reads UTF-16 without a byte-order mark when a character such as 一 puts a NUL on the other side", () => {
		const text = "证券研究报告\n一季度业绩高增,同比增长96%\n";
		expect(readInputText(Buffer.from(text, "utf16le"), "a.txt")).toEqual({ text, encoding: "UTF-16LE" });
	});

	it("reads GBK as GB18030", () => {
		// 你好 in GBK, after a line of ASCII.
		const bytes = Uint8Array.from([0x61, 0x0a, 0xc4, 0xe3, 0xba, 0xc3]);
		expect(readInputText(bytes, "a.txt")).toEqual({ text: "a\n你好", encoding: "GB18030" });
	});

	it("refuses bytes that decode to no Chinese in GB18030", () => {
		// Latin-1 é between letters decodes in GB18030 to characters that are not Chinese.
		const bytes = Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x63, 0xe9, 0x74, 0xe9]);
		expect(() => readInputText(bytes, "a.txt")).toThrow(BriefingError);
	});
});
