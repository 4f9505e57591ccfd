import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { draftNote } from "../../source/import/draft-note.ts";
import { type Figure, noteSchema } from "../../source/note/schema.ts";

// The figure cases of test/fixtures/import/cases/ (copied from the shared import cases): each
// NAME.txt with NAME.expect.json saying which figures must come out, read here strictly in the note
// format's own field names.
const folder = new URL("../fixtures/import/cases/", import.meta.url);
const names = readdirSync(folder)
	.filter((name) => /^f\d\d.*\.txt$/u.test(name))
	.map((name) => name.replace(/\.txt$/u, ""));

interface ExpectedFigure {
	quote?: string;
	label_contains?: string;
	value?: number;
	range?: [number, number];
	unit?: string;
	period?: string;
	change?: { value: number; kind: "%" | "pct-pt"; basis?: string };
	qualifier?: string;
	attribution?: string;
	or?: string;
}

// The expectations' words for units, qualifiers and sources, in the note format's terms.
const units = (unit: string) =>
	unit
		.replace(/ per /u, "/")
		.split(/ \(or | or /u)
		.map((item) => item.replace(/\)$/u, ""));
const qualifier = (words: string | undefined): Figure["qualifier"] =>
	words === undefined || words.startsWith("none")
		? undefined
		: ({ about: "about", "more than": "more-than" } as Record<string, Figure["qualifier"]>)[words];

/** The figure as stated, or its change as stated: a growth rate is its figure's change (rule 2). */
function statements(figure: Figure) {
	const change = figure.change;
	return [
		{ value: figure.value, range: figure.range, unit: figure.unit },
		...(change === undefined ? [] : [{ value: change.value, range: change.range, unit: change.unit }]),
	];
}

function check(figure: Figure, expected: ExpectedFigure) {
	const stated = statements(figure).find((item) =>
		expected.range === undefined
			? item.value === expected.value
			: item.range?.low === expected.range[0] && item.range?.high === expected.range[1],
	);
	expect(stated, `${expected.quote ?? expected.label_contains}: value or range`).toBeDefined();
	if (expected.unit !== undefined) expect(units(expected.unit)).toContain(stated?.unit);
	if (stated === statements(figure)[0]) {
		expect(figure.period, "period").toBe(expected.period);
		if (expected.change !== undefined) {
			const { value, kind, basis } = expected.change;
			expect(figure.change).toEqual({ value, unit: kind, ...(basis !== undefined && { basis }) });
		}
		if (expected.qualifier !== undefined) expect(figure.qualifier).toBe(qualifier(expected.qualifier));
		if (expected.attribution === "the broker") expect(figure.attribution.kind).toBe("broker");
		else if (expected.attribution !== undefined)
			expect(figure.attribution).toEqual({ kind: "data", name: { zh: expected.attribution } });
	}
}

// What each case says must never come out, in the note format's terms.
const forbidden: Record<string, (figures: Figure[]) => Figure[]> = {
	f02: (figures) => figures.filter((figure) => figure.value === 31 && figure.period === "2025Q2"),
	f03: (figures) =>
		figures.filter(
			(figure) =>
				(figure.label.zh?.includes("门诊量") && JSON.stringify(figure).includes("27.08")) ||
				(figure.label.zh?.match(/同比增长/gu)?.length ?? 0) > 0 ||
				figure.value === 21.4 ||
				figure.value === 27.08,
		),
	f04: (figures) =>
		figures.filter((figure) => [80, 120, 310_000_000, 385_000_000].includes(figure.value ?? -1)),
	f05: (figures) =>
		figures.filter(
			(figure) => /分别|销售.*管理|管理.*研发|[、/]/u.test(figure.label.zh ?? "") || figure.value === 41,
		),
	f06: (figures) =>
		figures.filter(
			(figure) =>
				/同减|下滑|下降/u.test(figure.label.zh ?? "") ||
				(figure.change?.value ?? -1) > 0 ||
				[2, 6.5, 1.2, 8.4, 3.15].includes(figure.value ?? -1),
		),
	f07: (figures) =>
		figures.filter((figure) => /^[+-]?$/u.test(figure.label.zh ?? "") || figure.value === 18.44),
	f27: (figures) =>
		figures.filter(
			(figure) =>
				/增长率|图表|资料来源/u.test(figure.label.zh ?? "") ||
				[12.3, 27, 20.6, 18.2, 8.1, 18.5].includes(figure.value ?? -1),
		),
	f29: (figures) =>
		figures.filter(
			(figure) =>
				/点击|本文|图1|当前股价/u.test(figure.label.zh ?? "") ||
				[25.3, 20.1, 16.5, 30.2, 24.6, 19.8, 6.2].includes(figure.value ?? -1) ||
				figure.change?.basis === "qoq",
		),
	f30: (figures) =>
		figures.filter(
			(figure) =>
				/\+\/-|财务摘要|[0-9]/u.test(figure.label.zh ?? "") ||
				[12.1, 20.2, 19, 18.3, 9.8, 21.2, 20.6, 19.7].includes(figure.value ?? -1),
		),
	f31: (figures) =>
		figures.filter(
			(figure) =>
				figure.unit === "CNY" ||
				figure.unit === "CNY/股" ||
				(figure.label.zh === "目標價" && figure.period !== undefined) ||
				/YoY|同店/u.test(figure.label.zh ?? ""),
		),
	f32: (figures) =>
		figures.filter(
			(figure) =>
				figure.unit.startsWith("CNY") ||
				figure.value === 1.45 ||
				/年增|預估|预估/u.test(figure.label.zh ?? ""),
		),
	f28: (figures) =>
		figures.filter(
			(figure) =>
				/YoY|平均|甲科技|乙電子/u.test(figure.label.zh ?? "") ||
				[45.6, 32.1, 25.4, 20.3, 18.2, 28.7, 22.9, 18.8, 30.4, 24.2, 19.6].includes(figure.value ?? -1),
		),
};

