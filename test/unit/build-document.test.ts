import { readFileSync } from "node:fs";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { citation } from "../../source/app/citation.ts";
import { type BriefingDocument, sectionIds } from "../../source/document/blocks.ts";
import { buildDocument } from "../../source/document/build-document.ts";
import type { Language } from "../../source/document/language.ts";
import { noteFromText } from "../../source/load/note-from-text.ts";
import { type Note, noteSchema } from "../../source/note/schema.ts";
import { renderMarkdown } from "../../source/render/render-markdown.ts";
import { renderText } from "../../source/render/render-text.ts";
import { bundledNote } from "../support/bundled-note.ts";
import { minimalNote, noteWith, remove } from "./note-fixture.ts";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
/** A note with only what every note must have: an id, a language, a Chinese title, empty lists. */
const sparse = noteFromText(read("../fixtures/chinese-only-note.json"), "chinese-only-note.json").note;
const bundled = bundledNote;
const notice = "This note has no English text; it is shown in Chinese as written.";

const build = (note: Note, language: Language, detail: "summary" | "full" = "full") =>
	buildDocument(note, { language, sections: sectionIds, detail });

/** Checks that no section is empty and no heading is left with nothing under it. */
function expectNoEmptyHeadings(document: BriefingDocument) {
	for (const section of document.sections) {
		expect(section.blocks.length, section.id).toBeGreaterThan(0);
		const last = section.blocks.at(-1);
		expect(last?.kind, `${section.id} ends with a heading`).not.toBe("heading");
	}
}

describe("a note with only its id, language, Chinese title and empty lists", () => {
	it("is a valid note", () => {
		expect(noteSchema.safeParse(JSON.parse(read("../fixtures/chinese-only-note.json"))).success).toBe(true);
	});

	it.each(["en", "zh", "both"] as const)(
		"builds a document in %s with no undefined and no empty heading",
		(language) => {
			const document = build(sparse, language);
			expect(JSON.stringify(document)).not.toMatch(/undefined|NaN|null/);
			expect(document.title).toBe("光模块需求持续旺盛,800G出货加速");
			expect(document.header).toEqual([]);
			expectNoEmptyHeadings(document);
		},
	);

	it("says in one line, in the reader's language, that each section has nothing", () => {
		const thesis = (language: Language) => build(sparse, language).sections[0]?.blocks;
		expect(thesis("en")).toEqual([{ kind: "paragraph", text: "The note states no thesis.", absent: true }]);
		expect(thesis("zh")).toEqual([{ kind: "paragraph", text: "本文未列出核心观点。", absent: true }]);
		const source = build(sparse, "en").sections.find((section) => section.id === "source");
		expect(source?.blocks).toEqual([
			{ kind: "paragraph", text: "The note gives no source or disclaimer.", absent: true },
		]);
	});

	it("carries the no-English notice in English and in both languages, not in Chinese", () => {
		expect(build(sparse, "en").notice).toBe(notice);
		expect(build(sparse, "both").notice).toBe(notice);
		expect(build(sparse, "zh").notice).toBeUndefined();
		expect("notice" in build(sparse, "zh")).toBe(false);
		expect(build(bundled, "en").notice).toBeUndefined();
	});

	it("prints as text and Markdown with the notice once, under the title, and no undefined", () => {
		const document = build(sparse, "en", "summary");
		const text = renderText([document], 40);
		expect(text.split(notice.slice(0, 20)).length - 1).toBe(1);
		expect(text.split("\n").slice(0, 3)).toEqual([
			"光模块需求持续旺盛,800G出货加速",
			"This note has no English text; it is",
			"shown in Chinese as written.",
		]);
		for (const line of text.split("\n")) expect(stringWidth(line), line).toBeLessThanOrEqual(40);
		expect(text).not.toContain("undefined");
		expect(text).toContain("The note states no thesis.");

		const markdown = renderMarkdown([document]);
		expect(markdown.startsWith(`# 光模块需求持续旺盛,800G出货加速\n\n_${notice}_\n\n## Thesis\n\n`)).toBe(
			true,
		);
		expect(markdown).not.toContain("undefined");
		expect(markdown).not.toMatch(/\n\n\n/);
		expect(renderText([build(sparse, "zh")], 40)).not.toContain("English");
	});
});

