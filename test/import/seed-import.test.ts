import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { draftNote } from "../../source/import/draft-note.ts";
import { type Figure, type Note, noteSchema } from "../../source/note/schema.ts";

const data = new URL("../../data/", import.meta.url);
const seed = readFileSync(new URL("sources/huatai-2024-05-07-microsoft-mai-1.txt", data), "utf8");
const bundled: Note = noteSchema.parse(
	JSON.parse(readFileSync(new URL("notes/huatai-2024-05-07-microsoft-mai-1.json", data), "utf8")),
);
const draft = draftNote(seed, "seed.txt");
const imported = draft.note;

// What makes two figures the same number: value, unit, period, day, change and qualifier.
const facts = (figure: Figure) => ({
	value: figure.value,
	unit: figure.unit,
	period: figure.period,
	date: figure.date,
	change: figure.change,
	qualifier: figure.qualifier,
});

describe("importing the bundled note's source text", () => {
	it("drafts a valid note", () => {
		expect(noteSchema.safeParse(imported).error?.issues ?? []).toEqual([]);
	});

	it("finds the title, broker, sector, report and repost dates and the source as the bundled note has them", () => {
		expect(imported.title.zh).toBe(bundled.title.zh);
		expect(imported.broker?.zh).toBe(bundled.broker?.zh);
		expect(imported.sector?.zh).toBe(bundled.sector?.zh);
		expect(imported.reportDate).toBe(bundled.reportDate);
		expect(imported.repostDate).toBe(bundled.repostDate);
		expect(imported.source?.channel?.zh).toBe(bundled.source?.channel?.zh);
		expect(imported.source?.compiledBy?.zh).toBe(bundled.source?.compiledBy?.zh);
		expect(imported.source?.url).toBe(bundled.source?.url);
		expect(imported.source?.excerptOf?.zh).toBe(bundled.source?.excerptOf?.zh);
	});

	it("finds the thesis: its headline, summary and points", () => {
		expect(imported.thesis?.headline?.zh).toBe(bundled.thesis?.headline?.zh);
		expect(imported.thesis?.summary?.zh).toBe(bundled.thesis?.summary?.zh);
		expect(imported.thesis?.points?.map((point) => point.zh)).toEqual(
			bundled.thesis?.points?.map((point) => point.zh),
		);
	});

	it("finds the three pillars with their headlines and bodies", () => {
		const shape = (note: Note) =>
			note.breakdown.map((pillar) => [pillar.title.zh, pillar.headline.zh, pillar.body.zh]);
		expect(shape(imported)).toEqual(shape(bundled));
	});

	it.each(bundled.figures.map((figure) => [figure.id, figure] as const))(
		"finds %s with the same value, unit, period, change and qualifier",
		(_, expected) => {
			const matches = imported.figures.filter(
				(figure) => JSON.stringify(facts(figure)) === JSON.stringify(facts(expected)),
			);
			expect(matches.map((figure) => figure.quote)).toContainEqual(expect.stringContaining(expected.quote));
		},
	);

	it("gives every figure a quote from the text that holds the figure as written", () => {
		for (const figure of imported.figures) {
			expect(seed).toContain(figure.quote);
			expect(figure.quote).toContain(figure.display.zh);
		}
	});

	it("attributes the figures as the bundled note does", () => {
		for (const expected of bundled.figures) {
			const found = imported.figures.find((figure) => figure.quote.includes(expected.quote));
			expect(found?.attribution.kind, expected.id).toBe(expected.attribution.kind);
		}
	});

	it("finds both risks with their bodies", () => {
		expect(imported.risks).toEqual(
			bundled.risks.map((risk) => ({ title: { zh: risk.title.zh }, body: { zh: risk.body?.zh } })),
		);
	});

	it("finds both analysts with their roles and registration numbers", () => {
		expect(imported.analysts).toEqual(
			bundled.analysts.map((analyst) => ({
				name: { zh: analyst.name.zh },
				role: { zh: analyst.role?.zh },
				registrations: analyst.registrations,
			})),
		);
	});

	it("finds the portals with their access rules, the related report and the disclaimer", () => {
		expect(imported.contacts.slice(0, 2)).toEqual(
			bundled.contacts.slice(0, 2).map((contact) => ({
				name: { zh: contact.name.zh },
				url: contact.url,
				access: { zh: contact.access?.zh },
			})),
		);
		expect(imported.contacts[2]?.name.zh).toBe(bundled.contacts[2]?.access?.zh);
		expect(imported.related).toEqual(
			bundled.related.map((report) => ({ title: { zh: report.title.zh }, date: report.date })),
		);
		expect(imported.disclaimer?.zh).toBe(bundled.disclaimer?.zh);
	});

	it("leaves out the site's footer", () => {
		expect(JSON.stringify(imported)).not.toContain("郑重声明");
		expect(JSON.stringify(imported)).not.toContain("大部分微信公众号研报");
	});

	it("fills in no English, and says so", () => {
		expect(JSON.stringify(imported)).not.toContain('"en"');
		expect(draft.empty.map((finding) => finding.field)).toContain("English");
	});

	it("lists what it could not find, with a reason", () => {
		expect(draft.empty.map((finding) => finding.field)).toEqual(
			expect.arrayContaining(["rating", "targetPrice", "companies", "charts"]),
		);
		for (const finding of draft.empty) expect(finding.text).not.toBe("");
	});
});
