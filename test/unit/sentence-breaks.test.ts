import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sentenceEnds } from "../../source/text/sentence-breaks.ts";

function icuEnds(text: string, locale: string): number[] {
	return [...new Intl.Segmenter(locale, { granularity: "sentence" }).segment(text)].map(
		({ index, segment }) => index + segment.length,
	);
}

// Characters of every class, the terminators and what follows them most often.
const alphabet = [
	..."aAzZ09.!? \t\n\r\"'()[]{},-:;#%/&",
	..."。！？、，：；“”‘’（）《》「」【】\u3000",
	..."中文本公众号",
];
const texts = fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }).map((chars) => chars.join(""));

describe("sentenceEnds", () => {
	it("finds the boundaries ICU finds, in English and in Chinese", () => {
		fc.assert(
			fc.property(texts, (text) => {
				const ends = sentenceEnds(text);
				if (ends === undefined) return;
				expect(ends).toEqual(icuEnds(text, "en"));
				expect(ends).toEqual(icuEnds(text, "zh"));
			}),
			{ numRuns: 20_000 },
		);
	});

	it("leaves a text with a character it does not know to ICU", () => {
		expect(sentenceEnds("Price — up 5%.")).toBeUndefined();
		expect(sentenceEnds("Done… next")).toBeUndefined();
		expect(sentenceEnds("A. Analyst wrote it. Then more.")).toEqual([3, 21, 31]);
	});

	it("splits the bundled notes' disclaimers itself, as ICU does", () => {
		for (const file of [
			"data/notes/huatai-2024-05-07-microsoft-mai-1.json",
			"test/fixtures/minimal-note.json",
		]) {
			const { disclaimer } = JSON.parse(readFileSync(file, "utf8")) as { disclaimer: Record<string, string> };
			for (const [language, text] of Object.entries(disclaimer)) {
				expect(sentenceEnds(text), `${file} ${language}`).toEqual(icuEnds(text, language));
			}
		}
	});
});
