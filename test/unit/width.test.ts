import { describe, expect, it, vi } from "vitest";
import { pad, splitGraphemes, textWidth, truncate } from "../../source/text/width.ts";

describe("textWidth", () => {
	it("counts terminal columns", () => {
		expect(textWidth("abc")).toBe(3);
		expect(textWidth("中文")).toBe(4);
		expect(textWidth("，。")).toBe(4);
		expect(textWidth("👩‍💻")).toBe(2);
		expect(textWidth("e\u0301")).toBe(1);
		expect(textWidth("")).toBe(0);
	});
});

describe("splitGraphemes", () => {
	it("keeps emoji sequences and accented letters whole", () => {
		expect(splitGraphemes("a👩‍💻e\u0301中")).toEqual(["a", "👩‍💻", "e\u0301", "中"]);
		expect(splitGraphemes("🇨🇳🇬🇧")).toEqual(["🇨🇳", "🇬🇧"]);
	});
});

describe("splitGraphemes: time in step with the text's length", () => {
	// Intl.Segmenter's time grows with the square of what it is given at once (seconds for 100,000
	// characters), so it must only ever see short windows of a long text, each code unit once or so.
	function segmenterCalls(text: string): { longest: number; total: number } {
		const segment = vi.spyOn(Intl.Segmenter.prototype, "segment");
		try {
			splitGraphemes(text);
			const lengths = segment.mock.calls.map(([input]) => input.length);
			return { longest: Math.max(0, ...lengths), total: lengths.reduce((sum, length) => sum + length, 0) };
		} finally {
			segment.mockRestore();
		}
	}

	it.each([
		["emoji, accents and flags", "👩‍💻e\u0301🇨🇳".repeat(20_000)],
		["decomposed accents", "re\u0301sume\u0301 cafe\u0301 ".repeat(7_500)],
		["Chinese with one emoji", `${"需求持续增长。".repeat(14_000)}👍🏽`],
		["100,000 flags", "🇨🇳".repeat(50_000)],
		["Hindi", "हिन्दी की किताबें पढ़िए। ".repeat(5_000)],
	])("never gives Intl.Segmenter more than a window of %s", (_, text) => {
		const { longest, total } = segmenterCalls(text);
		expect(longest).toBeLessThanOrEqual(600);
		expect(total).toBeLessThanOrEqual(2 * text.length);
	});

	it("segments a character longer than a window whole, in a few calls", () => {
		const text = `x${"a\u0301".repeat(1000)}b${"\u0301".repeat(100_000)}c`;
		const { total } = segmenterCalls(text);
		expect(total).toBeLessThanOrEqual(4 * text.length);
		const parts = splitGraphemes(text);
		expect(parts.length).toBe(1003);
		expect(parts.at(-2)).toBe(`b${"\u0301".repeat(100_000)}`);
	});

	it("leaves text with nothing that joins to split by code point", () => {
		const { total } = segmenterCalls("中文 English，".repeat(10_000));
		expect(total).toBe(0);
	});
});

describe("pad", () => {
	it("pads on the right by default and on the left when asked, counting columns", () => {
		expect(pad("ab", 5)).toBe("ab   ");
		expect(pad("中", 5)).toBe("中   ");
		expect(pad("中", 5, "right")).toBe("   中");
		expect(pad("12", 4, "right")).toBe("  12");
	});

	it("leaves text at or over the width alone", () => {
		expect(pad("中文", 4)).toBe("中文");
		expect(pad("中文", 3, "right")).toBe("中文");
	});
});

describe("truncate", () => {
	it("returns text that fits unchanged", () => {
		expect(truncate("abc", 3)).toBe("abc");
		expect(truncate("中文", 4)).toBe("中文");
	});

	it("cuts with an ellipsis", () => {
		expect(truncate("abcdef", 4)).toBe("abc…");
		expect(truncate("中文中文", 5)).toBe("中文…");
	});

	it("drops a wide character that would straddle the edge", () => {
		expect(truncate("中文中文", 4)).toBe("中…");
		expect(truncate("a中文", 3)).toBe("a…");
	});

	it("keeps graphemes whole", () => {
		expect(truncate("👩‍💻👩‍💻👩‍💻", 5)).toBe("👩‍💻👩‍💻…");
		expect(truncate("e\u0301e\u0301e\u0301", 2)).toBe("e\u0301…");
	});

	it("returns nothing for no room", () => {
		expect(truncate("abc", 0)).toBe("");
		expect(truncate("abc", -3)).toBe("");
	});

	it("never exceeds the width, and ends with … whenever it cuts", () => {
		const texts = [
			"微软发布MAI-1模型，参数约5000亿",
			"GitHub Copilot 付费用户",
			"👩‍💻🇨🇳中a文b",
			"x".repeat(50),
		];
		for (const text of texts) {
			for (let width = 1; width <= 40; width += 1) {
				const result = truncate(text, width);
				expect(textWidth(result)).toBeLessThanOrEqual(width);
				if (textWidth(text) > width) {
					expect(result.endsWith("…")).toBe(true);
					expect(text.startsWith(result.slice(0, -1))).toBe(true);
					// It uses the room it has: at most one column is left over (a wide character that did not fit).
					expect(textWidth(result)).toBeGreaterThanOrEqual(width - 1);
				} else {
					expect(result).toBe(text);
				}
			}
		}
	});
});
