import { describe, expect, it } from "vitest";
import { sectionIds } from "../../source/document/blocks.ts";
import { buildDocument } from "../../source/document/build-document.ts";
import { type Note, noteSchema } from "../../source/note/schema.ts";
import { renderMarkdown } from "../../source/render/render-markdown.ts";
import { renderText } from "../../source/render/render-text.ts";
import { minimalNote } from "./note-fixture.ts";

// A sector note's stock table, as `briefing import` reads it (test/fixtures/import/cases/l06).
function ratedNote(): Note {
	const note = minimalNote();
	note.companies = [
		{
			name: { zh: "样例科技" },
			tickers: ["688999 CH"],
			targetPrice: { value: 52.6, currency: "CNY" },
			rating: { zh: "买入" },
		},
		{ name: { zh: "示例电子" }, tickers: ["00999 HK"], rating: { zh: "增持(维持)" } },
	];
	note.analysts = [{ name: { zh: "周沐" }, registrations: [{ body: "SAC", number: "S0000000000002" }] }];
	return noteSchema.parse(note);
}

const document = (note: Note) =>
	buildDocument(note, { language: "zh", sections: sectionIds, detail: "full" });

describe("a note whose companies carry ratings and target prices", () => {
	it("shows them as a table in Key numbers, before the figures", () => {
		const figures = document(ratedNote()).sections.find((section) => section.id === "figures");
		expect(figures?.blocks[0]).toEqual({
			kind: "table",
			columns: ["公司", "代码", "评级", "目标价"],
			rows: [
				["样例科技", "688999 CH", "买入", "52.6 CNY"],
				["示例电子", "00999 HK", "增持(维持)", ""],
			],
			// The target price is a number: right-aligned.
			align: ["left", "left", "left", "right"],
		});
	});

	it("prints the table in plain text and Markdown", () => {
		const text = renderText([document(ratedNote())], 100);
		expect(text).toMatch(/样例科技\s+688999 CH\s+买入\s+52\.6 CNY/u);
		const markdown = renderMarkdown([document(ratedNote())]);
		expect(markdown).toContain("| 样例科技 | 688999 CH | 买入 | 52.6 CNY |");
	});

	it("shows no company table when no company is rated or priced", () => {
		const note = { ...ratedNote(), companies: [{ name: { zh: "样例科技" }, tickers: ["688999 CH"] }] };
		const figures = document(note).sections.find((section) => section.id === "figures");
		expect(figures?.blocks.some((block) => block.kind === "table" && block.columns[0] === "公司")).toBe(
			false,
		);
	});

	it("names an analyst without a role by the name alone", () => {
		const analysts = document(ratedNote()).sections.find((section) => section.id === "analysts");
		expect(analysts?.blocks[0]).toEqual({ kind: "heading", level: 2, text: "周沐" });
	});
});
