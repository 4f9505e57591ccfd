import { describe, expect, it } from "vitest";
import { locateQuote, quoteParagraph } from "../../source/app/original/quote-lines.ts";

describe("locateQuote", () => {
	it("finds a quote across the lines it was wrapped over, one part per line", () => {
		expect(
			locateQuote(["合计资本开支443.5亿美元,同增", "35%,增速比23Q4提升26pct。"], "同增35%,增速"),
		).toEqual([
			{ line: 0, start: 15, end: 17 },
			{ line: 1, start: 0, end: 6 },
		]);
	});

	it("reads past spacing and full-width forms that differ from the quote's", () => {
		expect(locateQuote(["Copilot  Studio 客户数超３万家"], "copilot studio客户数超3万家")).toEqual([
			{ line: 0, start: 0, end: 23 },
		]);
	});

	it("finds nothing when the text does not hold the quote, or the quote is empty", () => {
		expect(locateQuote(["MAI-1拥有大约5000亿参数"], "MAI-2")).toEqual([]);
		expect(locateQuote(["MAI-1"], "  ")).toEqual([]);
	});
});

describe("the paragraph Y copies over the original text", () => {
	const text = "First paragraph, about revenue.\n  资本开支 同增 35%,\n超出预期。\nLast one.";
	it("is the paragraph where the quote starts, however it is spaced", () => {
		expect(quoteParagraph(text, "资本开支同增35%", "")).toBe("资本开支 同增 35%,");
	});
	it("is the paragraph of the top line shown when the text does not hold the quote", () => {
		expect(quoteParagraph(text, "not there", "Last  one.")).toBe("Last one.");
		expect(quoteParagraph(text, "not there", "")).toBeUndefined();
	});
});
