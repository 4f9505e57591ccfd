import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { newestFirst } from "../../source/library/note-filter.ts";
import { textWidth } from "../../source/text/width.ts";
import { cellOf, mouse } from "../support/keys.ts";
import { bundledNote, renderApp } from "./render-app.tsx";
import { renderLibrary, rowsOf } from "./render-library.tsx";

afterEach(cleanup);

const click = (frame: string, text: string) => {
	const { column, row } = cellOf(frame, text);
	return mouse("click", column + 1, row) + mouse("release", column + 1, row);
};
const footer = (frame: string) => frame.split("\n").at(-1) ?? "";

describe("the mouse in the reader", () => {
	it("scrolls the pane under the pointer with the wheel, three lines a notch, and not from the header", async () => {
		const app = renderApp({ rows: 14 });
		const top = await app.waitFor((frame) => frame.includes("[1 Thesis]"));
		expect(footer(top)).toMatch(/Top$/);
		const { row } = cellOf(top, "[1 Thesis]");
		expect(await app.press(mouse("wheelDown", 10, 0))).toBe(top);
		const down = await app.press(mouse("wheelDown", 10, row + 3));
		expect(footer(down)).toMatch(/line 4\/\d+$/);
		const again = await app.press(mouse("wheelDown", 10, row + 3));
		expect(footer(again)).toMatch(/line 7\/\d+$/);
		const up = await app.press(mouse("wheelUp", 10, row + 3));
		expect(footer(up)).toMatch(/line 4\/\d+$/);
	});

	it("opens a pane by a click on its tab", async () => {
		const app = renderApp();
		const frame = await app.waitFor((text) => text.includes("[1 Thesis]"));
		const figures = await app.press(click(frame, "3 Key numbers"));
		expect(figures).toContain("[3 Key numbers]");
		const risks = await app.press(click(figures, "4 Risks"));
		expect(risks).toContain("[4 Risks]");
	});

	it("selects a figure by a click on its row in Key numbers", async () => {
		const app = renderApp();
		await app.waitFor((text) => text.includes("[1 Thesis]"));
		const figures = await app.press("3");
		expect(footer(figures)).toMatch(/figure 1\/10$/);
		const selected = await app.press(click(figures, "Copilot Studio customers"));
		expect(footer(selected)).toMatch(/figure 10\/10$/);
		expect(selected).toMatch(/▶ Copilot Studio customers/);
		expect(selected).toContain("Copilot Studio客户数超3万家");
		// A click on the table's header or below the table selects nothing else.
		expect(await app.press(click(selected, "Figure"))).toBe(selected);
	});

	it("never takes a mouse report for typed text, also when it comes cut across two reads", async () => {
		const app = renderApp();
		await app.waitFor((text) => text.includes("[1 Thesis]"));
		await app.press("/");
		app.stdin.write("\u001b[<65;10;");
		await new Promise((resolve) => setTimeout(resolve, 30));
		app.stdin.write("12M");
		await new Promise((resolve) => setTimeout(resolve, 30));
		await app.press("x");
		const frame = await app.waitFor((text) => text.includes("/x▏"), "the search with only x typed");
		expect(frame).not.toContain("12M");
	});
});

describe("the mouse in the library", () => {
	it("selects a row by a click and opens it by a click on the selected row", async () => {
		const library = renderLibrary();
		const frame = await library.waitFor((text) => text.includes("3 of 3"));
		expect(rowsOf(frame)[0]).toContain("▶");
		const selected = await library.press(click(frame, "Beta gadgets"));
		expect(rowsOf(selected)[2]).toMatch(/▶ 2023-07-15/);
		const opened = await library.press(click(selected, "Beta gadgets"));
		expect(opened).toContain("[1 Thesis]");
		expect(opened).toContain("Beta gadgets");
	});

	it("scrolls the rows with the wheel, keeping the selection among the rows shown", async () => {
		const notes = newestFirst(
			Array.from({ length: 8 }, (_, index) => ({
				note: {
					...bundledNote,
					id: `n${index}`,
					reportDate: `2024-0${index + 1}-01`,
					title: { en: `Note ${index}` },
				},
				file: `n${index}.json`,
			})),
		);
		// 10 rows leave 5 for the list.
		const library = renderLibrary(100, 10, notes);
		const frame = await library.waitFor((text) => text.includes("8 of 8"));
		expect(rowsOf(frame)).toHaveLength(5);
		expect(rowsOf(frame)[0]).toMatch(/▶ 2024-08-01/);
		const { row } = cellOf(frame, "Note 5");
		const down = await library.press(mouse("wheelDown", 10, row));
		expect(rowsOf(down)[0]).toMatch(/▶ 2024-05-01/);
		// At the end of the list the wheel scrolls no further.
		expect(await library.press(mouse("wheelDown", 10, row))).toBe(down);
		const up = await library.press(mouse("wheelUp", 10, row));
		expect(rowsOf(up)[0]).toContain("2024-08-01");
		expect(rowsOf(up)[3]).toMatch(/▶ 2024-05-01/);
		// The wheel over the title line scrolls nothing.
		expect(await library.press(mouse("wheelDown", 10, 0))).toBe(up);
	});
});

