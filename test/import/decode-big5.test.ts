import { describe, expect, it } from "vitest";
import { BriefingError } from "../../source/base/briefing-error.ts";
import { readInputText } from "../../source/import/input-text.ts";
import { big5 } from "../support/big5.ts";

// Fictional notes in the shapes Traditional Chinese notes take: an HK broker's morning digest with
// full-width punctuation, a Taiwanese company note with spaces and half-width punctuation, a short
// rating line.
const notes = {
	digest: [
		"青嵐證券 晨會紀要 2025年3月4日",
		"【個股點評】寶島電子（2330 TT）：維持「買入」評級，目標價新台幣1,180元。",
		"公司公布第四季營收新台幣8,688億元，按年增長38.8%，按季增長14.3%；毛利率59.0%，優於預期。",
		"風險提示：終端需求不如預期；匯率波動。",
		"分析師：陳大文（證監會中央編號：BQZ938）",
	].join("\n"),
	spaced: [
		"Example Research 研究報告   2025/01/02",
		"範例科技 (6666 TW) 評等: 買進  目標價: NT$ 520",
		"我們 預估 2025 年 營收 年成長 12% , 每股 盈餘 NT$ 28.5 元 。",
		"主要 風險 : 客戶 拉貨 動能 減弱 。",
	].join("\n"),
	short: "維持買入評級，目標價120港元。\n",
};

const refusal = (bytes: Uint8Array, file = "note.txt") => {
	try {
		readInputText(bytes, file);
	} catch (error) {
		expect(error).toBeInstanceOf(BriefingError);
		expect((error as BriefingError).kind).toBe("invalid-input");
		return (error as BriefingError).message;
	}
	throw new Error("read, not refused");
};

describe("a Big5 text given to import", () => {
	it.each(Object.entries(notes))(
		"is said to be Big5, at its first byte that is not UTF-8 (%s)",
		(_, text) => {
			const bytes = big5(text);
			const offset = bytes.findIndex((byte) => byte >= 0x80);
			const before = text.slice(0, text.search(/[^\u0000-\u007f]/u));
			const line = before.split("\n").length;
			const column = (before.split("\n").at(-1)?.length ?? 0) + 1;
			const message = refusal(bytes);
			expect(message).toBe(
				`note.txt:${line}:${column}: byte ${offset} starts Big5 (Traditional Chinese) text, which briefing does not read; convert it to UTF-8 first: iconv -f BIG5 -t UTF-8 note.txt > note.utf8.txt`,
			);
			expect(message).not.toContain("\n");
		},
	);

	it("names Big5-HKSCS where the text has a Hong Kong character standard Big5 lacks", () => {
		// 0x8B 0xDC is in HKSCS's area (lead bytes 0x87–0xA0): 啲 in Big5-HKSCS, nothing in Big5.
		const bytes = Buffer.concat([
			big5(`${notes.digest}\n市場睇好呢隻股,`),
			Buffer.from([0x8b, 0xdc]),
			big5("投資者都買。"),
		]);
		const message = refusal(bytes, "hk digest.txt");
		expect(message).toMatch(/^hk digest\.txt:1:1: byte 0 starts Big5 \(Traditional Chinese\) text/u);
		expect(message).toContain("iconv -f BIG5-HKSCS -t UTF-8 'hk digest.txt' > 'hk digest.utf8.txt'");
	});

	it.each(["鑫晶科技\n", "鑫晶科技。\n"])(
		"is suggested, with iconv, where a short text cannot be told from GBK (%j)",
		(text) => {
			expect(refusal(big5(text))).toBe(
				"note.txt:1:1: byte 0 is neither UTF-8, UTF-16 nor GBK/GB18030 Chinese; if the file is Big5 (Traditional Chinese), convert it to UTF-8 first: iconv -f BIG5 -t UTF-8 note.txt > note.utf8.txt",
			);
		},
	);

	it("is not claimed for GBK with a broken byte, nor for Latin-1", () => {
		const simplified = new TextDecoder("gb18030");
		// 营收同比增长 in GBK, then a lone lead byte and more GBK text.
		const bytes = Buffer.from([
			0xd3, 0xaa, 0xca, 0xd5, 0xcd, 0xac, 0xb1, 0xc8, 0xd4, 0xf6, 0xb3, 0xa4, 0x81, 0x0a, 0xd3, 0xaa, 0xca,
			0xd5,
		]);
		expect(simplified.decode(bytes.subarray(0, 12))).toBe("营收同比增长");
		expect(refusal(bytes)).toMatch(/^note\.txt:1:2: byte 2 is neither UTF-8 nor GBK\/GB18030 Chinese;/u);
		// UTF-8 Chinese with one byte broken is UTF-8 gone wrong, not Big5.
		const utf8 = Buffer.from("华泰证券：维持买入评级，目标价45.6元。\n营收同比增长35%。");
		utf8[4] = 0xff;
		expect(refusal(utf8)).toMatch(/^note\.txt:1:2: byte 3 is neither UTF-8 nor GBK\/GB18030 Chinese;/u);
		expect(refusal(Buffer.from("caf\u00e9 cr\u00e8me br\u00fbl\u00e9e", "latin1"))).toMatch(
			/^note\.txt:1:4: byte 3 is neither UTF-8 nor GBK\/GB18030 Chinese/u,
		);
	});
});
