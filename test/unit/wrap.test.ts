import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { characterWidth, textWidth } from "../../source/text/width.ts";
import { wrapText } from "../../source/text/wrap.ts";

const chinese =
	"微软发布了自研大模型MAI-1，参数规模约5000亿，我们认为这标志着其在模型端的布局进一步深化。" +
	"算力端，公司资本开支同比增长79%，主要用于数据中心建设；应用端，GitHub Copilot付费用户已超过130万。";
const english =
	"Microsoft is training MAI-1, an in-house model of about 500B parameters, which we see as a sign that " +
	"its model strategy is deepening. Capital expenditure rose 79% year on year, mostly on data centres.";
const mixed =
	"GitHub Copilot付费用户超130万（同比+30%），Azure AI客户达53,000家，其中1/3为新客户。Revenue grew fast.";
const emoji = "👩‍💻 coders 🇨🇳🇬🇧 flags 😀😀😀😀😀😀😀😀😀😀 smileys e\u0301 accents 👍🏽👍🏽";
const longWord = "a".repeat(5000);
const longChinese = "字".repeat(5000);

const withoutSpace = (text: string) => text.replace(/\s/gu, "");

const samples = { chinese, english, mixed, emoji, longWord, longChinese };
const widths = [2, 3, 7, 20, 40, 100];

describe("wrapText: fits and loses nothing", () => {
	for (const [name, text] of Object.entries(samples)) {
		it(`wraps ${name} text within widths ${widths.join(", ")}`, () => {
			for (const width of widths) {
				const lines = wrapText(text, width);
				for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(width);
				expect(withoutSpace(lines.join(""))).toBe(withoutSpace(text));
			}
		});
	}

	it("uses the room it has: a 5,000-character word makes full lines", () => {
		const lines = wrapText(longWord, 40);
		expect(lines).toHaveLength(125);
		for (const line of lines) expect(line).toHaveLength(40);
		expect(wrapText(longChinese, 41)).toHaveLength(250);
	});

	it("treats widths under 2 as 2, the width of one Chinese character", () => {
		expect(wrapText("中文", 1)).toEqual(["中", "文"]);
		expect(wrapText("中文", 0)).toEqual(["中", "文"]);
		expect(wrapText("abc", 2.9)).toEqual(["ab", "c"]);
	});
});

describe("wrapText: where it breaks", () => {
	it("breaks between words and drops the space at the break", () => {
		expect(wrapText("hello world foo", 11)).toEqual(["hello world", "foo"]);
		expect(wrapText("hello world foo", 10)).toEqual(["hello", "world foo"]);
	});

	it("does not split a Latin word that fits on a line", () => {
		for (const width of [12, 20, 40]) {
			const words = wrapText(english, width).flatMap((line) => line.split(" ").filter(Boolean));
			expect(words).toEqual(english.split(" "));
		}
		// At 7 columns the words of up to 7 letters still come out whole.
		const tokens = wrapText(english, 7).flatMap((line) => line.split(" "));
		for (const word of english.split(" ").filter((word) => word.length <= 7)) expect(tokens).toContain(word);
	});

	it("keeps a Latin word whole next to Chinese", () => {
		// Naively filling each line would split "Copilot" after "Cop".
		expect(wrapText("付费Copilot用户", 7)).toEqual(["付费", "Copilot", "用户"]);
	});

	it("splits a word only when it is wider than the line", () => {
		expect(wrapText("supercalifragilistic is long", 7)).toEqual(["superca", "lifragi", "listic", "is long"]);
	});

	it("breaks between Chinese characters", () => {
		expect(wrapText("一二三四五六七", 6)).toEqual(["一二三", "四五六", "七"]);
		expect(wrapText("一二三四五六七", 7)).toEqual(["一二三", "四五六", "七"]);
	});

	it.each([",", "，", "。", ")", "）", "、", "！", "》"])("never starts a line with %s", (mark) => {
		// "中文中文" fills 8 columns, so a naive wrap would start the next line with the mark.
		const lines = wrapText(`中文中文${mark}中文`, 8);
		expect(lines.slice(1).every((line) => !line.startsWith(mark))).toBe(true);
		expect(lines[0]).toBe("中文中");
		expect(lines.join("")).toBe(`中文中文${mark}中文`);
	});

	it.each(["(", "（", "《", "“", "「"])("never ends a line with %s", (mark) => {
		// "中文中" plus the mark fits in 8 columns, so a naive wrap would leave the mark at the end.
		const lines = wrapText(`中文中${mark}书名`, 8);
		expect(lines.slice(0, -1).every((line) => !line.endsWith(mark))).toBe(true);
		expect(lines[0]).toBe("中文中");
		expect(lines.join("")).toBe(`中文中${mark}书名`);
	});

	it("keeps the punctuation rules in a real paragraph at every width", () => {
		const text = "微软（Microsoft）发布《MAI-1》模型，参数约5000亿。我们认为：算力、模型、应用三端共振！";
		const closing = [..."，。、；：！？）》"];
		const opening = [..."（《"];
		for (let width = 14; width <= 60; width += 1) {
			const lines = wrapText(text, width);
			expect(lines.join("")).toBe(text);
			for (const line of lines.slice(1)) expect(closing).not.toContain(line[0]);
			for (const line of lines.slice(0, -1)) expect(opening).not.toContain(line.at(-1));
		}
	});

	it("starts a new line at every newline", () => {
		expect(wrapText("ab\ncd", 40)).toEqual(["ab", "cd"]);
		expect(wrapText("a\n\nb\n", 40)).toEqual(["a", "", "b", ""]);
		expect(wrapText("", 40)).toEqual([""]);
	});

	it("drops trailing spaces", () => {
		expect(wrapText("trailing   ", 40)).toEqual(["trailing"]);
	});

	it("does not start a wrapped line with a space left over from a run of spaces", () => {
		const lines = wrapText("Orders rose.  Margins held.", 12);
		expect(lines).toEqual(["Orders rose.", "Margins", "held."]);
	});
});