describe("the mouse over the tables, tabs and results as they are drawn", () => {
	const rowOf = (frame: string, text: string) => frame.split("\n")[cellOf(frame, text).row] ?? "";

	it("picks the figure on the clicked row under the table header that stays on screen", async () => {
		const app = renderApp({ rows: 16 });
		await app.waitFor((text) => text.includes("[1 Thesis]"));
		await app.press("3");
		let frame = app.frame();
		for (let index = 0; index < 5; index += 1) frame = await app.press("j");
		// The header covers the top of the pane: the rows under it are further down the table.
		expect(footer(frame)).toMatch(/figure 6\/10$/);
		const lines = frame.split("\n");
		const heading = cellOf(frame, "Figure").row;
		expect(lines[heading + 1]).toMatch(/^ {3}─+/);
		expect(lines[heading + 2]).not.toContain("MAI-1");
		// A click on the header selects nothing.
		expect(await app.press(click(frame, "Figure"))).toBe(frame);
		expect(await app.press(click(frame, "───"))).toBe(frame);
		// A click on the first row under it selects that row's figure, not one hidden under the header.
		const first = (lines[heading + 2] ?? "").trim().split(/\s{2,}/)[0] ?? "";
		const picked = await app.press(click(frame, first));
		expect(rowOf(picked, first)).toMatch(/^ ▶ /);
		expect(footer(picked)).toMatch(/figure 5\/10$/);
	});

	it("picks the figure of the clicked card, on any of its lines, when the table became cards", async () => {
		const app = renderApp({ columns: 44, rows: 24 });
		await app.waitFor((text) => text.includes("[1 Thesis]"));
		const cards = await app.press("3");
		// Cards: the label on a line of its own, the values under it.
		expect(cards).toMatch(/▶ MAI-1 parameters\n +~500B · The Information/);
		const capex = await app.press(click(cards, "US$44.35B"));
		expect(footer(capex)).toMatch(/figure 6\/10$/);
		expect(rowOf(capex, "Capex of Microsoft")).toMatch(/^ ▶ /);
		const phi = await app.press(click(capex, "1.3B · 2023"));
		expect(footer(phi)).toMatch(/figure 2\/10$/);
		expect(rowOf(phi, "Phi-1.0 parameters")).toMatch(/^ ▶ /);
	});

	for (const language of ["en", "zh"] as const) {
		for (const columns of [60, 80, 120]) {
			it(`opens the pane whose tab is clicked, at the end of its name, at ${columns} columns in ${language}`, async () => {
				const app = renderApp({ columns, rows: 24, language });
				let frame = await app.waitFor((text) => text.includes("[1 "));
				const { row } = cellOf(frame, "[1 ");
				for (let pane = 6; pane >= 1; pane -= 1) {
					const bar = frame.split("\n")[row] ?? "";
					// Each tab from its number to the next tab's: click its last cell of text.
					const starts = [1, 2, 3, 4, 5, 6].map(
						(number) => bar.search(new RegExp(`[ [ ]${number}[ \\]]`)) + 1,
					);
					const start = starts[pane - 1] ?? 0;
					const end = pane === 6 ? bar.trimEnd().length : (starts[pane] ?? 0) - 1;
					const name = bar.slice(start, end).trimEnd();
					const column = textWidth(bar.slice(0, start + name.length - 1));
					frame = await app.press(mouse("click", column, row) + mouse("release", column, row));
					const active = frame.split("\n")[row] ?? "";
					expect(active, `a click on “${name}”`).toMatch(new RegExp(`\\[${pane}[ \\]]`));
				}
			});
		}
	}

	it("picks the clicked hit of the search results grouped by note, scrolls them, and opens a hit on a second click", async () => {
		const library = renderLibrary(100, 20);
		await library.waitFor((text) => text.includes("3 of 3"));
		await library.press("/");
		await library.press("copilot\r");
		const results = await library.waitFor((text) => /\/copilot · \d+ matches in \d+ note/.test(text));
		const first = cellOf(results, "Section · matching line").row + 1;
		const line = (frame: string, row: number) =>
			(frame.split("\n")[row] ?? "").replace(/\u001b\[[0-9;]*m/g, "").replace(/^ ▶/, " ▶");
		// The note's second hit is on a row of its own, without the note's date, under the first.
		expect(line(results, first)).toMatch(/^ ▶ \d{4}-\d{2}-\d{2}/);
		expect(line(results, first + 1)).toMatch(/^ {20,}\S/);
		const second = await library.press(mouse("click", 70, first + 1) + mouse("release", 70, first + 1));
		expect(line(second, first + 1)).toMatch(/^ ▶/);
		expect(footer(second)).toMatch(/ 2\/\d+$/);
		// The wheel scrolls the hits, three a notch.
		const down = await library.press(mouse("wheelDown", 70, first + 1));
		const matching = (text: string) => text.slice(text.indexOf(" · "));
		expect(matching(line(down, first))).toBe(matching(line(results, first + 3)));
		// The top row, a later hit, carries its note's date as the group's first row is scrolled off.
		expect(line(results, first + 3)).toMatch(/^ {20,}\S/);
		expect(line(down, first)).toMatch(/^ [▶ ] \d{4}-\d{2}-\d{2}/);
		// A click on the selected hit opens its note at that match.
		const selected = down.split("\n").findIndex((_, row) => line(down, row).startsWith(" ▶"));
		const opened = await library.press(mouse("click", 70, selected) + mouse("release", 70, selected));
		expect(opened).toMatch(/“copilot” \d+\/\d+/);
	});

	it("only scrolls the original text: a click there picks nothing behind it", async () => {
		const app = renderApp({ rows: 20, loadOriginal: async () => "line\n".repeat(60) });
		await app.waitFor((text) => text.includes("[1 Thesis]"));
		await app.press("3");
		await app.press("o");
		const text = await app.waitFor(
			(frame) => frame.includes("shown from the top") && / Top$/.test(footer(frame)),
		);
		const clicked = await app.press(mouse("click", 5, 5) + mouse("release", 5, 5));
		expect(clicked).toBe(text);
		const scrolled = await app.press(mouse("wheelDown", 5, 5));
		expect(footer(scrolled)).toMatch(/line 4\/\d+$/);
	});
});
