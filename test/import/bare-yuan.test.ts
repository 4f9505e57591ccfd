import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { draftNote } from "../../source/import/draft-note.ts";
import { isTraditional } from "../../source/import/fold.ts";

// A bare 元 is CNY in a mainland broker's Simplified note; in a Hong Kong or Taiwan broker's note it
// is as often HKD or TWD, and a Hong Kong-listed company's share price is in HKD. Such a figure is
// left out and listed, unless its sentence names 人民币 (issue #11: a wrong currency is a wrong number).

/** A WeChat repost of a note whose first paragraph is `body`; `company` names it in the excerpt line. */
function repost(body: string, company: string, traditional: boolean): string {
	return traditional
		? [
				`首頁 > 公眾號研報 > 港嶺 ｜ 科技：${company}業績穩健，維持買入`,
				"",
				`港嶺 ｜ 科技：${company}業績穩健，維持買入`,
				"",
				"作者：微信公眾號【港嶺研究】/ 發佈時間：2025-07-03 / 星圖智庫整理",
				`（以下內容從港嶺證券《${company}業績穩健》研報附件原文摘錄）`,
				`  核心觀點 ${body} 風險提示 需求不及預期。`,
			].join("\n")
		: [
				`首页 > 公众号研报 > 青岚 | 科技：${company}业绩稳健，维持买入`,
				"",
				`青岚 | 科技：${company}业绩稳健，维持买入`,
				"",
				"作者：微信公众号【青岚研究】/ 发布时间：2025-07-03 / 星图智库整理",
				`(以下内容从青岚证券《${company}业绩稳健》研报附件原文摘录)`,
				`  核心观点 ${body} 风险提示 需求不及预期。`,
			].join("\n");
}

function figures(body: string, company: string, traditional: boolean) {
	const draft = draftNote(repost(body, company, traditional), "note.txt");
	return {
		units: Object.fromEntries(draft.note.figures.map((figure) => [figure.display.zh, figure.unit])),
		left: draft.skipped.map((number) => [number.text, number.reason]),
	};
}

describe("a bare 元 in a Traditional note (a Hong Kong or Taiwan broker's)", () => {
	it.each([
		["2025年上半年，公司營收為1,234.5億元，同比增長12.1%。", "1,234.5億元"],
		["2025年上半年，公司營收為 1,234.5 億元，同比增長12.1%。", "1,234.5 億元"],
		["2025年上半年，公司營收為１,２３４.５億元，同比增長12.1%。", "１,２３４.５億元"],
		["我們預計公司2025年每股派息1.2元。", "1.2元"],
	])("leaves out %s and says why", (body, written) => {
		const { units, left } = figures(body, "遠航科技(2388 HK)", true);
		expect(units[written]).toBeUndefined();
		expect(left).toContainEqual([
			written,
			expect.stringMatching(/元 with no currency named, in Traditional/u),
		]);
	});

	it.each([
		["遠航科技(688001.SH)", "2025年上半年，公司營收為1,234.5億元，同比增長12.1%。", "1,234.5億元", "CNY"],
		["遠航科技(688001 CH)", "2025年上半年，公司營收為 1,234.5 億元，同比增長12.1%。", "1,234.5 億元", "CNY"],
		["遠航科技(300999.SZ)", "我們維持買入評級，目標價52.3元。", "52.3元", "CNY/股"],
	])("is CNY when the note's company is listed on the mainland (%s)", (company, body, written, unit) => {
		expect(figures(body, company, true).units[written]).toBe(unit);
	});

	it("stays unsure when a mainland ticker is only a peer's, in a table", () => {
		const body = "2025年上半年，公司營收為1,234.5億元。 可比公司 甲科技 | 600001.SH | 45.60";
		const { units, left } = figures(body, "遠航科技", true);
		expect(units["1,234.5億元"]).toBeUndefined();
		expect(left.map(([text]) => text)).toContain("1,234.5億元");
	});

	it("reads a currency named before the number, as before", () => {
		const { units } = figures(
			"2025年7月，晶港半導體營收新台幣1,234.5億元，同比增長25.8%。",
			"晶港半導體",
			true,
		);
		expect(units["新台幣1,234.5億元"]).toBe("TWD");
	});

	it("makes a bare 元 CNY where its sentence names 人民幣 and no other currency, across ；", () => {
		const { units } = figures(
			"2025年上半年，公司收入為人民幣86.2億元，按年增長19.8%；經調整淨利潤為12.4億元，按年增長25%。",
			"雲帆控股(9988 HK)",
			true,
		);
		expect(units).toMatchObject({ "人民幣86.2億元": "CNY", "12.4億元": "CNY" });
	});

	it("leaves out a bare 元 whose sentence names 人民幣 and 港元 both", () => {
		const { units, left } = figures(
			"2025年上半年，公司收入為人民幣86.2億元，派息總額為10.1億港元，經調整淨利潤為12.4億元。",
			"雲帆控股(9988 HK)",
			true,
		);
		expect(units["12.4億元"]).toBeUndefined();
		expect(left.map(([text]) => text)).toContain("12.4億元");
	});

	it("does not carry 人民幣 from one sentence to the next", () => {
		const { units } = figures(
			"2025年上半年，公司收入為人民幣86.2億元。2025年上半年，公司淨利潤為12.4億元。",
			"雲帆控股(9988 HK)",
			true,
		);
		expect(units).toEqual({ "人民幣86.2億元": "CNY" });
	});
});