describe("wrapText: properties", () => {
	const texts = fc.oneof(
		fc.string({ unit: "binary", maxLength: 200 }),
		fc.string({ unit: "grapheme", maxLength: 200 }),
		fc
			.array(
				fc.constantFrom(
					"中",
					"文",
					"，",
					"。",
					"（",
					"）",
					"《",
					"》",
					"word",
					" ",
					"  ",
					"\n",
					"👩‍💻",
					"12.5%",
				),
				{
					maxLength: 80,
				},
			)
			.map((parts) => parts.join("")),
	);

	it("fits every line in the width and loses no character but whitespace", () => {
		fc.assert(
			fc.property(texts, fc.integer({ min: 2, max: 120 }), (text, width) => {
				const lines = wrapText(text, width);
				for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(width);
				expect(withoutSpace(lines.join(""))).toBe(withoutSpace(text));
			}),
			{ numRuns: 400 },
		);
	});

	it("breaks printable ASCII (its fast path) where it breaks any text of narrow letters", () => {
		// é is one column and no CJK rule applies to it, like x: a line with it takes the general path.
		const ascii = fc
			.array(fc.constantFrom("x", "xx", "xxxxxxxxxxxx", " ", "  ", "(", ")", ",", "."), { maxLength: 60 })
			.map((parts) => parts.join(""));
		fc.assert(
			fc.property(ascii, fc.integer({ min: 2, max: 30 }), (text, width) => {
				const general = wrapText(`${text.replaceAll("x", "é")}é`, width).map((line) =>
					line.replaceAll("é", "x"),
				);
				expect(wrapText(`${text}x`, width)).toEqual(general);
			}),
			{ numRuns: 400 },
		);
	});

	it("gives a line that fits as it is, without its trailing spaces", () => {
		fc.assert(
			fc.property(texts, (text) => {
				for (const line of text.split("\n")) {
					if (textWidth(line) <= 100) expect(wrapText(line, 100)).toEqual([line.trimEnd()]);
				}
			}),
			{ numRuns: 200 },
		);
	});

	it("gives one line per source line when everything fits", () => {
		fc.assert(
			fc.property(fc.array(fc.stringMatching(/^[a-z]{0,10}$/u), { maxLength: 5 }), (parts) => {
				const text = parts.join("\n");
				expect(wrapText(text, 40)).toEqual(text.split("\n"));
			}),
		);
	});
});

describe("wrapText: long paragraphs of joining characters", () => {
	it("segments each part of a long paragraph a few times at most, a window at a time", () => {
		const segment = vi.spyOn(Intl.Segmenter.prototype, "segment");
		try {
			for (const text of ["👩‍💻e\u0301🇨🇳".repeat(20_000), "re\u0301sume\u0301 cafe\u0301 ".repeat(7_500)]) {
				segment.mockClear();
				const lines = wrapText(text, 40);
				expect(lines.length).toBeGreaterThan(1000);
				const lengths = segment.mock.calls.map(([input]) => input.length);
				expect(Math.max(...lengths)).toBeLessThanOrEqual(600);
				expect(lengths.reduce((sum, length) => sum + length, 0)).toBeLessThanOrEqual(4 * text.length);
			}
		} finally {
			segment.mockRestore();
		}
	});
});

describe("wrapText: characters wider than the line", () => {
	// A letter with several spacing marks takes a column for each (string-width counts them so).
	it.each([
		["a letter with twelve vowel signs", `क${"ि".repeat(12)}`],
		["a musical symbol with its stem and flag", "𝅘𝅥𝅮"],
		["leading jamo before a syllable", "ᄀᄀᄀᄀ가"],
	])("breaks %s between its code points to fit", (_, text) => {
		expect(characterWidth(text)).toBeGreaterThan(2);
		for (const width of [2, 3, 5]) {
			const lines = wrapText(text, width);
			for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(width);
			expect(lines.join("")).toBe(text);
		}
	});
});

describe("wrapText: long unbroken words (URLs, base64, digit runs)", () => {
	// A word with no space in it: Latin, digits, URL and base64 punctuation, wide characters, emoji.
	const unbroken = fc
		.array(fc.constantFrom("a", "Z", "9", "/", "+", "=", ":", ".", "-", "_", "%", "中", "👍🏽", "e\u0301"), {
			minLength: 1,
			maxLength: 40,
		})
		.chain((unit) =>
			fc
				.integer({ min: 200, max: 20_000 })
				.map((times) => unit.join("").repeat(Math.ceil(times / unit.length))),
		);

	it("keeps every character in order, fits the width, and fills each line but the last", () => {
		fc.assert(
			fc.property(unbroken, fc.integer({ min: 2, max: 200 }), (word, width) => {
				const lines = wrapText(word, width);
				expect(lines.join("")).toBe(word);
				// Without wide characters the word is one piece, cut only where the next character would not
				// fit (wide characters may also break between them, and fill lines less).
				if (!/[中👍]/u.test(word)) for (const line of lines.slice(0, -1)) expect(textWidth(line)).toBe(width);
				for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(width);
			}),
			{ numRuns: 25 },
		);
	}, 60_000);

	it("wraps a 2 MB word into full lines", () => {
		const word = "0123456789abcdef".repeat(128 * 1024);
		const lines = wrapText(word, 80);
		expect(lines).toHaveLength(Math.ceil(word.length / 80));
		expect(lines.every((line, index) => line === word.slice(index * 80, index * 80 + 80))).toBe(true);
	});
});
