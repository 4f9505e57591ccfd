import { describe, expect, it } from "vitest";
import { bm25 } from "../../source/library/index/bm25.ts";
import { charText, gramText, termQueries } from "../../source/library/index/index-text.ts";

describe("the full-text tables' text and queries", () => {
	it("holds each Chinese character and each pair of neighbours, runs apart", () => {
		expect(charText("资本开支 up 3% 算力")).toBe("资 本 开 支 资本 本开 开支 , 算 力 算力");
		expect(gramText("资本开支 up 3%")).toBe("  up 3%");
	});

	it("asks for a Chinese term's pairs (a single character by itself) and another term's trigrams", () => {
		expect(termQueries("资本开支")).toEqual({ grams: [], chars: ['"资本"', '"本开"', '"开支"'] });
		expect(termQueries("微")).toEqual({ grams: [], chars: ['"微"'] });
		expect(termQueries("zebrafish")).toEqual({ grams: ['"zeb"', '"raf"', '"ish"'], chars: [] });
		// Too short to narrow, once each, and a quote quoted.
		expect(termQueries("ai")).toEqual({ grams: [], chars: [] });
		expect(termQueries('a"a"a"a')).toEqual({ grams: ['"a""a"', '"""a"""'], chars: [] });
	});

	it("asks only for tokens the tables hold for any text that has the term", () => {
		for (const [text, term] of [
			["the zebrafish 资本开支增长", "bra"],
			["the zebrafish 资本开支增长", "本开支"],
			["800g出货", "800g出"],
		] as const) {
			const { grams, chars } = termQueries(term);
			const held = new Set([
				...charText(text).split(" "),
				...Array.from(gramText(text)).flatMap((_, at, all) => all.slice(at, at + 3).join("")),
			]);
			for (const token of [...grams, ...chars]) expect(held.has(token.slice(1, -1)), token).toBe(true);
		}
	});
});

describe("bm25", () => {
	const stats = { notes: 100, meanLength: 40 };

	it("ranks a text with the term more often above one with it once, and one without it at 0", () => {
		const [often, once, none] = bm25(
			["capex capex capex and more text here", "capex and more text here ....", "nothing at all"],
			["capex"],
			stats,
		);
		expect(often).toBeGreaterThan(once ?? 0);
		expect(once).toBeGreaterThan(0);
		expect(none).toBe(0);
	});

	it("weighs a rare term above a common one, and a short text above a long one", () => {
		const texts = ["rare common", "common", "common", "common"];
		const [both, common] = bm25(texts, ["rare", "common"], { notes: 4, meanLength: 8 });
		expect(both).toBeGreaterThan(common ?? 0);
		const [short, long] = bm25(["capex", `capex ${"x".repeat(200)}`], ["capex"], stats);
		expect(short).toBeGreaterThan(long ?? 0);
	});
});