describe.each(names)("case %s", (name) => {
	const text = readFileSync(new URL(`${name}.txt`, folder), "utf8");
	const expected = JSON.parse(readFileSync(new URL(`${name}.expect.json`, folder), "utf8")) as {
		figures: ExpectedFigure[];
		/** Our own cases (f11 on): numbers that must be left out and listed, as written. */
		left_out?: string[];
		/** Our own cases: the labels the figures must carry, in order. */
		labels?: string[];
		/** Our own cases: `figures` lists every figure the note holds. */
		all_figures?: boolean;
	};
	const draft = draftNote(text, `${name}.txt`);
	const figures = draft.note.figures;

	it("drafts a valid note whose quotes are the text's own", () => {
		expect(noteSchema.safeParse(draft.note).error?.issues ?? []).toEqual([]);
		for (const figure of figures) {
			expect(text.replaceAll("\n", "")).toContain(figure.quote);
			expect(figure.quote).toContain(figure.display.zh);
		}
	});

	it.each(expected.figures.map((figure) => [figure.quote ?? figure.label_contains, figure] as const))(
		"states %s as the case says, or leaves it out and lists it where the case allows",
		(_, item) => {
			const found = figures.filter((figure) =>
				item.quote !== undefined
					? figure.quote.includes(item.quote)
					: (figure.label.zh?.includes(item.label_contains ?? "") ?? false),
			);
			if (found.length === 0 && /left out/u.test(item.or ?? "")) {
				expect(draft.skipped.some((number) => (item.quote ?? "").includes(number.text))).toBe(true);
				return;
			}
			expect(found.length, "figures matched").toBeGreaterThan(0);
			// Several figures may share a quote (a list); the one with the expected value is checked.
			const figure =
				found.find((candidate) =>
					statements(candidate).some((stated) =>
						item.range === undefined ? stated.value === item.value : stated.range?.low === item.range[0],
					),
				) ?? found[0];
			check(figure as Figure, item);
		},
	);

	if (expected.all_figures === true)
		it("drafts no figure the case does not list", () => {
			expect(figures.length).toBe(expected.figures.length);
		});

	if (expected.labels !== undefined)
		it("labels each figure with what it counts", () => {
			expect(figures.map((figure) => figure.label.zh)).toEqual(expected.labels);
		});

	it.each(expected.left_out ?? [])("leaves out %s and lists it", (written) => {
		expect(draft.skipped.map((number) => number.text)).toContain(written);
		expect(figures.filter((figure) => figure.display.zh === written)).toEqual([]);
	});

	it("never states what the case forbids", () => {
		expect(forbidden[name.slice(0, 3)]?.(figures) ?? []).toEqual([]);
	});
});

describe("case f30's table", () => {
	it("is no pillar: the pillar is the heading before it", () => {
		const text = readFileSync(new URL("f30-first-page-forecast-table.txt", folder), "utf8");
		expect(draftNote(text, "f30.txt").note.breakdown.map((pillar) => pillar.title.zh)).toEqual(["盈利预测"]);
	});
});

describe("case f29's WeChat lines", () => {
	it("are no risk, and no paragraph of the thesis", () => {
		const text = readFileSync(new URL("f29-wechat-furniture-and-valuation.txt", folder), "utf8");
		const { note } = draftNote(text, "f29.txt");
		expect(note.risks.map((risk) => risk.title.zh)).toEqual(["价格战加剧;海外政策变化。"]);
		expect(note.thesis?.summary?.zh).not.toMatch(/点击|本文来自|版权/u);
		expect(note.breakdown).toEqual([]);
	});
});
