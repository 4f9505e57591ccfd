import { describe, expect, it } from "vitest";
import { buildDocument } from "../../source/document/build-document.ts";
import { formatAttribution, formatChange } from "../../source/document/format-figure.ts";
import { type Language, localize } from "../../source/document/language.ts";
import { renderMarkdown } from "../../source/render/render-markdown.ts";
import { renderText } from "../../source/render/render-text.ts";
import { hyperlink, isLinkable } from "../../source/terminal/hyperlink.ts";
import { textWidth } from "../../source/text/width.ts";
import { bundledNote } from "../support/bundled-note.ts";

const figures = (language: Language) =>
	buildDocument(bundledNote, { language, sections: ["figures"], detail: "summary" });
const lines = (language: Language, width: number) => renderText([figures(language)], width).split("\n");

// The words of a figure's cells that no layout may break: each must stand whole on some line.
function unbreakableWords(language: Language): string[] {
	return bundledNote.figures.flatMap((figure) =>
		[
			localize(figure.display, language),
			figure.period ?? "",
			formatChange(figure.change, language),
			formatAttribution(figure.attribution, language),
			// Latin words of the label (a Chinese label may break between characters, as Chinese text does).
			...(localize(figure.label, language).match(/[A-Za-z0-9][\w.'-]*/g) ?? []),
		].flatMap((cell) => cell.split(" ").filter(Boolean)),
	);
}

describe("the printed figure table at several widths", () => {
	for (const language of ["en", "zh"] as const) {
		for (const width of [40, 60, 80, 120]) {
			it(`breaks no number or word and fits ${width} columns (${language})`, () => {
				const printed = lines(language, width);
				for (const line of printed) expect(textWidth(line)).toBeLessThanOrEqual(width);
				const text = printed.join("\n");
				for (const word of unbreakableWords(language)) expect(text, word).toContain(word);
			});
		}
	}

	it("switches to cards, one figure a block with its label on its own line, where a cell would break", () => {
		for (const language of ["en", "zh"] as const) {
			const printed = lines(language, 40);
			expect(printed.some((line) => line.includes("──"))).toBe(false);
			const label = localize(bundledNote.figures[0]?.label, language);
			const at = printed.indexOf(label);
			expect(at).toBeGreaterThan(0);
			expect(printed[at + 1]?.startsWith(`  ${localize(bundledNote.figures[0]?.display, language)} · `)).toBe(
				true,
			);
		}
		// Chinese needs more room than English before its figures make a table.
		expect(lines("zh", 60).some((line) => line.includes("──"))).toBe(false);
		expect(lines("en", 60).some((line) => line.includes("──"))).toBe(true);
	});

	it("right-aligns the values in the table", () => {
		for (const language of ["en", "zh"] as const) {
			const printed = lines(language, 120);
			const rows = bundledNote.figures.map((figure) => {
				const display = localize(figure.display, language);
				const line = printed.find((candidate) => candidate.includes(`  ${display}  `)) ?? "";
				return textWidth(line.slice(0, line.indexOf(`  ${display}  `) + 2 + display.length));
			});
			expect(new Set(rows).size, rows.join(",")).toBe(1);
		}
	});
});

describe("the Markdown figure table", () => {
	it("marks the value column right-aligned where it prints a table", () => {
		const markdown = renderMarkdown([figures("en")], 80);
		expect(markdown).toContain("| --- | ---: | --- | --- | --- |");
		expect(markdown).toContain("| MAI-1 parameters | \\~500B |");
	});

	it("prints cards, one list item a figure, where the text would be cards at the width", () => {
		const markdown = renderMarkdown([figures("zh")], 40);
		expect(markdown).not.toContain("---:");
		expect(markdown).toContain("- **MAI-1参数量** — 约5000亿 · 《The information》");
		expect(markdown.match(/^- \*\*/gm)).toHaveLength(bundledNote.figures.length);
	});
});

describe("links in printed text", () => {
	const analysts = (hyperlinks: boolean) =>
		renderText(
			[buildDocument(bundledNote, { language: "en", sections: ["analysts"], detail: "summary" })],
			80,
			undefined,
			hyperlinks,
		);

	it("are OSC 8 hyperlinks only when asked for (a terminal that shows them), never otherwise", () => {
		expect(analysts(false)).not.toContain("\u001b");
		expect(analysts(true)).toContain("\u001b]8;;https://inst.htsc.com/research\u0007");
	});

	it("never link an address that is not http(s) or that holds a control character", () => {
		expect(isLinkable("https://example.com/a?b=c")).toBe(true);
		expect(hyperlink("x", "javascript:alert(1)")).toBe("x");
		expect(hyperlink("x", "file:///etc/passwd")).toBe("x");
		expect(hyperlink("x", "https://example.com/\u0007\u001b]52;c;AAAA\u0007")).toBe("x");
		expect(hyperlink("x", "https://example.com/\u009b2J")).toBe("x");
		expect(hyperlink("x", "https://example.com/a b")).toBe("x");
	});
});
