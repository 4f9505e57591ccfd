import { describe, expect, it } from "vitest";
import { firstSentence, rememberSentenceEnds, sentenceEndsFound } from "../../source/text/sentences.ts";

describe("firstSentence", () => {
	it("reads on past a company's Co., Ltd., a title and an initial", () => {
		expect(
			firstSentence(
				'It is not a platform on which Example Securities Co., Ltd. ("Example") publishes reports. Other readers must assess it.',
				"en",
			),
		).toEqual({
			sentence: 'It is not a platform on which Example Securities Co., Ltd. ("Example") publishes reports.',
			cut: true,
		});
		expect(firstSentence("Ask Mr. Li of Widget Inc. about it. He knows.", "en").sentence).toBe(
			"Ask Mr. Li of Widget Inc. about it.",
		);
		expect(firstSentence("A. Analyst wrote it. Then more.", "en").sentence).toBe("A. Analyst wrote it.");
	});

	it("ends a Chinese sentence at 。!? with no space after it", () => {
		expect(firstSentence("本公众号仅供客户参考使用。其他读者请自行评估。", "zh")).toEqual({
			sentence: "本公众号仅供客户参考使用。",
			cut: true,
		});
		expect(firstSentence("风险提示!需求不及预期。", "zh").sentence).toBe("风险提示!");
	});

	it("says nothing is cut from a text of one sentence, or of none", () => {
		expect(firstSentence("One sentence only.  ", "en")).toEqual({
			sentence: "One sentence only.",
			cut: false,
		});
		expect(firstSentence("no full stop at all", "en")).toEqual({
			sentence: "no full stop at all",
			cut: false,
		});
		expect(firstSentence("", "en")).toEqual({ sentence: "", cut: false });
	});
});

describe("remembered sentence ends", () => {
	it("are used instead of segmenting the text again", () => {
		// Ends no segmenter would give: the first sentence is cut where they say, so the test can fail.
		rememberSentenceEnds([["en-x-remembered", "Hello world. More here.", [5, 23]]]);
		expect(firstSentence("Hello world. More here.", "en-x-remembered")).toEqual({
			sentence: "Hello",
			cut: true,
		});
	});

	it("are ignored when they do not rise within the text", () => {
		rememberSentenceEnds([
			["en-x-bad", "One. Two.", [5, 4]],
			["en-x-long", "One. Two.", [50]],
			["en-x-half", "One. Two.", [2.5]],
		]);
		for (const locale of ["en-x-bad", "en-x-long", "en-x-half"]) {
			expect(firstSentence("One. Two.", locale)).toEqual({ sentence: "One.", cut: true });
		}
	});

	it("are what Intl.Segmenter found in this run, as far as the first sentence needed them", () => {
		const text = "Ask Mr. Li about it. He knows. The rest held.";
		expect(firstSentence(text, "en").sentence).toBe("Ask Mr. Li about it.");
		const found = sentenceEndsFound().find(([locale, known]) => locale === "en" && known === text);
		// ICU ends a segment after Mr., which is read past; the sentences after "it. " are not needed.
		expect(found?.[2]).toEqual([text.indexOf("Li"), text.indexOf("He")]);
	});
});
