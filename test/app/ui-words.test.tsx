import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { helpLines } from "../../source/app/components/help-overlay.tsx";
import { keyLabel, keymap } from "../../source/app/keymap.ts";
import { hasChinese, keyText } from "../../source/app/ui-words.ts";
import { plain } from "../../source/layout/line.ts";
import { renderApp } from "./render-app.tsx";
import { renderLibrary } from "./render-library.tsx";

afterEach(cleanup);

const footer = (frame: string) => frame.split("\n").at(-1) ?? "";

describe("the reader's own words in Chinese", () => {
	it("cover every description, footer label and key name of the keymap", () => {
		const texts = Object.values(keymap).flatMap((bindings) =>
			bindings.flatMap((binding) => [
				binding.description,
				...(binding.hint ? [binding.hint.label] : []),
				...binding.keys.map(keyLabel).filter((label) => /^[a-z]{2,}$/u.test(label)),
			]),
		);
		const missing = [...new Set(texts)].filter((text) => !hasChinese(text));
		expect(missing).toEqual([]);
	});

	it("are used only when the note is shown in Chinese", () => {
		expect(keyText("quit", "zh")).toBe("退出");
		expect(keyText("quit", "en")).toBe("quit");
		expect(keyText("quit", "both")).toBe("quit");
	});

	it("make the help in the language on screen", () => {
		const chinese = helpLines(100, "note", "zh").map(plain).join("\n");
		expect(chinese).toContain("按键");
		expect(chinese).toContain("下一个窗格");
		expect(chinese).toContain("Esc、q 或 ? 关闭帮助。");
		expect(chinese).not.toContain("next pane");
		expect(helpLines(100, "note", "en").map(plain).join("\n")).toContain("next pane");
	});
});

describe("the footer and the help follow the language key", () => {
	it("switch a note's footer and position to Chinese and back", async () => {
		const app = renderApp({ columns: 100, rows: 30, language: "en" });
		expect(footer(await app.press("3"))).toMatch(/\? help · q quit.*figure 1\/10$/u);
		const chinese = footer(await app.press("L"));
		expect(chinese).toMatch(/\? 帮助 · q 退出/u);
		expect(chinese).toMatch(/数据 1\/10$/u);
		expect(footer(await app.press("1"))).toMatch(/全部|顶部|第\d+\/\d+行/u);
		// zh → both: the reader's own words are English again.
		expect(footer(await app.press("L"))).toMatch(/\? help · q quit/u);
	});

	it("opens the help in the language on screen, and its footer too", async () => {
		const app = renderApp({ columns: 100, rows: 30, language: "zh" });
		const help = await app.press("?");
		expect(help).toContain("按键");
		expect(help).toContain("跳到某个窗格");
		// The way out of the help comes first, so a narrow footer keeps it.
		expect(footer(help)).toMatch(/^ Esc 关闭 · \^C 退出/u);
	});

	it("says a search found nothing in Chinese", async () => {
		const app = renderApp({ columns: 100, rows: 30, language: "zh" });
		await app.press("/");
		for (const key of "zzqx") await app.press(key);
		expect(footer(app.frame())).toContain("0处匹配 · Enter 前往 · Esc 取消");
		expect(footer(await app.press("\r"))).toContain("没有匹配“zzqx”的内容");
	});

	it("switches the library's footer with the language", async () => {
		const library = renderLibrary(100, 20);
		expect(footer(await library.waitFor((text) => text.includes("of 3 notes")))).toMatch(
			/^ by date · \? help/u,
		);
		expect(footer(await library.press("L"))).toMatch(/^ 按日期排序 · \? 帮助 · q 退出/u);
	});
});
