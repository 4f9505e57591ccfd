import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { localize } from "../../source/document/language.ts";
import { textWidth } from "../../source/text/width.ts";
import { bundledNote, renderApp } from "./render-app.tsx";

afterEach(cleanup);

const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m|\u001b\]8;;[^\u0007]*\u0007/g, "");
const screenLines = (frame: string) => stripAnsi(frame).split("\n");

describe("the Key numbers pane's figure table", () => {
	for (const language of ["en", "zh"] as const) {
		for (const columns of [40, 60, 80, 120]) {
			it(`breaks no value or source at ${columns} columns (${language})`, async () => {
				const app = renderApp({ columns, rows: 60, language });
				const frame = await app.press("3");
				const lines = screenLines(frame);
				for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(columns);
				for (const figure of bundledNote.figures.slice(0, 4)) {
					expect(frame).toContain(localize(figure.display, language));
				}
				const cards = !lines.some((line) => line.includes("──  ──"));
				// Cards where the table would have to break a cell inside a word or a number.
				expect(cards).toBe(columns <= 60);
			});
		}
	}

	it("keeps the table's header on screen while its rows scroll", async () => {
		const app = renderApp({ columns: 80, rows: 16, language: "en" });
		const first = await app.press("3");
		expect(first).toMatch(/Figure +Value +Period/u);
		let frame = first;
		for (let press = 0; press < 6; press += 1) frame = await app.press("j");
		const lines = screenLines(frame);
		// The first figure has scrolled away; the header is still the first line of the pane.
		expect(frame).not.toContain("MAI-1 parameters");
		expect(lines[3]).toMatch(/^ {3}Figure +Value +Period/u);
		expect(lines[4]).toMatch(/^ {3}─+ {2}─+/u);
		expect(frame).toContain("▶");
		const selected = lines.find((line) => line.includes("▶")) ?? "";
		expect(lines.indexOf(selected)).toBeGreaterThan(4);
		// Ctrl-E scrolls a line at a time under the header, and the selection stays below it.
		const scrolled = screenLines(await app.press("\u0005"));
		expect(scrolled[3]).toMatch(/^ {3}Figure +Value/u);
		expect(scrolled.findIndex((line) => line.includes("▶"))).toBeGreaterThan(4);
		// Going back up brings the first figure back below the header, then the table's own top.
		for (let press = 0; press < 10; press += 1) frame = await app.press("k");
		expect(screenLines(frame)[3]).toMatch(/^ {3}Figure/u);
		expect(frame).toContain("▶ MAI-1 parameters");
	});

	it("right-aligns the values of the table", async () => {
		const app = renderApp({ columns: 120, rows: 40, language: "en" });
		const lines = screenLines(await app.press("3"));
		const ends = bundledNote.figures.slice(0, 5).map((figure) => {
			const display = localize(figure.display, "en");
			const line = lines.find((candidate) => candidate.includes(`  ${display}  `)) ?? "";
			return line.indexOf(`  ${display}  `) + 2 + display.length;
		});
		expect(new Set(ends).size).toBe(1);
	});
});

describe("addresses in the reader", () => {
	const longUrl = `https://research.example.com/portal/${"x".repeat(80)}`;
	const note = {
		...bundledNote,
		contacts: bundledNote.contacts.map((contact, index) =>
			index === 0 ? { ...contact, url: longUrl } : contact,
		),
	};

	it("are never split over lines: cut with … to fit, and linked in full", async () => {
		const app = renderApp({ note, columns: 60, rows: 30, hyperlinks: true });
		const frame = await app.press("5");
		const lines = screenLines(frame);
		const shown = lines.filter((line) => line.includes("research.example.com"));
		expect(shown).toHaveLength(1);
		expect(shown[0]).toMatch(/https:\/\/research\.example\.com\/portal\/x+…/u);
		expect(lines.some((line) => /^ +x{5,}/u.test(line))).toBe(false);
		expect(frame).toContain(`\u001b]8;;${longUrl}\u0007`);
	});

	it("link only http(s) addresses, and only where the terminal shows links", async () => {
		const plain = renderApp({ note, columns: 60, rows: 30, hyperlinks: false });
		expect(await plain.press("5")).not.toContain("\u001b]8;;");
	});
});
