import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { expectFits } from "../support/expect-fits.ts";
import { keys, renderApp } from "./render-app.tsx";

afterEach(cleanup);

describe("the reader", () => {
	it("shows the header, the pane tabs, the thesis and key hints", async () => {
		const app = renderApp();
		const frame = await app.waitFor((text) => text.includes("Thesis"));
		expect(frame).toContain("MAI-1");
		expect(frame).toContain("Huatai Securities");
		expect(frame).toContain("2024-05-07");
		expect(frame).toContain("[EN]");
		expect(frame).toContain("[1 Thesis]");
		expect(frame).toMatch(/q quit/);
	});

	it("opens each pane by its number", async () => {
		const app = renderApp();
		const expected: [string, string | RegExp][] = [
			["2", /Model[\s\S]*Compute[\s\S]*Application/],
			["3", ">1.8M"],
			["4", "1. "],
			["5", "S0570519080006"],
			["6", "Disclaimer"],
			["1", "[1 Thesis]"],
		];
		for (const [key, text] of expected) {
			await app.press(key);
			await app.waitFor(
				(frame) => (typeof text === "string" ? frame.includes(text) : text.test(frame)),
				`pane ${key}`,
			);
		}
	});

	it("moves between panes with Tab, Shift-Tab, arrows and h/l", async () => {
		const app = renderApp();
		await app.waitFor((frame) => frame.includes("[1 Thesis]"));
		await app.press(keys.tab);
		await app.waitFor((frame) => frame.includes("[2 Breakdown]"), "Tab");
		await app.press("l");
		await app.waitFor((frame) => frame.includes("[3 Key numbers]"), "l");
		await app.press(keys.left);
		await app.waitFor((frame) => frame.includes("[2 Breakdown]"), "←");
		await app.press(keys.shiftTab);
		await app.waitFor((frame) => frame.includes("[1 Thesis]"), "Shift-Tab");
	});

	for (const [columns, rows] of [
		[100, 30],
		[40, 12],
		[60, 10],
	] as const) {
		it(`keeps every pane within ${columns}×${rows} in every language`, async () => {
			const app = renderApp({ columns, rows });
			for (const language of ["en", "zh", "both"]) {
				for (const pane of ["1", "2", "3", "4", "5", "6"]) {
					const frame = await app.press(pane);
					expectFits(frame, columns, rows);
				}
				await app.press("L");
				await app.press(keys.pageDown);
				expectFits(app.frame(), columns, rows);
				expect(language).toBeTruthy();
			}
		});
	}

	it("lays the breakdown out in columns when wide, and as tabs when narrow", async () => {
		const wide = renderApp({ columns: 100 });
		const columns = await wide.press("2");
		expect(columns).toContain("│");
		expect(columns).not.toContain("[Model]");

		const narrow = renderApp({ columns: 40, rows: 20 });
		const tabs = await narrow.press("2");
		expect(tabs).toContain("[Model]");
		const next = await narrow.press("]");
		expect(next).toContain("[Compute]");
		expect(next).toContain("[ ] pillar");
	});

	it("selects figures with ↑/↓, shows the quote and source, and copies a citation with y", async () => {
		const app = renderApp();
		const first = await app.press("3");
		expect(first).toMatch(/▶ MAI-1/);
		expect(first).toContain("MAI-1拥有大约5000亿参数");
		expect(first).toContain("The Information");
		await app.press(keys.down);
		const second = await app.press("j");
		expect(second).toMatch(/▶ Phi-1\.5/);
		const copied = await app.press("y");
		expect(app.copied).toHaveLength(1);
		expect(app.copied[0]).toContain("Phi-1.5");
		expect(app.copied[0]).toContain("Huatai Securities");
		expect(app.copied[0]).toContain("2024-05-07");
		expect(copied).toContain("Copied (OSC 52): Phi-1.5 parameters");
	});

	it("marks only the first line of the selected figure when figures show as cards at 40 columns", async () => {
		const app = renderApp({ columns: 40, rows: 20 });
		const frame = await app.press("3");
		expect(frame.match(/▶/g)).toHaveLength(1);
		expect(frame).toMatch(/▶ MAI-1 parameters/);
	});

	it("takes a search typed faster than frames, or pasted, as one input", async () => {
		const app = renderApp();
		await app.press("/copilot");
		await app.press(keys.enter);
		await app.waitFor((frame) => /“copilot” 1\/\d+/.test(frame), "the pasted search");
	});

	it("searches the note in English and Chinese, with a match count and n/N", async () => {
		const app = renderApp();
		await app.press("/");
		for (const character of "copilot") await app.press(character);
		const typing = app.frame();
		expect(typing).toMatch(/\/copilot▏ \d+ matches/);
		await app.press(keys.enter);
		const found = await app.waitFor((frame) => /“copilot” 1\/\d+/.test(frame), "the first match");
		const total = Number(/“copilot” 1\/(\d+)/.exec(found)?.[1]);
		expect(total).toBeGreaterThan(3);
		const next = await app.press("n");
		expect(next).toContain(`“copilot” 2/${total}`);
		const previous = await app.press("N");
		expect(previous).toContain(`“copilot” 1/${total}`);
		await app.press(keys.escape);
		await app.waitFor((frame) => !frame.includes("“copilot”"), "search to clear");

		const zh = renderApp({ language: "zh" });
		await zh.press("/");
		for (const character of ["算力", "开支"]) await zh.press(character);
		await zh.press(keys.enter);
		await zh.waitFor((frame) => /“算力开支” 1\/\d+/.test(frame), "a Chinese match");
	});

	it("says so when a search finds nothing, and takes Backspace", async () => {
		const app = renderApp();
		await app.press("/");
		await app.press("x");
		await app.press("q");
		await app.press(keys.backspace);
		expect(app.frame()).toContain("/x▏");
		await app.press("z");
		await app.press(keys.enter);
		await app.waitFor((frame) => frame.includes("No matches"), "no matches");
	});

	it("cycles the language with L: en, zh, both", async () => {
		const app = renderApp();
		await app.press("4");
		const zh = await app.press("L");
		expect(zh).toContain("[ZH]");
		expect(zh).toContain("自研模型进展不及预期");
		const both = await app.press("L");
		expect(both).toContain("[BOTH]");
		expect(both).toContain("自研模型进展不及预期");
		expect(both).toMatch(/in-house model/i);
		expect(await app.press("L")).toContain("[EN]");
	});

	it("shows help made from the keymap, and Esc closes it", async () => {
		const app = renderApp();
		const help = await app.press("?");
		expect(help).toContain("Keys");
		expect(help).toContain("next pane");
		await app.press(keys.escape);
		await app.waitFor((frame) => !frame.includes("next pane"), "help to close");
	});

	it("asks for a larger terminal below 40×10, and still quits", async () => {
		const app = renderApp({ columns: 30, rows: 8 });
		const frame = await app.waitFor((text) => text.includes("Enlarge"));
		expectFits(frame, 30, 8);
	});

	it("scrolls a long pane and shows how far down it is", async () => {
		const app = renderApp({ rows: 12 });
		await app.press("6");
		const top = app.frame();
		expect(top).toMatch(/ Top\n?$/);
		const down = await app.press(keys.pageDown);
		expect(down).not.toBe(top);
		expect(down).toMatch(/ (line \d+\/\d+|Bot)\n?$/);
		const end = await app.press("G");
		expect(end).toMatch(/ Bot\n?$/);
		expect(end).toContain("ORIGINAL TEXT");
	});

	it("draws hyperlinks as OSC 8 only where the terminal supports them", async () => {
		const plain = renderApp();
		expect(await plain.press("5")).not.toContain("\u001b]8;;");
		const linked = renderApp({ hyperlinks: true });
		expect(await linked.press("5")).toContain("\u001b]8;;https://inst.htsc.com/research\u0007");
	});
});
