import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { tabLabels } from "../../source/app/components/header.tsx";
import { textWidth } from "../../source/text/width.ts";
import { renderApp } from "./render-app.tsx";

afterEach(cleanup);

const tabLine = (frame: string) => frame.split("\n")[2] ?? "";

describe("the tab bar", () => {
	it.each([
		// columns, language, pane key, the tab line
		[120, "en", "3", " 1 Thesis  2 Breakdown [3 Key numbers] 4 Risks  5 Analysts and contacts  6 Source"],
		[80, "en", "3", " 1 Thesis  2 Breakdown [3 Key numbers] 4 Risks  5 Analysts  6 Source"],
		[80, "en", "5", " 1 Thesis  2 Breakdown  3 Numbers  4 Risks [5 Analysts and contacts] 6 Source"],
		[60, "en", "3", " 1  2 [3 Key numbers] 4  5  6"],
		[120, "zh", "3", " 1 核心观点  2 分析框架 [3 关键数据] 4 风险提示  5 分析师与联系方式  6 来源"],
		[80, "zh", "5", " 1 核心观点  2 分析框架  3 关键数据  4 风险提示 [5 分析师与联系方式] 6 来源"],
		[60, "zh", "3", " 1 观点  2 框架 [3 关键数据] 4 风险  5 分析师  6 来源"],
		[60, "zh", "5", " 1 观点  2 框架  3 数据  4 风险 [5 分析师] 6 来源"],
	] as const)(
		"at %i columns in %s, on pane %s, reads as expected",
		async (columns, language, pane, expected) => {
			const app = renderApp({ columns, rows: 24, language });
			const frame = await app.press(pane);
			// One column of padding, then the tabs.
			expect(tabLine(frame).trimEnd()).toBe(` ${expected}`);
			expect(textWidth(tabLine(frame))).toBeLessThanOrEqual(columns);
		},
	);

	it("switches to the short names of the language on screen", async () => {
		const app = renderApp({ columns: 60, rows: 24, language: "en" });
		await app.press("3");
		expect(tabLine(await app.press("L"))).toContain("[3 关键数据]");
		expect(tabLine(app.frame())).toContain("4 风险");
	});

	it("falls back to numbers and the active pane's short name when nothing else fits", () => {
		const titles = ["A very long first title", "B", "C"];
		expect(tabLabels(titles, ["First", "B", "C"], 0, 12)).toEqual([" 1 First ", " 2 ", " 3 "]);
	});
});
