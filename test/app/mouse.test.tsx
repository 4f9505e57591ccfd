import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { newestFirst } from "../../source/library/note-filter.ts";
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
