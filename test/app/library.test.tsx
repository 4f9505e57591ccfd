import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { keys, renderReader } from "./render-app.tsx";
import { libraryNotes, renderLibrary, rowsOf } from "./render-library.tsx";

afterEach(cleanup);

describe("the library", () => {
	it("lists every note newest first, with date, broker, sector, title and tickers", async () => {
		const library = renderLibrary();
		const frame = await library.waitFor((text) => text.includes("3 of 3 notes"));
		const rows = rowsOf(frame);
		expect(rows.map((row) => /\d{4}-\d{2}-\d{2}/.exec(row)?.[0])).toEqual([
			"2025-03-01",
			"2024-05-07",
			"2023-07-15",
		]);
		expect(rows[0]).toMatch(/▶ 2025-03-01\s+Example Research\s+Industrials\s+Alpha widgets\s+WDGT/);
		expect(frame).toContain("[EN]");
	});

	it("speaks Chinese in its title, filter line and search prompt when the reader is in Chinese", async () => {
		const library = renderReader(libraryNotes, { columns: 100, rows: 20, language: "zh" });
		const frame = await library.waitFor((text) => text.includes("[ZH]"));
		const lines = frame.split("\n");
		expect(lines[0]).toContain("briefing · 3篇笔记中的3篇");
		expect(lines[1]).toContain("f 筛选(broker: sector: ticker: since: until: 或关键词)");
		expect(frame).not.toMatch(/of 3 notes|filters|searches/u);
		const filtering = await library.press("fbeta");
		expect(filtering.split("\n")[0]).toContain("3篇笔记中的1篇");
		expect(filtering.split("\n")[1]).toContain("筛选:beta▏");
		const kept = await library.press("\r");
		expect(kept.split("\n")[1]).toContain("筛选:beta");
		await library.press(keys.escape);
		const searching = await library.press("/wid");
		expect(searching.split("\n")[1]).toContain("搜索所有笔记:/wid▏");
		// L to both: the reader's own words are English again.
		await library.press(keys.escape);
		const both = await library.press("L");
		expect(both.split("\n")[0]).toContain("3 of 3 notes");
		expect(both.split("\n")[1]).toContain("f filters (broker:");
	});

	it("shows its position in the footer whenever the list has rows, as less does", async () => {
		const library = renderLibrary(100, 20);
		const frame = await library.waitFor((text) => text.includes("3 of 3 notes"));
		// All three rows fit, and the position is still there.
		expect(rowsOf(frame)).toHaveLength(3);
		const footer = (text: string) => text.split("\n").at(-1) ?? "";
		expect(footer(frame)).toMatch(/ 1\/3$/u);
		expect(footer(await library.press("j"))).toMatch(/ 2\/3$/u);
		const results = await library.press("/资本开支\r");
		expect(footer(results)).toMatch(/ 1\/\d+$/u);
		await library.press(keys.escape);
		// An empty list has no position.
		const empty = await library.press("fnothing-matches-this");
		expect(footer(empty)).not.toMatch(/\d+\/\d+$/u);
	});

	it("filters as you type, by words and by field", async () => {
		const library = renderLibrary();
		await library.waitFor((text) => text.includes("3 of 3"));
		const typed = await library.press("fbeta");
		expect(typed).toContain("1 of 3 notes");
		expect(rowsOf(typed)).toHaveLength(1);
		await library.press(keys.escape);
		const field = await library.press("fbroker:huatai since:2024");
		expect(field).toContain("1 of 3 notes");
		expect(rowsOf(field)[0]).toContain("Huatai Securities");
		const erased = await library.press(keys.backspace);
		expect(erased).toContain("Filter: broker:huatai since:202▏");
	});

	it("opens the selected note with Enter, and Esc or Backspace comes back with the selection kept", async () => {
		const library = renderLibrary();
		await library.waitFor((text) => text.includes("3 of 3"));
		await library.press(keys.down);
		const opened = await library.press(keys.enter);
		expect(opened).toContain("[1 Thesis]");
		expect(opened).toContain("Microsoft may launch");
		expect(opened).toContain("⌫ library");
		const back = await library.press(keys.escape);
		expect(rowsOf(back)[1]).toMatch(/^ ▶ 2024-05-07/);
		await library.press(keys.enter);
		const again = await library.press(keys.backspace);
		expect(again).toContain("3 of 3 notes");
	});

	it("searches the text of every note, and opens a result at its place with the match shown", async () => {
		const library = renderLibrary();
		await library.waitFor((text) => text.includes("3 of 3"));
		await library.press("/资本开支");
		const results = await library.press(keys.enter);
		expect(results).toMatch(/\d+ match/);
		expect(results).toContain("Breakdown · ");
		const opened = await library.press(keys.enter);
		expect(opened).toContain("[2 分析框架 / Breakdown]");
		expect(opened).toContain("[BOTH]");
		await library.waitFor((text) => /“资本开支” 1\/\d+/.test(text));
	});

	it("heads the search results with what their rows show, not the list's columns", async () => {
		const library = renderLibrary();
		await library.waitFor((text) => text.includes("3 of 3"));
		await library.press("/资本开支");
		const results = await library.press(keys.enter);
		const heading = results.split("\n")[2] ?? "";
		expect(heading.trim()).toMatch(/^Date +Broker +Note \(matches\) +Section · matching line$/u);
		const list = await library.press(keys.escape);
		expect(list.split("\n")[2]).toMatch(/Report date\s+Broker\s+Sector\s+Title/);
	});

	it("opens the search result chosen at its own match, and comes back to the same results", async () => {
		const library = renderLibrary();
		await library.waitFor((text) => text.includes("3 of 3"));
		await library.press("/资本开支\r");
		const results = await library.waitFor((text) => /\d+ matches/.test(text), "the results");
		const count = /(\d+) matches/.exec(results)?.[1];
		await library.press(keys.down);
		await library.press(keys.down);
		const opened = await library.press(keys.enter);
		await library.waitFor((text) => new RegExp(`“资本开支” 3/${count}`).test(text), "the third match");
		expect(opened).toContain("[BOTH]");
		const back = await library.press(keys.backspace);
		expect(back).toContain(`${count} matches`);
		expect(back.split("\n").filter((line) => line.includes("▶"))).toHaveLength(1);
		const marked = back.split("\n").findIndex((line) => line.includes("▶"));
		const first = back
			.split("\n")
			.findIndex((line) => line.includes("Breakdown · ") || line.includes("Thesis · "));
		expect(marked - first).toBe(2);
	});

	it("keeps rows within a narrow terminal", async () => {
		const library = renderLibrary(40, 12);
		const frame = await library.waitFor((text) => text.includes("3 of 3"));
		for (const line of frame.split("\n")) expect(line.length).toBeLessThanOrEqual(40);
	});
});
