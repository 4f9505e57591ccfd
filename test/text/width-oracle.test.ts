import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { splitGraphemes, textWidth } from "../../source/text/width.ts";

// briefing measures text itself, to keep string-width off the start-up path; string-width, which
// Ink uses to lay out the reader, is the oracle that both must agree with.
describe("textWidth", () => {
	it("agrees with string-width on every code point up to U+2FFFF", () => {
		const disagreements: string[] = [];
		for (let codePoint = 0; codePoint < 0x30000; codePoint += 1) {
			if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
			const character = String.fromCodePoint(codePoint);
			if (textWidth(character) !== stringWidth(character)) disagreements.push(codePoint.toString(16));
		}
		expect(disagreements).toEqual([]);
	});

	it.each([
		"👩‍💻",
		"🇨🇳",
		"e\u0301",
		"1️⃣",
		"❤️",
		"❤",
		"©",
		"👍🏽",
		"🏳️‍🌈",
		"中文abc，。",
		"\u200b",
		"a\u0308\u0308",
		"ｱｲｳ",
		"한국어",
		"Ｆｕｌｌ",
		"mixed 中文 and 👩‍💻 text",
	])("agrees with string-width on %j", (text) => {
		expect(textWidth(text)).toBe(stringWidth(text));
	});
});

describe("splitGraphemes", () => {
	const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
	const reference = (text: string) => Array.from(segmenter.segment(text), (part) => part.segment);

	it("splits like Intl.Segmenter around every code point up to U+2FFFF", () => {
		const disagreements: string[] = [];
		for (let codePoint = 0; codePoint < 0x30000; codePoint += 1) {
			if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
			const character = String.fromCodePoint(codePoint);
			for (const text of [`${character}a`, `a${character}`]) {
				if (splitGraphemes(text).length !== reference(text).length)
					disagreements.push(codePoint.toString(16));
			}
		}
		expect(disagreements).toEqual([]);
	});

	it("splits like Intl.Segmenter, whatever the text", () => {
		fc.assert(
			fc.property(
				fc.string({ unit: "grapheme", maxLength: 40 }),
				fc.string({ unit: "binary", maxLength: 40 }),
				(a, b) => {
					expect(splitGraphemes(a + b)).toEqual(reference(a + b));
				},
			),
			{ numRuns: 3000 },
		);
	});

	it.each([
		"👩‍💻a",
		"e\u0301x",
		"🇨🇳🇺🇸",
		"각\u11a8",
		"\u0600\u0661",
		"\u{11f02} ",
		"กำ",
		"a\r\nb",
		"中文，English。",
	])("splits %j like Intl.Segmenter", (text) => {
		expect(splitGraphemes(text)).toEqual(reference(text));
	});
});
