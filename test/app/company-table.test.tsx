import { readFileSync } from "node:fs";
import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { draftNote } from "../../source/import/draft-note.ts";
import { renderApp } from "./render-app.tsx";

afterEach(cleanup);

// The note `briefing import` drafts from a sector note's first page with a stock table.
const { note } = draftNote(
	readFileSync(new URL("../fixtures/import/cases/l06-stock-table-targets.txt", import.meta.url), "utf8"),
	"l06.txt",
);

describe("the Key numbers pane of a note whose companies are rated", () => {
	it("shows each company's ticker, rating and target price", async () => {
		const app = renderApp({ note, language: "zh", columns: 100, rows: 30 });
		await app.press("3");
		await app.waitFor((text) => text.includes("样例科技"), "the company table");
		expect(app.frame()).toMatch(/样例科技\s+688999 CH\s+买入\s+52\.6 CNY/u);
		expect(app.frame()).toMatch(/示例电子\s+00999 HK\s+增持\s+18\.35 HKD/u);
	});
});

describe("the figure selection beside a company table", () => {
	// A sector note's first page: rated companies in a stock table, and figures in its thesis.
	const sector = draftNote(
		readFileSync(new URL("../fixtures/import/first-page-sector.txt", import.meta.url), "utf8"),
		"sector.txt",
	).note;
	const marked = (frame: string) => frame.split("\n").filter((line) => line.includes("▶"));

	it("marks the selected figure's row, never a company's", async () => {
		expect(sector.companies.some((company) => company.rating !== undefined)).toBe(true);
		expect(sector.figures.length).toBeGreaterThan(1);
		const [first, second] = sector.figures.map((figure) => (figure.label.zh ?? "").slice(0, 4));
		const app = renderApp({ note: sector, language: "zh", columns: 120, rows: 40 });
		await app.press("3");
		await app.waitFor((text) => marked(text).length === 1, "one marked row");
		expect(marked(app.frame())[0]).toContain(first);
		await app.press("j");
		await app.waitFor(
			(text) => marked(text)[0]?.includes(second as string) === true,
			"the second figure marked",
		);
		for (const company of sector.companies) {
			expect(marked(app.frame()).join("\n")).not.toContain(company.name.zh);
		}
	});

	it("shows the selected figure at 40×12, below the company table", async () => {
		const app = renderApp({ note: sector, language: "zh", columns: 40, rows: 12 });
		await app.press("3");
		const frame = await app.waitFor((text) => marked(text).length === 1, "the selected figure on screen");
		expect(marked(frame)[0]).toContain((sector.figures[0]?.label.zh ?? "").slice(0, 2));
		for (const line of frame.split("\n")) expect(line.length).toBeLessThanOrEqual(40);
	});
});