describe("a note with some of its optional fields", () => {
	it("shows a thesis of points alone without an empty headline", () => {
		const note = noteSchema.parse(noteWith(["thesis"], { points: [{ zh: "订单" }] }));
		const thesis = build(note, "zh").sections[0];
		expect(thesis?.blocks).toEqual([
			{ kind: "heading", level: 2, text: "关注重点" },
			{ kind: "list", ordered: true, items: ["订单"] },
		]);
	});

	it("says there is no thesis when the thesis has none of its parts", () => {
		const note = noteSchema.parse(noteWith(["thesis"], {}));
		expect(build(note, "en").sections[0]?.blocks).toEqual([
			{ kind: "paragraph", text: "The note states no thesis.", absent: true },
		]);
	});

	it("shows the disclaimer's first sentence in a summary, past Co., Ltd., with … where it is cut", () => {
		const source = (language: Language) =>
			buildDocument(bundled, { language, sections: ["source"], detail: "summary" }).sections[0]?.blocks.at(
				-1,
			);
		expect(source("en")).toEqual({
			kind: "paragraph",
			text: 'This official account is not a platform on which Huatai Securities Co., Ltd. ("Huatai Securities") publishes research reports; it is provided solely for the reference of Huatai Securities\' research-service clients in mainland China. …',
		});
		expect(source("zh")).toEqual({
			kind: "paragraph",
			text: "本公众号不是华泰证券股份有限公司(以下简称“华泰证券”)研究报告的发布平台,本公众号仅供华泰证券中国内地研究服务客户参考使用。…",
		});
		const whole = noteSchema.parse(noteWith(["disclaimer"], { en: "This is an example only." }));
		expect(
			buildDocument(whole, {
				language: "en",
				sections: ["source"],
				detail: "summary",
			}).sections[0]?.blocks.at(-1),
		).toEqual({
			kind: "paragraph",
			text: "This is an example only.",
		});
	});

	it("shows the disclaimer heading only when there is a disclaimer", () => {
		const withSource = noteSchema.parse(noteWith(["disclaimer"], remove));
		const source = build(withSource, "en").sections.find((section) => section.id === "source");
		expect(source?.blocks).toEqual([
			{
				kind: "fields",
				rows: [
					{ label: "Broker", value: "Example Research" },
					{ label: "Report date", value: "2025-01-02" },
					{ label: "Channel", value: "Client email" },
				],
			},
		]);
		const full = build(noteSchema.parse(minimalNote()), "en").sections.find(
			(section) => section.id === "source",
		);
		expect(full?.blocks).toContainEqual({ kind: "heading", level: 2, text: "Disclaimer" });
	});

	it("leaves an absent broker, sector, date and source out of the header and the source facts", () => {
		const raw = minimalNote();
		for (const field of ["broker", "sector", "reportDate", "source"]) delete raw[field];
		const document = build(noteSchema.parse(raw), "en");
		expect(document.header.map((row) => row.label)).toEqual(["Companies"]);
		const source = document.sections.find((section) => section.id === "source");
		expect(source?.blocks[0]).toEqual({ kind: "heading", level: 2, text: "Disclaimer" });
		expect(JSON.stringify(document)).not.toContain("undefined");
	});

	it("cites a figure without a broker or report date, and with them as before", () => {
		const raw = minimalNote();
		delete raw.broker;
		delete raw.reportDate;
		const note = noteSchema.parse(raw);
		const [figure] = note.figures;
		if (figure === undefined) throw new Error("no figure");
		expect(citation(figure, note)).toBe("Orders: 1,200 (4Q24) — Company filings: “订单1200张，环比+12%”");
		const complete = noteSchema.parse(minimalNote());
		expect(citation(figure, complete)).toBe(
			"Orders: 1,200 (4Q24) — Company filings, via Example Research, 2025-01-02: “订单1200张，环比+12%”",
		);
		const own = { ...figure, attribution: { kind: "broker" as const } };
		expect(citation(own, note)).toBe("Orders: 1,200 (4Q24) — Broker: “订单1200张，环比+12%”");
		expect(citation(own, complete)).toBe(
			"Orders: 1,200 (4Q24) — Example Research, 2025-01-02: “订单1200张，环比+12%”",
		);
	});
});

describe("a figure given as a range, with an estimate and a change of no basis", () => {
	const raw = minimalNote();
	const [first] = raw.figures as Record<string, unknown>[];
	const ranged = {
		...first,
		id: "profit",
		value: undefined,
		range: { low: 310_000_000, high: 385_000_000 },
		display: { zh: "3.10-3.85亿元", en: "CNY 310-385m" },
		period: "2026",
		estimate: true,
		change: { range: { low: 80, high: 120 }, unit: "%", basis: "yoy" },
		quote: "订单1200张，环比+12%",
	};
	const note = noteSchema.parse({
		...raw,
		figures: [...(raw.figures as unknown[]), JSON.parse(JSON.stringify(ranged))],
		charts: [{ id: "c", title: { en: "Profit" }, measure: "value", scale: "linear", figures: ["profit"] }],
	});

	it("shows the range as the note wrote it, the estimate and the change range in text and Markdown", () => {
		for (const output of [renderText([build(note, "en")], 100), renderMarkdown([build(note, "en")])]) {
			expect(output).toContain("CNY 310-385m");
			expect(output).toContain("2026 est.");
			// Markdown escapes ~ (a strikethrough mark in GFM): \~ reads as ~.
			expect(output.replaceAll("\\~", "~")).toContain("+80%~+120% yoy");
			expect(output).not.toContain("undefined");
		}
	});

	it("draws a range's bar to its high end, labelled with the note's text", () => {
		const chart = build(note, "en")
			.sections.flatMap((section) => section.blocks)
			.find((block) => block.kind === "chart");
		expect(chart).toMatchObject({ bars: [{ value: 385_000_000, display: "CNY 310-385m" }] });
	});

	it("cites the range with its estimated period", () => {
		const figure = note.figures.find((item) => item.id === "profit");
		expect(figure && citation(figure, note)).toMatch(/^Orders: CNY 310-385m \(2026 est\.\) — /u);
	});

	it("refuses a figure with both a value and a range, or neither", () => {
		const issues = (figure: object) =>
			noteSchema
				.safeParse(JSON.parse(JSON.stringify({ ...raw, charts: [], figures: [figure] })))
				.error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
		expect(issues({ ...ranged, value: 1 })).toEqual([
			"figures.0.value: expected exactly one of `value` and `range`",
		]);
		expect(issues({ ...ranged, range: undefined })).toEqual([
			"figures.0.value: expected exactly one of `value` and `range`",
		]);
		expect(issues({ ...ranged, range: { low: 2, high: 1 } })).toEqual([
			"figures.0.range.high: expected low to be at most high",
		]);
		expect(issues(ranged)).toBeUndefined();
	});
});
