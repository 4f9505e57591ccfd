import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { itemPosition, linePosition } from "../../source/app/position.ts";
import { bundledNote, keys, renderApp } from "./render-app.tsx";
import { renderLibrary, rowsOf } from "./render-library.tsx";

afterEach(cleanup);

/** The footer: the last line of a frame. */
const footerOf = (frame: string) => frame.trimEnd().split("\n").at(-1) ?? "";

describe("the position in the footer", () => {
	it.each([
		[0, 10, 8, "All"],
		[0, 10, 10, "All"],
		[0, 10, 30, "Top"],
		[20, 10, 30, "Bot"],
		[25, 10, 30, "Bot"],
		[9, 10, 30, "line 10/30"],
	])("says where top %i of a %i-line screen is in %i lines: %s", (top, viewport, count, label) => {
		expect(linePosition(top, viewport, count)).toBe(label);
	});

	it("counts figures from 1", () => {
		expect(itemPosition("figure", 2, 10)).toBe("figure 3/10");
	});

	it("shows Top, line N/M and Bot while a pane scrolls, and figure N/M in Key numbers", async () => {
		const app = renderApp({ columns: 60, rows: 14 });
		const start = await app.waitFor((text) => text.includes("Thesis"));
		expect(footerOf(start)).toMatch(/ Top$/);
		// A hint names all of its keys, as the help does (`1–6`, not `1`).
		expect(footerOf(start)).toContain("1–6 panes");
		expect(footerOf(await app.press("\u0004"))).toMatch(/ line \d+\/\d+$/);
		expect(footerOf(await app.press("G"))).toMatch(/ Bot$/);
		const count = bundledNote.figures.length;
		const figures = await app.press("3");
		expect(footerOf(figures)).toMatch(new RegExp(` figure 1/${count}$`));
		expect(footerOf(await app.press("j"))).toMatch(new RegExp(` figure 2/${count}$`));
	});

	it("keeps the footer on the last line in Key numbers when no figure row is on screen (G)", async () => {
		const app = renderApp({ columns: 40, rows: 12 });
		await app.waitFor((text) => text.includes("Thesis"));
		await app.press("3");
		const bottom = await app.press("G");
		const lines = bottom.split("\n");
		expect(lines).toHaveLength(11);
		expect(lines.at(-1)).toMatch(/ Bot$/);
		// The pane's lines, then the quote box's rule, as with a figure selected.
		expect(lines.slice(3, 7).every((line) => line.trim() !== "")).toBe(true);
	});

	it("offers y copy only while a figure is selected on screen", async () => {
		const app = renderApp({ columns: 40, rows: 12 });
		await app.waitFor((text) => text.includes("Thesis"));
		expect(footerOf(await app.press("3"))).toContain("y copy");
		expect(footerOf(await app.press("G"))).not.toContain("y copy");
		expect(footerOf(await app.press("g"))).toContain("y copy");
	});

	it("shows the help's place too", async () => {
		const app = renderApp({ columns: 60, rows: 12 });
		await app.waitFor((text) => text.includes("Thesis"));
		expect(footerOf(await app.press("?"))).toMatch(/ Top$/);
		expect(footerOf(await app.press("G"))).toMatch(/ Bot$/);
	});
});

describe("an empty list says so", () => {
	it("says no notes match a filter that matches none", async () => {
		const library = renderLibrary();
		await library.waitFor((text) => text.includes("3 of 3"));
		const frame = await library.press("fzzqx");
		expect(rowsOf(frame)).toEqual([]);
		expect(frame).toContain("No notes match “zzqx”");
	});

	it("says a search found nothing", async () => {
		const library = renderLibrary();
		await library.waitFor((text) => text.includes("3 of 3"));
		await library.press("/zzqx");
		const frame = await library.press(keys.enter);
		expect(frame).toContain("No matches for “zzqx”");
	});
});
