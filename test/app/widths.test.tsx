import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { libraryLayout, libraryRowText, minimumTitleWidth } from "../../source/layout/library-rows.ts";
import { renderList } from "../../source/render/render-library.ts";
import { textWidth } from "../../source/text/width.ts";
import { bundledNote, renderApp, renderReader } from "./render-app.tsx";
import { libraryNotes, renderLibrary } from "./render-library.tsx";

afterEach(cleanup);

const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, "");

function expectFits(frame: string, columns: number, rows: number) {
	const lines = stripAnsi(frame).split("\n");
	expect(lines.length).toBeLessThanOrEqual(rows - 1);
	for (const line of lines) expect(textWidth(line), line).toBeLessThanOrEqual(columns);
}

describe("every drawn line fits the screen, by briefing's own width code", () => {
	it("draws the pillar tabs and every pane at 41 columns in both languages", async () => {
		const app = renderApp({ columns: 41, rows: 16, language: "both" });
		for (const pane of ["1", "2", "]", "]", "3", "4", "5", "6"]) {
			const frame = await app.press(pane);
			expectFits(frame, 41, 16);
		}
	});

	it.each([40, 41, 42])(
		"draws library rows in Chinese at %i columns, dropping whole columns",
		async (columns) => {
			const library = renderReaderZh(columns);
			const frame = await library.waitFor((text) => text.includes("3篇笔记中的3篇") && text.includes("[ZH]"));
			expectFits(frame, columns, 12);
			expect(frame).toContain("微软");
			expect(frame).not.toContain("……");
		},
	);

	it("keeps a line break inside a title, a figure label or a company name from breaking the frame", async () => {
		const note = {
			...bundledNote,
			title: { en: "First line\nsecond line of the title", zh: "第一行\n第二行" },
			companies: bundledNote.companies.map((company) => ({
				...company,
				name: { en: "Micro\nsoft", zh: "微\n软" },
			})),
			figures: bundledNote.figures.map((figure) => ({
				...figure,
				label: { en: `Two\nlines ${figure.label.en}` },
			})),
		};
		const app = renderApp({ note, columns: 60, rows: 20 });
		for (const pane of ["1", "3", "G", "5"]) {
			const frame = await app.press(pane);
			expectFits(frame, 60, 20);
		}
		expect(app.frame()).not.toContain("\r");
		const library = renderLibrary(60, 12, [{ note, file: "broken.json" }, ...libraryNotes]);
		expectFits(await library.waitFor((text) => text.includes("of 4 notes")), 60, 12);
		const listed = renderList([{ note, file: "broken.json" }], { format: "text", language: "en", width: 60 });
		expect(listed).toContain("First line second line");
	});
});

function renderReaderZh(columns: number) {
	return renderReader(libraryNotes, { columns, rows: 12, language: "zh" });
}

describe("the library row layout", () => {
	const rows = [
		["2024-05-07", "华泰证券研究所", "计算机与通信", "微软或推自研大模型，AI产业链受益", "MSFT US 0700 HK"],
	];
	const headings = ["报告日期", "机构", "行业", "标题", "代码"];

	it("drops tickers, then sector, then broker before the title gets under 20 columns", () => {
		const shown = [100, 80, 64, 50, 40, 30].map((width) => libraryLayout(rows, headings, width).shown);
		expect(shown[0]).toEqual([0, 1, 2, 3, 4]);
		for (const [index, columns] of shown.entries()) {
			const kept = new Set(columns);
			// A column is only dropped after those that go before it.
			if (!kept.has(2)) expect(kept.has(4), `${index}`).toBe(false);
			if (!kept.has(1)) expect(kept.has(2), `${index}`).toBe(false);
		}
		expect(shown.at(-2)).toEqual([0, 3]);
		for (const width of [100, 80, 64, 50, 40]) {
			const layout = libraryLayout(rows, headings, width);
			const title = layout.widths[layout.shown.indexOf(3)] ?? 0;
			expect(title, `${width}`).toBeGreaterThanOrEqual(minimumTitleWidth);
			expect(textWidth(libraryRowText(rows[0] ?? [], layout))).toBeLessThanOrEqual(width);
		}
	});

	it("gives the broker, sector and tickers their whole width where the title has more room than it needs", () => {
		const both = [
			[
				"2025-11-18",
				"招商证券 / China Merchants Securities",
				"计算机 / Computers",
				"比亚迪:资本开支同比增长 / BYD: capex rises",
				"002594.SZ",
			],
			[
				"2025-11-12",
				"华泰证券 / Huatai Securities",
				"医药 / Healthcare",
				"宁德时代:订单饱满 / CATL: order books are full",
				"300750.SZ",
			],
		];
		const bothHeadings = [
			"报告日期 / Report date",
			"机构 / Broker",
			"行业 / Sector",
			"标题 / Title",
			"代码 / Tickers",
		];
		const layout = libraryLayout(both, bothHeadings, 198);
		expect(layout.shown).toEqual([0, 1, 2, 3, 4]);
		for (const cells of [...both, bothHeadings]) {
			const text = libraryRowText(cells, layout);
			expect(text, text).not.toContain("…");
			expect(textWidth(text)).toBeLessThanOrEqual(198);
		}
		// Where the title needs the room, the caps hold: at 100 columns the broker is cut again.
		const narrow = libraryLayout(both, bothHeadings, 100);
		expect(libraryRowText(both[0] ?? [], narrow)).toContain("…");
	});

	it("draws the library at 200 columns in both languages without cutting a heading", async () => {
		const library = renderReader(libraryNotes, { columns: 200, rows: 12, language: "both" });
		const frame = await library.waitFor((text) => text.includes("3 of 3") && text.includes("[BOTH]"));
		expectFits(frame, 200, 12);
		const headingLine = frame.split("\n")[2] ?? "";
		expect(headingLine).toMatch(
			/报告日期 \/ Report date +机构 \/ Broker +行业 \/ Sector +标题 \/ Title +代码 \/ Tickers/u,
		);
	});
});
