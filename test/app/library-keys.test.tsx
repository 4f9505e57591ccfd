import { readFileSync } from "node:fs";
import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { newestFirst } from "../../source/library/note-filter.ts";
import { noteFromText } from "../../source/load/note-from-text.ts";
import { keys } from "./render-app.tsx";
import { libraryNotes, renderLibrary, rowsOf } from "./render-library.tsx";

afterEach(cleanup);

const minimal = JSON.parse(readFileSync(new URL("../fixtures/minimal-note.json", import.meta.url), "utf8"));
const gamma = noteFromText(
	JSON.stringify({
		...minimal,
		id: "c",
		reportDate: "2026-01-01",
		title: { en: "Gamma gears" },
		broker: { en: "Zeta Capital" },
	}),
	"c.json",
);
const four = newestFirst([...libraryNotes, gamma]);

/** The titles of a frame's rows, in order. */
const titles = (frame: string) => rowsOf(frame).map((row) => /(Alpha|Beta|Gamma|Microsoft)/.exec(row)?.[1]);
/** The footer: the last line of a frame. */
const footerOf = (frame: string) => frame.trimEnd().split("\n").at(-1) ?? "";
const selectedRow = (frame: string) => rowsOf(frame).findIndex((row) => row.includes("▶"));

describe("the library's keys", () => {
	it("moves with j and k, opens the help with ?, and quits with q", async () => {
		const library = renderLibrary();
		await library.waitFor((text) => text.includes("3 of 3"));
		expect(selectedRow(await library.press("j"))).toBe(1);
		expect(selectedRow(await library.press("j"))).toBe(2);
		expect(selectedRow(await library.press("k"))).toBe(1);
		const help = await library.press("?");
		expect(help).toContain("filter (broker:");
		expect(help).toContain("sort by date → broker → sector → title");
		const closed = await library.press("q");
		expect(selectedRow(closed)).toBe(1);
		expect(library.quits).toEqual([]);
		await library.press("q");
		expect(library.quits).toHaveLength(1);
	});

	it("starts the filter with f; Enter keeps it and j moves again; Esc clears it", async () => {
		const library = renderLibrary();
		await library.waitFor((text) => text.includes("3 of 3"));
		const filtering = await library.press("f");
		expect(filtering).toContain("Filter: ▏");
		const typed = await library.press("industrials");
		expect(typed).toContain("2 of 3 notes");
		expect(typed).toContain("Filter: industrials▏");
		const kept = await library.press(keys.enter);
		expect(kept).toContain("Filter: industrials");
		expect(kept).not.toContain("▏");
		expect(selectedRow(await library.press("j"))).toBe(1);
		const cleared = await library.press(keys.escape);
		expect(cleared).toContain("3 of 3 notes");
	});

	it("sorts with s by date, broker, sector and title, and the footer says which", async () => {
		const library = renderLibrary(100, 20, four);
		const byDate = await library.waitFor((text) => text.includes("4 of 4"));
		expect(titles(byDate)).toEqual(["Gamma", "Alpha", "Microsoft", "Beta"]);
		expect(footerOf(byDate)).toMatch(/^ ?by date · /);
		const byBroker = await library.press("s");
		expect(footerOf(byBroker)).toMatch(/^ ?by broker · /);
		expect(titles(byBroker)).toEqual(["Alpha", "Microsoft", "Beta", "Gamma"]);
		const bySector = await library.press("s");
		expect(footerOf(bySector)).toMatch(/^ ?by sector · /);
		expect(titles(bySector)).toEqual(["Microsoft", "Gamma", "Alpha", "Beta"]);
		const byTitle = await library.press("s");
		expect(titles(byTitle)).toEqual(["Alpha", "Beta", "Gamma", "Microsoft"]);
		expect(titles(await library.press("s"))).toEqual(["Gamma", "Alpha", "Microsoft", "Beta"]);
	});

	it("keeps the selected note selected through a change of order", async () => {
		const library = renderLibrary(100, 20, four);
		await library.waitFor((text) => text.includes("4 of 4"));
		const byDate = await library.press("jj");
		expect(rowsOf(byDate)[selectedRow(byDate)]).toContain("Microsoft");
		for (const order of ["broker", "sector", "title", "date"]) {
			const sorted = await library.press("s");
			expect(footerOf(sorted), order).toContain(`by ${order}`);
			expect(rowsOf(sorted)[selectedRow(sorted)], order).toContain("Microsoft");
		}
	});

	it("opens the row shown sorted, and J follows the sorted order", async () => {
		const library = renderLibrary(100, 20, four);
		await library.waitFor((text) => text.includes("4 of 4"));
		await library.press("sss");
		await library.press("\u001b[H");
		const opened = await library.press(keys.enter);
		expect(opened).toContain("Alpha widgets");
		const next = await library.press("J");
		expect(next).toContain("Beta gadgets");
	});
});
