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
		// Clusters whose later code points take columns of their own: spacing marks, the half-width
		// voiced marks, a prepended mark before digits, leading jamo before a syllable.
		"कि",
		"हिन्दी की किताबें पढ़िए",
		"नमः",
		"ক্ষি",
		"ﾊﾟｿｺﾝｹﾞｰﾑ",
		"\u0600\u0661\u0662",
		"\u06dd\u0661",
		"ᄀ가ᄂ나",
		"ᄀᄀ가",
		"ᄒ\u1161\u11ab",
		"𝅘𝅥𝅮",
		`क${"ि".repeat(12)}`,
		"1\u20e3",
		"👩\u200d💻\u0301",
		`a${"\u0301".repeat(100)}`,
	])("agrees with string-width on %j", (text) => {
		expect(textWidth(text)).toBe(stringWidth(text));
	});

	it("agrees with string-width, whatever the text", () => {
		// string-width skips ANSI escape sequences; briefing's text never holds any (see sanitize.ts).
		const text = fc
			.array(
				fc.oneof(
					fc.string({ unit: "grapheme", maxLength: 8 }),
					fc.string({ unit: "binary", maxLength: 8 }),
					fc.constantFrom(
						"ि",
						"ः",
						"ﾞ",
						"ﾟ",
						"\u0600",
						"ᄀ",
						"\u1161",
						"\u11a8",
						"\u200d",
						"\ufe0f",
						"🇨",
						"\u0301",
					),
				),
				{ maxLength: 10 },
			)
			.map((parts) => parts.join("").replace(/[\u001b\u009b]/g, ""));
		fc.assert(
			fc.property(text, (value) => {
				expect(textWidth(value)).toBe(stringWidth(value));
			}),
			{ numRuns: 3000 },
		);
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

	it("splits like Intl.Segmenter over long texts, a window at a time", () => {
		// Long runs of joining characters are segmented a few hundred code units at a time.
		const part = fc.oneof(
			fc.string({ unit: "grapheme", maxLength: 20 }),
			fc.string({ unit: "binary", maxLength: 10 }),
			fc.constantFrom(
				"🇨🇳🇺🇸",
				"🇨",
				"\u0301",
				"ि",
				"\u200d",
				"👩‍💻",
				"\r\n",
				"\r",
				"ᄀ",
				"가",
				"\u11a8",
				"\u0600",
			),
		);
		const long = fc
			.tuple(
				fc.array(part, { maxLength: 300 }),
				fc.nat({ max: 700 }),
				fc.constantFrom("🇨🇳", "\u0301", "👍🏽", "e\u0301"),
			)
			.map(([parts, repeat, run]) => {
				const text = parts.join("");
				const at = Math.floor(text.length / 2);
				return `${text.slice(0, at)}${run.repeat(repeat)}${text.slice(at)}`;
			});
		fc.assert(
			fc.property(long, (text) => {
				expect(splitGraphemes(text)).toEqual(reference(text));
			}),
			{ numRuns: 300 },
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
