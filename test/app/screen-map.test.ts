import { describe, expect, it } from "vitest";
import type { MouseInput } from "../../source/app/keys/decode-keys.ts";
import { mouseTarget, type ScreenMap, tabSpans } from "../../source/app/mouse/screen-map.ts";

const screen: ScreenMap = {
	body: { top: 4, height: 10 },
	tabs: {
		row: 3,
		spans: [
			{ start: 1, end: 9 },
			{ start: 9, end: 15 },
		],
	},
};
const at = (action: MouseInput["action"], column: number, row: number, button = 0): MouseInput => ({
	type: "mouse",
	action,
	button,
	column,
	row,
});

describe("mouseTarget", () => {
	it("scrolls the body by three lines a notch, only with the pointer over it", () => {
		expect(mouseTarget(at("wheelDown", 5, 4), screen)).toEqual({ kind: "scroll", by: 3 });
		expect(mouseTarget(at("wheelUp", 5, 13), screen)).toEqual({ kind: "scroll", by: -3 });
		expect(mouseTarget(at("wheelDown", 5, 14), screen)).toBeUndefined();
		expect(mouseTarget(at("wheelDown", 5, 0), screen)).toBeUndefined();
	});

	it("takes a left press on a tab or a body row, and nothing else", () => {
		expect(mouseTarget(at("press", 1, 3), screen)).toEqual({ kind: "tab", index: 0 });
		expect(mouseTarget(at("press", 14, 3), screen)).toEqual({ kind: "tab", index: 1 });
		expect(mouseTarget(at("press", 15, 3), screen)).toBeUndefined();
		expect(mouseTarget(at("press", 20, 6), screen)).toEqual({ kind: "row", index: 2 });
		expect(mouseTarget(at("release", 20, 6), screen)).toBeUndefined();
		expect(mouseTarget(at("press", 20, 6, 2), screen)).toBeUndefined();
		expect(mouseTarget(at("drag", 20, 6), screen)).toBeUndefined();
	});
});

describe("tabSpans", () => {
	it("measures each tab in columns (CJK two), leaving out the … of a cut bar", () => {
		expect(
			tabSpans(
				[{ text: " 1 摘要 ", active: false }, { text: "[2 Breakdown]", active: true }, { text: "…" }],
				1,
			),
		).toEqual([
			{ start: 1, end: 9 },
			{ start: 9, end: 22 },
		]);
	});
});