describe("a bare 元 in a Simplified note", () => {
	it.each([
		["2025年上半年，公司营收为1,234.5亿元，同比增长12.1%。", "1,234.5亿元"],
		["2025年上半年，公司营收为 1,234.5 亿元，同比增长12.1%。", "1,234.5 亿元"],
		["我们预计公司2025年净利润为12.4亿元。", "12.4亿元"],
	])("is CNY, for a company listed in Hong Kong too (it reports in RMB): %s", (body, written) => {
		for (const company of ["远航科技(688001.SH)", "远航科技(2388.HK)", "远航科技(2388 HK)"])
			expect(figures(body, company, false).units[written]).toBe("CNY");
	});

	it.each([
		["我们维持买入评级，目标价52.3元。", "52.3元"],
		["我们维持买入评级，目标价 52.3 元。", "52.3 元"],
		["公司当前股价为38.5元。", "38.5元"],
	])("leaves out a price per share in 元 of a company listed in Hong Kong: %s", (body, written) => {
		const { units, left } = figures(body, "远航科技(2388.HK)", false);
		expect(units[written]).toBeUndefined();
		expect(left).toContainEqual([written, expect.stringMatching(/listed in Hong Kong/u)]);
		expect(figures(body, "远航科技(688001.SH)", false).units[written]).toBe("CNY/股");
	});
});

describe("isTraditional", () => {
	it("tells a Traditional text from a Simplified one", () => {
		expect(isTraditional("公司營業收入為123.4億港元，同比增長21.5%。")).toBe(true);
		expect(isTraditional("公司营业收入为123.4亿港元，同比增长21.5%。")).toBe(false);
	});

	it("keeps a Simplified text that quotes a Traditional name Simplified", () => {
		expect(
			isTraditional("据《港嶺證券報》报道，公司营业收入为123.4亿元，同比增长21.5%，业绩符合预期。"),
		).toBe(false);
	});

	it("counts no full-width punctuation or digits as Traditional", () => {
		expect(isTraditional("１２３，４５６：（）％")).toBe(false);
	});
});

describe("a first page's 目标价 in a bare 元", () => {
	const page = (lines: { broker: string; company: string; target: string; body: string }) =>
		[
			"证券研究报告",
			lines.broker,
			"电子 买入(维持)",
			"2025年08月20日",
			"",
			lines.company,
			"AI服务器出货强劲",
			lines.target,
			"",
			"核心观点",
			"上半年业绩亮眼",
			lines.body,
			"",
			"风险提示：需求不及预期。",
		].join("\n");
	const simplifiedBody = "2025年上半年，公司营业收入为123.4亿元，同比增长21.5%。";

	it.each([
		[
			"Traditional",
			"港嶺證券",
			"遠航科技(2388 HK)",
			"目標價: 68.5元",
			"2025年上半年，公司營業收入為123.4億港元，同比增長21.5%。",
		],
		["Simplified, listed in Hong Kong", "青岚证券", "远航科技(2388 HK)", "目标价: 68.5元", simplifiedBody],
		[
			"Simplified, listed in Hong Kong, with spaces",
			"青岚证券",
			"远航科技(2388 HK)",
			"目标价 : 68.5 元",
			simplifiedBody,
		],
	])("is left out and says why: %s", (_, broker, company, target, body) => {
		const draft = draftNote(page({ broker, company, target, body }), "page.txt");
		expect(draft.note.targetPrice).toBeUndefined();
		expect(draft.empty).toContainEqual({ field: "targetPrice", text: expect.stringMatching(/Hong Kong/u) });
	});

	it("is CNY on a Traditional page whose company line names a mainland listing", () => {
		const traditional = page({
			broker: "港嶺證券",
			company: "遠航科技(688001 CH)",
			target: "目標價: 68.5元",
			body: "2025年上半年，公司營業收入為123.4億元，同比增長21.5%。",
		});
		const draft = draftNote(traditional, "page.txt");
		expect(draft.note.targetPrice).toEqual({ value: 68.5, currency: "CNY" });
		expect(draft.note.figures.map((figure) => figure.unit)).toEqual(["CNY"]);
	});

	it("is CNY on a Simplified page of a company listed in Shanghai, and HK$ is HKD anywhere", () => {
		const shanghai = page({
			broker: "青岚证券",
			company: "远航科技(688001 CH)",
			target: "目标价: 68.5元",
			body: simplifiedBody,
		});
		expect(draftNote(shanghai, "page.txt").note.targetPrice).toEqual({ value: 68.5, currency: "CNY" });
		const hongKong = page({
			broker: "青岚证券",
			company: "远航科技(2388 HK)",
			target: "目标价: HK$68.5",
			body: simplifiedBody,
		});
		expect(draftNote(hongKong, "page.txt").note.targetPrice).toEqual({ value: 68.5, currency: "HKD" });
	});
});

