import { readFileSync } from "node:fs";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { type Block, sectionIds } from "../../source/document/blocks.ts";
import { buildBrief } from "../../source/document/brief.ts";
import { buildDocument } from "../../source/document/build-document.ts";
import type { Language } from "../../source/document/language.ts";
import { briefLines, fitBrief } from "../../source/layout/brief-lines.ts";
import { plain } from "../../source/layout/line.ts";
import { noteFromText } from "../../source/load/note-from-text.ts";
import { type Note, noteSchema } from "../../source/note/schema.ts";
import { expectItemsOf, leftOut } from "../brief-items.ts";
import { bundledNote } from "../support/bundled-note.ts";
import { minimalNote } from "./note-fixture.ts";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const bundled = bundledNote;
const sparse = noteFromText(read("../fixtures/chinese-only-note.json"), "chinese-only-note.json").note;

const briefText = (note: Note, language: Language, width: number) =>
	briefLines(fitBrief(buildBrief(note, language), width), width, language).map(plain);

describe("the bundled note's brief", () => {
	for (const width of [80, 60]) {
		for (const language of ["en", "zh", "both"] as const) {
			it(`fits 20 lines of ${width} columns in ${language} and holds every item or counts it`, () => {
				const lines = briefText(bundled, language, width);
				expect(lines.length).toBeLessThanOrEqual(20);
				for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
				// At 80 columns in one language, all of it fits: 3 focus areas, 10 figures, 2 risks.
				expectItemsOf(bundled, language, lines, width === 80 && language !== "both");
			});
		}
	}

	it("is a selection of the full briefing's blocks", () => {
		for (const language of ["en", "zh", "both"] as const) {
			const document = buildDocument(bundled, { language, sections: sectionIds, detail: "summary" });
			const blocks = document.sections.flatMap((section) => section.blocks);
			const texts = new Set<string>([
				document.title,
				...document.header.map((row) => row.value),
				...blocks.flatMap((block: Block): string[] => {
					if (block.kind === "heading" || block.kind === "paragraph") return [block.text];
					if (block.kind === "list") return block.items;
					if (block.kind === "table") return block.rows.flat();
					if (block.kind === "fields")
						return block.rows.flatMap((row) => [row.value, `${row.label} ${row.value}`]);
					return [];
				}),
			]);
			const brief = buildBrief(bundled, language);
			const strings = [
				brief.title,
				...brief.facts,
				brief.headline ?? "",
				...brief.focus,
				...brief.figures.flatMap((figure) => Object.values(figure).filter(Boolean)),
				...brief.risks,
				...brief.analysts.flatMap((analyst) => analyst.registrations),
				brief.address ?? "",
			];
			for (const text of strings) expect(texts, text).toContain(text);
			for (const analyst of brief.analysts)
				expect([...texts].some((text) => text.startsWith(analyst.name))).toBe(true);
		}
	});
});

