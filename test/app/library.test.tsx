import { readFileSync } from "node:fs";
import { cleanup, render } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { libraryOfNotes } from "../../source/app/reader-library.ts";
import { Root } from "../../source/app/root.tsx";
import { monochromeTheme } from "../../source/app/theme.ts";
import { newestFirst } from "../../source/library/note-filter.ts";
import type { LoadedNote } from "../../source/load/load-notes.ts";
import { noteFromText } from "../../source/load/note-from-text.ts";
import { bundledNote, interact, keys } from "./render-app.tsx";

afterEach(cleanup);

const minimal = JSON.parse(readFileSync(new URL("../fixtures/minimal-note.json", import.meta.url), "utf8"));
const variant = (id: string, date: string, title: string, broker: string) =>
	noteFromText(
		JSON.stringify({ ...minimal, id, reportDate: date, title: { en: title }, broker: { en: broker } }),
		`${id}.json`,
	);
const notes: LoadedNote[] = newestFirst([
	{ note: bundledNote, file: "bundled.json" },
	variant("a", "2025-03-01", "Alpha widgets", "Example Research"),
	variant("b", "2023-07-15", "Beta gadgets", "Other Broker"),
]);

function renderLibrary(columns = 100, rows = 20) {
	const instance = render(
		<Root
			library={libraryOfNotes(notes)}
			columns={columns}
			rows={rows}
			language="en"
			theme={monochromeTheme}
			hyperlinks={false}
			interactive
			copyToClipboard={() => {}}
		/>,
	);
	return interact(instance);
}

const rowsOf = (frame: string) => frame.split("\n").filter((line) => /\d{4}-\d{2}-\d{2}/.test(line));

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

	it("filters as you type, by words and by field", async () => {
		const library = renderLibrary();
		await library.waitFor((text) => text.includes("3 of 3"));
		const typed = await library.press("beta");
		expect(typed).toContain("1 of 3 notes");
		expect(rowsOf(typed)).toHaveLength(1);
		await library.press(keys.escape);
		const field = await library.press("broker:huatai since:2024");
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
		expect(results).toContain("· breakdown · ");
		const opened = await library.press(keys.enter);
		expect(opened).toContain("[2 分析框架 / Breakdown]");
		expect(opened).toContain("[BOTH]");
		await library.waitFor((text) => /“资本开支” 1\/\d+/.test(text));
	});

	it("keeps rows within a narrow terminal", async () => {
		const library = renderLibrary(40, 12);
		const frame = await library.waitFor((text) => text.includes("3 of 3"));
		for (const line of frame.split("\n")) expect(line.length).toBeLessThanOrEqual(40);
	});
});
