import { readFileSync } from "node:fs";
import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { noteFromText } from "../../source/load/note-from-text.ts";
import { type Note, noteSchema } from "../../source/note/schema.ts";
import { expectFits } from "../support/expect-fits.ts";
import { renderApp } from "./render-app.tsx";

afterEach(cleanup);

/** A note with only an id, a language, a Chinese title and empty lists, as `briefing import` may draft. */
const sparse = noteFromText(
	readFileSync(new URL("../fixtures/chinese-only-note.json", import.meta.url), "utf8"),
	"chinese-only-note.json",
).note;
/** The same with one figure, attributed to the broker the note does not name. */
const withFigure: Note = noteSchema.parse({
	...sparse,
	figures: [
		{
			id: "shipments",
			label: { zh: "800G光模块出货量" },
			value: 1_000_000,
			unit: "units",
			display: { zh: "超100万只" },
			qualifier: "more-than",
			attribution: { kind: "broker" },
			quote: "800G光模块出货量超100万只",
		},
	],
});
const notice = "This note has no English text; it is shown in Chinese as written.";

describe("the reader, on a Chinese-only note with nothing but a title", () => {
	it("says once, under the header, that the note has no English", async () => {
		const app = renderApp({ note: sparse });
		const frame = await app.waitFor((text) => text.includes("[1 Thesis]"));
		expect(frame.split(notice).length - 1).toBe(1);
		const lines = frame.split("\n");
		expect(lines[0]).toContain("光模块需求持续旺盛,800G出货加速");
		expect(lines[2]).toContain(notice);
		expect(lines[3]).toContain("[1 Thesis]");
		expect(frame).toContain("The note states no thesis.");
		expect(frame).not.toContain("undefined");
	});

	it("wraps the notice on a narrow terminal rather than cut it", async () => {
		const app = renderApp({ note: sparse, columns: 40, rows: 10 });
		const frame = await app.waitFor((text) => text.includes("Thesis"));
		expectFits(frame, 40, 10);
		const lines = frame.split("\n").map((line) => line.trim());
		expect(lines.slice(2, 4)).toEqual([
			"This note has no English text; it is",
			"shown in Chinese as written.",
		]);
		expect(frame).toContain("The note states no thesis.");
	});

	it("drops the notice in Chinese and shows it again in both languages", async () => {
		const app = renderApp({ note: sparse });
		await app.waitFor((text) => text.includes(notice));
		const chinese = await app.press("L");
		expect(chinese).toContain("[ZH]");
		expect(chinese).not.toContain("English");
		expect(chinese).toContain("本文未列出核心观点。");
		const both = await app.press("L");
		expect(both).toContain("[BOTH]");
		expect(both).toContain(notice);
	});

	it("shows every pane in every language without undefined, within the terminal", async () => {
		for (const [columns, rows] of [
			[100, 30],
			[40, 10],
		] as const) {
			const app = renderApp({ note: sparse, columns, rows });
			for (const _language of ["en", "zh", "both"]) {
				for (const pane of ["1", "2", "3", "4", "5", "6"]) {
					const frame = await app.press(pane);
					expect(frame).not.toContain("undefined");
					expectFits(frame, columns, rows);
				}
				await app.press("L");
			}
			app.unmount();
		}
	});

	it("shows and copies a figure of a note with no broker or date, without undefined", async () => {
		const app = renderApp({ note: withFigure, columns: 80, rows: 16 });
		await app.waitFor((text) => text.includes(notice));
		const figures = await app.press("3");
		expectFits(figures, 80, 16);
		expect(figures).toContain("“800G光模块出货量超100万只”");
		expect(figures).toMatch(/— Broker\s*$/m);
		expect(figures).not.toContain("undefined");
		await app.press("y");
		expect(app.copied).toEqual(["800G光模块出货量: 超100万只 — Broker: “800G光模块出货量超100万只”"]);
	});
});