describe("a note with more than 20 lines can hold", () => {
	const note = noteSchema.parse({
		...minimalNote(),
		thesis: { headline: { en: "Many numbers" }, points: [{ en: "One" }, { en: "Two" }, { en: "Three" }] },
		figures: Array.from({ length: 40 }, (_, index) => ({
			id: `f${index + 1}`,
			label: { en: `Figure ${index + 1}`, zh: `指标${index + 1}` },
			value: index + 1,
			unit: "CNY",
			display: { en: `${index + 1}M`, zh: `${index + 1}百万元` },
			period: "2025",
			attribution: { kind: "broker" },
			quote: `指标${index + 1}为${index + 1}百万元`,
		})),
		charts: [],
		risks: Array.from({ length: 10 }, (_, index) => ({
			title: { en: `Risk ${index + 1}`, zh: `风险${index + 1}` },
		})),
	});

	for (const width of [80, 60, 20]) {
		for (const language of ["en", "zh", "both"] as const) {
			it(`a 40-figure, 10-risk note in ${language} at ${width} columns fits by saying what it left out`, () => {
				const lines = briefText(note, language, width);
				expect(lines.length).toBe(20);
				for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
				expectItemsOf(note, language, lines, false);
				expect(leftOut(lines, "figures?", "项数据")).toBeGreaterThan(0);
				expect(leftOut(lines, "risks?", "项风险")).toBeGreaterThan(0);
				// The list with most items gives way first: figures never show fewer than risks.
				const count = (prefix: string) => lines.filter((line) => line.startsWith(prefix)).length;
				expect(count("• ")).toBeGreaterThanOrEqual(count("! "));
			});
		}
	}

	it("keeps every registration number of eight analysts, the figures giving way", () => {
		const analysts = Array.from({ length: 8 }, (_, index) => ({
			name: { en: `Analyst Number${index + 1}` },
			registrations: [{ body: "SAC", number: `S05700000000${index + 10}` }],
		}));
		const crowded = noteSchema.parse({ ...note, analysts });
		const lines = briefText(crowded, "en", 60);
		expect(lines.length).toBe(20);
		for (const analyst of analysts) expect(lines.join("\n")).toContain(analyst.registrations[0]?.number);
		expectItemsOf(crowded, "en", lines, false);
	});

	it("shows all of a list that fits once the longest list gave way", () => {
		const fitted = fitBrief(buildBrief(note, "en"), 80);
		expect(fitted.leftOut.focus).toBe(0);
		expect(fitted.brief.figures.map((figure) => figure.label)).toEqual(
			note.figures.slice(0, fitted.brief.figures.length).map((figure) => figure.label.en),
		);
		expect(fitted.leftOut.figures + fitted.brief.figures.length).toBe(40);
	});
});

describe("the brief of a note that states little", () => {
	it("is its title and, for English, the notice, with no empty lines", () => {
		expect(briefText(sparse, "zh", 60)).toEqual(["光模块需求持续旺盛,800G出货加速"]);
		// The notice wraps rather than being cut: it says why the text is Chinese.
		expect(briefText(sparse, "en", 60)).toEqual([
			"光模块需求持续旺盛,800G出货加速",
			"This note has no English text; it is shown in Chinese as",
			"written.",
		]);
	});

	it("leaves out the facts it lacks, keeping those it has", () => {
		const note = noteSchema.parse({
			...minimalNote(),
			broker: undefined,
			reportDate: "2025-03-04",
			rating: { en: "Buy" },
		});
		expect(briefText(note, "en", 80)[1]).toBe("2025-03-04 · Buy · Widget Co WDGT");
	});
});

describe("the brief of a note whose text breaks lines", () => {
	it("keeps each item on one line, so that it still fits 20 lines", () => {
		const lines = Array.from({ length: 15 }, (_, index) => `line ${index}`).join("\n");
		const note = minimalNote();
		const multiline = { en: lines };
		Object.assign(note, {
			title: multiline,
			thesis: { headline: multiline, points: [multiline] },
			risks: [{ title: multiline }],
			analysts: [{ name: multiline, registrations: [{ body: "SAC", number: "S\n1" }] }],
		});
		(note.figures as { label: unknown }[])[0] = { ...(note.figures as object[])[0], label: multiline };
		const brief = buildBrief(noteSchema.parse(note), "en");
		const flat = lines.replace(/\n/gu, " ");
		expect(brief.title).toBe(flat);
		expect(brief.headline).toBe(flat);
		expect(brief.focus).toEqual([flat]);
		expect(brief.figures[0]?.label).toBe(flat);
		expect(brief.risks).toEqual([`1. ${flat}`]);
		expect(brief.analysts).toEqual([{ name: flat, registrations: ["SAC S 1"] }]);
		expect(briefText(noteSchema.parse(note), "en", 80).length).toBeLessThanOrEqual(20);
	});
});
