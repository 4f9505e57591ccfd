import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { bundledNote, keys, renderApp, renderReader } from "./render-app.tsx";
import { libraryNotes } from "./render-library.tsx";

afterEach(cleanup);

const footer = (frame: string) => frame.split("\n").at(-1) ?? "";

describe("copying", () => {
	it("y copies the selected figure's citation in the language on screen", async () => {
		const app = renderApp({ language: "zh" });
		await app.waitFor((frame) => frame.includes("[ZH]"));
		await app.press("3");
		await app.press("y");
		expect(app.copied).toEqual([
			"MAI-1参数量: 约5000亿 — 《The information》，经华泰证券，2024-05-07：“MAI-1拥有大约5000亿参数”",
		]);
		await app.press("L");
		await app.press("y");
		expect(app.copied[1]).toMatch(/^MAI-1参数量 \/ MAI-1 parameters: 约5000亿 \/ ~500B/);
	});

	it("says Copied, and by what, only as the edge says the text went somewhere", async () => {
		const copied = renderApp({ copyResult: { copied: true, via: ["wl-copy", "OSC 52"] } });
		await copied.waitFor((frame) => frame.includes("[1 Thesis]"));
		await copied.press("3");
		const said = await copied.press("y");
		expect(footer(said)).toMatch(/^ Copied \(wl-copy, OSC 52\): MAI-1 parameters: ~500B/);
		// The next key takes the line away.
		expect(footer(await copied.press("j"))).not.toContain("Copied");

		const reason =
			"no clipboard command (wl-copy, xclip, xsel, pbcopy) was found, and this terminal (TERM=linux) takes no clipboard sequence";
		const nowhere = renderApp({ copyResult: { copied: false, failed: [], term: "linux" }, columns: 200 });
		await nowhere.waitFor((frame) => frame.includes("[1 Thesis]"));
		await nowhere.press("3");
		const told = await nowhere.press("y");
		expect(footer(told)).toContain(`Nothing copied: ${reason}`);
		expect(told).not.toContain("Copied");
	});

	it("Y copies the paragraph at the top of the pane, as the note writes it", async () => {
		const app = renderApp({ rows: 11 });
		await app.waitFor((frame) => frame.includes("[1 Thesis]"));
		// The header's facts at the top are a fields block: copied whole, a fact a line.
		await app.press("Y");
		expect(app.copied).toEqual(["Sector Computers\nCompanies Microsoft"]);
		// Three lines down the top line is the headline, a heading: the paragraph is the summary under it.
		await app.press("jjj");
		await app.press("Y");
		expect(app.copied[1]).toBe(bundledNote.thesis?.summary?.en);
		// At the bottom the top line is the focus areas' heading: the paragraph is their first item.
		const bottom = await app.press(keys.end);
		expect(bottom.split("\n")[3]?.trim()).toBe("Focus areas");
		await app.press("Y");
		expect(app.copied[2]).toBe(bundledNote.thesis?.points?.[0]?.en);
	});

	it("Y copies the paragraph of the current search match, a list's item alone", async () => {
		const app = renderApp();
		await app.waitFor((frame) => frame.includes("[1 Thesis]"));
		await app.press("/");
		await app.press("compute\r");
		// The first match is the sector (Computers), among the header's facts, copied whole.
		await app.waitFor((frame) => /“compute” 1\/\d+/.test(frame), "the first match");
		await app.press("Y");
		expect(app.copied).toEqual(["Sector Computers\nCompanies Microsoft"]);
		await app.press("n");
		await app.waitFor((frame) => /“compute” 2\/\d+/.test(frame), "the second match");
		await app.press("Y");
		expect(app.copied[1]).toBe(bundledNote.thesis?.summary?.en);
		await app.press("n");
		await app.waitFor((frame) => /“compute” 3\/\d+/.test(frame), "the third match");
		await app.press("Y");
		expect(app.copied[2]).toBe(bundledNote.thesis?.points?.[1]?.en);
	});

	it("Y copies the selected search hit's line in the library's results", async () => {
		const app = renderReader(libraryNotes);
		await app.waitFor((frame) => frame.includes("3 of 3"));
		await app.press("/");
		await app.press("copilot\r");
		await app.waitFor((frame) => /\/copilot · \d+ matches in \d+ note/.test(frame));
		await app.press("Y");
		expect(app.copied).toHaveLength(1);
		expect(app.copied[0]?.toLowerCase()).toContain("copilot");
		const said = await app.waitFor((frame) => footer(frame).includes("Copied (OSC 52):"));
		expect(said).toMatch(/\/copilot · \d+ matches in \d+ note/);
	});

	it("says what came of a copy in Chinese when the note is shown in Chinese", async () => {
		const copied = renderApp({ language: "zh", copyResult: { copied: true, via: ["wl-copy", "OSC 52"] } });
		await copied.waitFor((frame) => frame.includes("[ZH]"));
		expect(footer(await copied.press("3"))).toMatch(/数据 1\/10$/u);
		expect(footer(await copied.press("y"))).toMatch(/^ 已复制\(wl-copy、OSC 52\):MAI-1参数量: 约5000亿/u);

		const nowhere = renderApp({
			language: "zh",
			copyResult: { copied: false, failed: ["xclip"], term: "linux" },
			columns: 200,
		});
		await nowhere.waitFor((frame) => frame.includes("[ZH]"));
		await nowhere.press("3");
		const told = footer(await nowhere.press("y"));
		expect(told).toContain("未复制:xclip 运行失败,且此终端(TERM=linux)不接受剪贴板序列");
		expect(told).not.toContain("Nothing copied");
		// y where no figure is selected copies nothing, and says so.
		await nowhere.press("1");
		expect(footer(await nowhere.press("y"))).toContain("此处没有可复制的内容");
	});

	it("says there is nothing to copy in the language of the library", async () => {
		const app = renderReader(libraryNotes, { language: "zh" });
		await app.waitFor((frame) => frame.includes("[ZH]"));
		await app.press("/");
		await app.press("zzqx\r");
		await app.waitFor((frame) => frame.includes("没有匹配“zzqx”的内容"));
		expect(footer(await app.press("Y"))).toContain("此处没有可复制的内容");
		expect(app.copied).toEqual([]);
	});
});
