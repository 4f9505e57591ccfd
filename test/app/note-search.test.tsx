import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { keys, renderApp } from "./render-app.tsx";

afterEach(cleanup);

describe("search in the reader", () => {
	it("searches the original text without pane 6 having been opened", async () => {
		const app = renderApp({ loadOriginal: async () => "原文第一行\nThe zyxwvut line of the original" });
		await app.press("/zyxwvut");
		await app.waitFor((frame) => frame.includes("/zyxwvut▏ 1 match"), "the original's match while typing");
		await app.press(keys.enter);
		const found = await app.waitFor((frame) => frame.includes("“zyxwvut” 1/1"), "the match");
		expect(found).toContain("[6 Source]");
		expect(found).toContain("The zyxwvut line of the original");
	});

	it("finds a word wrapped across two lines, at any width", async () => {
		for (const columns of [41, 60, 100, 160]) {
			const app = renderApp({ columns, language: "zh" });
			await app.press("/负责人\r");
			const found = await app.waitFor(
				(frame) => /“负责人” 1\/\d+/.test(frame),
				`a match at ${columns} columns`,
			);
			const total = /“负责人” 1\/(\d+)/.exec(found)?.[1];
			expect(total, `${columns} columns`).toBe("1");
			cleanup();
		}
	});

	it("says a search has no matches, not 0/0 with keys that do nothing, after a key or a change of language", async () => {
		const app = renderApp({ columns: 100 });
		await app.press("/prospects\r");
		await app.waitFor((frame) => frame.includes("“prospects” 1/3"), "the English matches");
		// The Chinese text has no English word "prospects": no match is left.
		await app.press("L");
		const chinese = await app.waitFor((frame) => frame.includes("[ZH]"), "the note in Chinese");
		const footer = chinese.split("\n").at(-1) ?? "";
		expect(footer).toContain("没有匹配“prospects”的内容 · Esc 清除");
		expect(footer).not.toContain("0/0");
		// Also once the line said on Enter has given way to the next key.
		const none = renderApp({ columns: 100 });
		await none.press("/zzqq\r");
		await none.waitFor((frame) => frame.includes("No matches for “zzqq”"));
		const after = await none.press("j");
		expect(after.split("\n").at(-1)).toContain("No matches for “zzqq” · Esc clear");
		expect(after).not.toContain("0/0");
	});
});
