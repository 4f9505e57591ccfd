import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { proseMeasure } from "../../source/app/pane-content.ts";
import { textWidth } from "../../source/text/width.ts";
import { renderApp } from "./render-app.tsx";

afterEach(cleanup);

// The pane's lines: below the title, facts and tabs, above the footer.
const paneLines = (frame: string) => frame.split("\n").slice(3, -1);
const widest = (lines: readonly string[]) => Math.max(...lines.map((line) => textWidth(line.trimEnd())));

describe("the prose measure on a wide terminal", () => {
	it.each(["en", "zh"] as const)(
		"keeps prose panes to about 100 columns, left-aligned (%s)",
		async (language) => {
			const app = renderApp({ columns: 200, rows: 40, language });
			for (const pane of ["1", "4", "6"]) {
				const lines = paneLines(await app.press(pane));
				// One column of padding, then at most the measure; and the text does use the measure.
				expect(widest(lines)).toBeLessThanOrEqual(proseMeasure + 1);
				expect(widest(lines)).toBeGreaterThan(proseMeasure - 12);
				// Left-aligned with the pane, not centred: every line starts at the padding or a hanging
				// indent, far left of where 100 columns centred in 200 would start.
				for (const line of lines.filter((text) => text.trim() !== "")) expect(line).toMatch(/^ {1,16}\S/u);
			}
		},
	);

	it("lets the figure table and the charts use the whole width", async () => {
		const app = renderApp({ columns: 200, rows: 60, language: "en" });
		const lines = paneLines(await app.press("3"));
		const bars = lines.filter((line) => line.includes("█"));
		expect(bars.length).toBeGreaterThan(0);
		expect(widest(bars)).toBeGreaterThan(150);
	});

	it("wraps prose at the terminal's width when that is narrower than the measure", async () => {
		const app = renderApp({ columns: 80, rows: 30, language: "en" });
		const lines = paneLines(await app.press("1"));
		expect(widest(lines)).toBeLessThanOrEqual(79);
		expect(widest(lines)).toBeGreaterThan(70);
	});
});
