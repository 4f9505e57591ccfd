import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { unreadableLine } from "../../source/app/original/unreadable-line.ts";
import type { SourceTextProblem } from "../../source/load/source-text.ts";
import { textWidth } from "../../source/text/width.ts";
import { renderApp } from "./render-app.tsx";

afterEach(cleanup);

const footer = (frame: string) => frame.split("\n").at(-1) ?? "";
const gone: SourceTextProblem = {
	path: "/home/analyst/library/sources/huatai-2024-05-07.txt",
	reason: "gone",
};

describe("a note whose original text cannot be read", () => {
	it("says where the text should be and why, for o and for v", async () => {
		const app = renderApp({ columns: 130, loadOriginal: async () => gone });
		await app.waitFor((frame) => frame.includes("[1 Thesis]"));
		await app.press("3");
		await app.press("o");
		const said = await app.waitFor((frame) => footer(frame).includes("Cannot read"), "the footer's line");
		expect(footer(said)).toContain(
			"Cannot read the original text /home/analyst/library/sources/huatai-2024-05-07.txt: gone (moved or deleted)",
		);
		expect(said).toContain("[3 Key numbers]");
		expect(app.paged).toEqual([]);
		await app.press("j");
		const paged = await app.press("v");
		expect(footer(paged)).toContain(
			"/home/analyst/library/sources/huatai-2024-05-07.txt: gone (moved or deleted)",
		);
		expect(app.paged).toEqual([]);
	});

	it("says each reason, in Chinese too", async () => {
		const cases: [SourceTextProblem["reason"], string, string][] = [
			["denied", "permission denied", "没有读取权限"],
			["not a file", "not a file", "不是文件"],
			["outside", "outside the note's folder", "不在笔记所在的文件夹内"],
			["too large", "larger than 100 MB", "超过 100 MB"],
			["standard input", "the note came on standard input", "笔记来自标准输入"],
			["unreadable", "the system could not read it", "系统无法读取"],
		];
		for (const [reason, english, chinese] of cases) {
			for (const [language, words] of [
				["en", english],
				["zh", chinese],
			] as const) {
				const app = renderApp({
					columns: 100,
					language,
					loadOriginal: async () => ({ path: "/n/x.txt", reason }),
				});
				await app.waitFor((frame) => frame.includes(`[${language.toUpperCase()}]`));
				await app.press("v");
				const said = await app.waitFor(
					(frame) => footer(frame).includes("/n/x.txt"),
					`${reason} in ${language}`,
				);
				expect(footer(said), `${reason} in ${language}`).toContain(words);
				cleanup();
			}
		}
	});

	it("keeps the file's name on a narrow screen, shortening the path from its start", async () => {
		const app = renderApp({ columns: 60, loadOriginal: async () => gone });
		await app.waitFor((frame) => frame.includes("[1 Thesis]"));
		const said = await app.press("v");
		const line = footer(await app.waitFor((frame) => footer(frame).includes("gone"), "the footer's line"));
		expect(line).toMatch(/…\/huatai-2024-05-07\.txt: gone/u);
		expect(textWidth(line)).toBeLessThanOrEqual(60);
		expect(said).toBeTruthy();
	});

	it("says a note has no original text in words that fit at 40 columns", async () => {
		for (const [language, words] of [
			["en", "No original text"],
			["zh", "本篇笔记没有原文"],
		] as const) {
			const app = renderApp({ columns: 40, rows: 14, language, loadOriginal: async () => undefined });
			await app.waitFor((frame) => frame.includes(`[${language.toUpperCase()}]`));
			await app.press("3");
			const said = await app.press("o");
			const line = footer(
				await app.waitFor((frame) => footer(frame).includes(words), `${language}: ${said}`),
			);
			expect(line).not.toContain("…");
			expect(textWidth(line)).toBeLessThanOrEqual(40);
			cleanup();
		}
	});

	it("ends the Source pane with where the text should be and why, in place of the text", async () => {
		const app = renderApp({ columns: 100, rows: 30, loadOriginal: async () => gone });
		await app.waitFor((frame) => frame.includes("[1 Thesis]"));
		await app.press("6");
		const bottom = await app.press("G");
		const text = bottom.split("\n").slice(3, -1).join(" ").replace(/\s+/gu, " ");
		expect(text).toContain(
			"Cannot read the original text /home/analyst/library/sources/huatai-2024-05-07.txt: gone (moved or deleted)",
		);
		expect(bottom).toContain("─".repeat(98));
	});

	it("keeps the whole path before the longer wording, and cuts the path only where the shorter wording needs it", () => {
		const short = { path: "/tmp/lib/notes/note.txt", reason: "gone" } as const;
		expect(unreadableLine(short, "en", 80)).toBe(
			"Cannot read the original text /tmp/lib/notes/note.txt: gone (moved or deleted)",
		);
		expect(unreadableLine(short, "en", 65)).toBe(
			"Original text /tmp/lib/notes/note.txt: gone (moved or deleted)",
		);
		expect(unreadableLine(short, "en", 50)).toBe("Original text …/note.txt: gone (moved or deleted)");
		expect(unreadableLine(short, "zh", 44)).toBe("原文 …/notes/note.txt:已不存在(被移动或删除)");
	});
});
