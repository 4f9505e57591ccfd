import { describe, expect, it } from "vitest";
import { firstSentence } from "../../source/text/sentences.ts";

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