describe("a stock table's 目标价(元)", () => {
	const table = (header: string) =>
		[
			"证券研究报告 行业深度",
			"青岚证券 电子 增持(维持)",
			"2025年06月05日",
			"AI终端:需求回暖,创新周期开启",
			"重点推荐",
			`股票名称 股票代码 ${header} 投资评级`,
			"样例科技 688999 CH 52.60 买入",
			"示例电子 00999 HK 18.35 增持",
			"范例网络 BIDU US 120.50 买入",
		].join("\n");

	it("is CNY for a mainland ticker, and left out and listed for one listed in Hong Kong or the US", () => {
		for (const header of ["目标价(元)", "目標價(元)"]) {
			const draft = draftNote(table(header), "page.txt");
			const prices = Object.fromEntries(
				(draft.note.companies ?? []).map((company) => [company.tickers?.[0], company.targetPrice]),
			);
			expect(prices).toEqual({
				"688999 CH": { value: 52.6, currency: "CNY" },
				"00999 HK": undefined,
				"BIDU US": undefined,
			});
			expect(draft.skipped.map((number) => number.reason)).toEqual(
				expect.arrayContaining([
					"companies[1]: a target price in 元 of a ticker listed outside the mainland (CNY or HKD?)",
					"companies[2]: a target price in 元 of a ticker listed outside the mainland (CNY or USD?)",
				]),
			);
		}
	});

	it("takes each ticker's local currency under 目标价(当地币种), and 港元 where the header names it", () => {
		const local = draftNote(table("目标价(当地币种)"), "page.txt").note.companies ?? [];
		expect(local.map((company) => company.targetPrice?.currency)).toEqual(["CNY", "HKD", "USD"]);
		const named = draftNote(table("目标价(港元)"), "page.txt").note.companies ?? [];
		expect(named.map((company) => company.targetPrice?.currency)).toEqual(["HKD", "HKD", "HKD"]);
	});
});

describe("a property: no CNY figure from a bare 元 where CNY is not certain", () => {
	const amounts = [
		{ words: "營收為", price: false },
		{ words: "經調整淨利潤為", price: false },
		{ words: "目標價", price: true },
		{ words: "每股派息", price: true },
	] as const;
	const currencies = ["", "", "人民幣", "港幣", "新台幣", "RMB"] as const;
	const clause = fc.record({
		amount: fc.nat(amounts.length - 1),
		currency: fc.nat(currencies.length - 1),
		number: fc.integer({ min: 1, max: 9999 }),
		magnitude: fc.constantFrom("", "億"),
		spaced: fc.boolean(),
	});
	const note = fc.record({
		traditional: fc.boolean(),
		company: fc.constantFrom("遠航科技(2388 HK)", "遠航科技(0700.HK)", "遠航科技(688001.SH)"),
		sentences: fc.array(fc.array(clause, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
	});
	const toSimplified = (text: string) =>
		text.replace(/[營億經調淨潤為標價幣遠航臺]/gu, (character) =>
			"营亿经调净润为标价币远航台".charAt("營億經調淨潤為標價幣遠航臺".indexOf(character)),
		);

	it("holds for random sentences in Traditional and Simplified notes of companies listed anywhere", () => {
		fc.assert(
			fc.property(note, (spec) => {
				const body = spec.sentences
					.map(
						(clauses) =>
							`2025年上半年，公司${clauses
								.map((part) => {
									const { words } = amounts[part.amount] as (typeof amounts)[number];
									const gap = part.spaced ? " " : "";
									return `${words}${currencies[part.currency]}${gap}${part.number}${gap}${part.magnitude}元`;
								})
								.join("，")}。`,
					)
					.join("");
				const text = spec.traditional ? body : toSimplified(body);
				const company = spec.traditional ? spec.company : toSimplified(spec.company);
				const hongKong = /HK/u.test(company);
				// A company listed on the mainland reports and trades in CNY: its bare 元 is CNY.
				if (/\.SH/u.test(company)) return;
				const draft = draftNote(repost(text, company, spec.traditional), "note.txt");
				for (const figure of draft.note.figures) {
					if (!figure.unit.startsWith("CNY")) continue;
					const sentence = text.split("。").find((each) => each.includes(figure.quote)) ?? "";
					const upTo = sentence.slice(0, sentence.indexOf(figure.quote) + figure.quote.length);
					const named = /人民[幣币]|RMB/u.test(upTo) && !/[港台]幣|[港台]币/u.test(upTo);
					if (spec.traditional) expect(named, figure.quote).toBe(true);
					else if (hongKong && figure.unit === "CNY/股") expect(named, figure.quote).toBe(true);
				}
				for (const figure of draft.note.figures)
					if (/港[幣币]/u.test(figure.quote) && !/人民/u.test(figure.display.zh ?? ""))
						expect(figure.unit.startsWith("CNY"), figure.quote).toBe(false);
			}),
			{ numRuns: 150 },
		);
	});
});
