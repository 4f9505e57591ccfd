import { readFileSync } from "node:fs";
import chalk from "chalk";
import { cleanup } from "ink-testing-library";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { proseMeasure } from "../../source/app/pane-content.ts";
import { textWidth } from "../../source/text/width.ts";
import { mouse } from "../support/keys.ts";
import { keys, renderApp } from "./render-app.tsx";

afterEach(cleanup);

const source = readFileSync(
	new URL("../../data/sources/huatai-2024-05-07-microsoft-mai-1.txt", import.meta.url),
	"utf8",
);
const quote = "Copilot Studio客户数超3万家(qoq+175%)";

/** The text drawn in inverse video (the monochrome theme's current match), joined. */
const inverse = (frame: string) =>
	[...frame.matchAll(/\u001b\[7m([^\u001b]*)/g)].map((match) => match[1]).join("");
const plain = (frame: string) => frame.replace(/\u001b\[[0-9;]*m/g, "");

describe("a figure in context (o)", () => {
	const level = chalk.level;
	beforeAll(() => {
		// Attributes on, so the highlight can be seen in the frame (test/setup.ts turns them off).
		chalk.level = 1;
	});
	afterAll(() => {
		chalk.level = level;
	});

	const openLastFigure = async (loadOriginal: () => Promise<string | undefined>) => {
		const app = renderApp({ rows: 24, columns: 60, loadOriginal });
		await app.waitFor((frame) => plain(frame).includes("[1 Thesis]"));
		await app.press("3");
		for (let index = 0; index < 9; index += 1) await app.press("j");
		await app.waitFor((frame) => plain(frame).includes("figure 10/10"));
		return app;
	};

	it("shows the original text at the selected figure's quote, highlighted, and o, Esc and q go back", async () => {
		const app = await openLastFigure(async () => source);
		for (const back of ["o", keys.escape, "q"]) {
			await app.press("o");
			const frame = await app.waitFor((text) =>
				plain(text).includes("Original text · “Copilot Studio customers”"),
			);
			expect(inverse(frame).replace(/\s/g, "")).toBe(quote.replace(/\s/g, ""));
			// The text shown is the original's, from a screen scrolled down to the quote.
			expect(plain(frame)).not.toContain("[3 Key numbers]");
			expect(plain(frame)).toMatch(/line \d+\/\d+/);
			const note = await app.press(back);
			expect(plain(note)).toContain("[3 Key numbers]");
			expect(plain(note)).toContain("figure 10/10");
		}
		expect(app.quits).toEqual([]);
	});

	it("copies the figure's citation (y) and the paragraph at the quote (Y) there", async () => {
		const app = await openLastFigure(async () => source);
		await app.press("y");
		const [citation] = app.copied;
		expect(citation).toContain("Copilot Studio");
		await app.press("o");
		await app.waitFor((text) => plain(text).includes("Original text"));
		await app.press("y");
		await app.waitFor((text) => plain(text).includes("Copied (OSC 52)"));
		// Still over the original text, which a copy does not leave.
		expect(plain(app.lastFrame() ?? "")).toContain("Original text");
		await app.press("Y");
		const paragraph = source
			.split("\n")
			.find((line) => line.replace(/\s/g, "").includes(quote.replace(/\s/g, "")))
			?.trim();
		expect(paragraph).toBeDefined();
		expect(app.copied).toEqual([citation, citation, paragraph]);
	});

	it("keeps the way back first in the footer at the smallest width", async () => {
		for (const language of ["en", "zh"] as const) {
			const app = renderApp({ rows: 10, columns: 40, language, loadOriginal: async () => source });
			await app.waitFor((frame) => plain(frame).includes(`[${language.toUpperCase()}]`));
			await app.press("3");
			const frame = plain(await app.press("o"));
			const footer = frame.split("\n").at(-1) ?? "";
			expect(footer).toMatch(language === "en" ? /^ o back · / : /^ o 返回 · /u);
			expect(footer).toMatch(/(Top|Bot|line \d+\/\d+|顶部|底部|第\d+\/\d+行)$/u);
			expect(textWidth(footer)).toBeLessThanOrEqual(40);
			cleanup();
		}
	});

	it("scrolls the original text with the keys and the wheel", async () => {
		const app = await openLastFigure(async () => source);
		const shown = await app.press("o");
		await app.waitFor((text) => plain(text).includes("Original text"));
		const at = /line (\d+)\//.exec(plain(shown))?.[1];
		const down = await app.press("j");
		expect(/line (\d+)\//.exec(plain(down))?.[1]).toBe(String(Number(at) + 1));
		const wheeled = await app.press(mouse("wheelDown", 5, 5));
		expect(/line (\d+)\//.exec(plain(wheeled))?.[1]).toBe(String(Number(at) + 4));
		const top = await app.press("g");
		expect(plain(top)).toMatch(/Top$/m);
		expect(inverse(top)).toBe("");
	});

	it("says so in the footer when the note has no original text", async () => {
		const app = await openLastFigure(async () => undefined);
		const frame = await app.press("o");
		const said = await app.waitFor((text) => plain(text).includes("This note has no original text"));
		expect(plain(said)).toContain("[3 Key numbers]");
		expect(frame).toBeTruthy();
		// And at once the next time, the text being known to be absent.
		await app.press("j");
		expect(plain(await app.press("o"))).toContain("This note has no original text");
	});

	it("asks for a figure where none is selected", async () => {
		const app = renderApp({ loadOriginal: async () => source });
		await app.waitFor((frame) => plain(frame).includes("[1 Thesis]"));
		expect(plain(await app.press("o"))).toContain("Select a figure in Key numbers to see it in context");
	});

	it("marks the selected figure's bar in the charts", async () => {
		const app = renderApp({ rows: 40, loadOriginal: async () => source });
		await app.waitFor((frame) => plain(frame).includes("[1 Thesis]"));
		const marked = (frame: string) =>
			frame
				.split("\n")
				// The active tab is drawn in inverse too.
				.filter((line) => line.includes("\u001b[7m") && !plain(line).includes("[3 Key numbers]"))
				.map((line) => plain(line).trim());
		const first = await app.press("3");
		expect(marked(first)).toEqual([
			expect.stringMatching(/^▶ MAI-1 parameters/),
			expect.stringMatching(/^MAI-1 parameters\s+█+ ~500B$/),
		]);
		for (let index = 0; index < 9; index += 1) await app.press("j");
		const last = await app.waitFor((frame) => plain(frame).includes("figure 10/10"));
		expect(marked(last)).toEqual([
			expect.stringMatching(/^▶ Copilot Studio customers/),
			expect.stringMatching(/^Copilot Studio customers\s+█+ \+175% qoq$/),
		]);
	});
});

describe("the original text and the pager in Chinese", () => {
	const footer = (frame: string) => frame.split("\n").at(-1) ?? "";

	it("titles the figure in context, its position and its keys in Chinese", async () => {
		const app = renderApp({ rows: 24, columns: 80, language: "zh", loadOriginal: async () => source });
		await app.waitFor((frame) => frame.includes("[ZH]"));
		await app.press("3");
		const shown = await app.press("o");
		const frame = await app.waitFor((text) => text.includes("原文 · “MAI-1参数量”"));
		expect(shown).toBeTruthy();
		expect(footer(frame)).toMatch(/返回/u);
		expect(footer(frame)).toMatch(/(顶部|底部|全部|第\d+\/\d+行)$/u);
		expect(frame).not.toMatch(/Original text|line \d+\//u);
	});

	it("says the note has no original text, and that the pager failed, in Chinese", async () => {
		const none = renderApp({ language: "zh", loadOriginal: async () => undefined });
		await none.waitFor((frame) => frame.includes("[ZH]"));
		await none.press("v");
		await none.waitFor((frame) => footer(frame).includes("本篇笔记没有原文"));

		const failing = renderApp({
			language: "zh",
			loadOriginal: async () => source,
			pagerFailure: { problem: "exit", pager: "most", code: 3 },
		});
		await failing.waitFor((frame) => frame.includes("[ZH]"));
		await failing.press("v");
		await failing.waitFor((frame) => footer(frame).includes("分页程序“most”以退出码 3 结束"));
	});
});

describe("the original text in context on a wide terminal", () => {
	it("is set at the prose measure, as the Source pane sets it", async () => {
		const app = renderApp({ columns: 160, rows: 30, loadOriginal: async () => source });
		await app.waitFor((frame) => frame.includes("[1 Thesis]"));
		await app.press("3");
		await app.press("o");
		const frame = await app.waitFor((text) => text.includes("Original text · "));
		const body = frame.split("\n").slice(2, -1);
		const widest = Math.max(
			...body.map((line) => textWidth(line.replace(/\u001b\[[0-9;]*m/g, "").trimEnd())),
		);
		// One column of padding, then at most 100 columns of text, where the text has longer paragraphs.
		expect(widest).toBeLessThanOrEqual(1 + proseMeasure);
		expect(widest).toBeGreaterThan(80);
	});
});
