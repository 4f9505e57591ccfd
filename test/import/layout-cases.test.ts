import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BriefingError } from "../../source/base/briefing-error.ts";
import { exitCodeOfKind } from "../../source/cli/exit-codes.ts";
import { type Draft, draftNote } from "../../source/import/draft-note.ts";
import { type Note, noteSchema } from "../../source/note/schema.ts";

// The layout cases of test/fixtures/import/cases/ (l…, r…: copied from the shared import cases,
// whose README explains the format) and this project's own around each kind (layouts/), each read
// strictly against its NAME.expect.json.
const folders = [
	{ url: new URL("../fixtures/import/cases/", import.meta.url), pick: /^[lr]\d.*\.txt$/u },
	{ url: new URL("../fixtures/import/layouts/", import.meta.url), pick: /\.txt$/u },
];

interface ExpectedFigure {
	quote: string;
	value: number;
	unit: string;
	period?: string;
	qualifier?: string;
	change?: { value: number; kind: string; basis?: string };
}

interface Expected {
	layout: "repost" | "first-page" | "refuse";
	layoutName?: string;
	exit?: number;
	fields?: Record<string, string>;
	analysts?: { name: string; sac?: string; sfc?: string }[];
	roles?: string[];
	companies?: {
		name: string;
		ticker: string;
		targetPrice?: number | null;
		currency?: string;
		rating?: string;
	}[];
	figures?: ExpectedFigure[];
	pillars?: string[];
	leftOut?: string[];
	forbidden?: string[];
}

const cases = folders.flatMap(({ url, pick }) =>
	readdirSync(url)
		.filter((name) => pick.test(name))
		.map((name) => ({
			name: name.replace(/\.txt$/u, ""),
			text: readFileSync(new URL(name, url), "utf8"),
			expected: JSON.parse(
				readFileSync(new URL(name.replace(/\.txt$/u, ".expect.json"), url), "utf8"),
			) as Expected,
		})),
);

/** The values a case allows: `A (or B)` is A or B; `A (why) or absent` is A or nothing; `absent` is nothing. */
function allowed(value: string): (string | undefined)[] {
	const absent = /(?:^|\s)or absent$|^absent$/u.test(value);
	const main = value.replace(/\s*or absent$|^absent$/u, "").replace(/\s+\((?:or|from) [^)]*\)/gu, "");
	const others = Array.from(value.matchAll(/\(or ([^)]+)\)/gu), (match) => match[1] as string);
	return [...(main === "" ? [] : [main]), ...others, ...(absent ? [undefined] : [])];
}

const fieldOf: Record<string, (note: Note) => string | undefined> = {
	title: (note) => note.title.zh,
	broker: (note) => note.broker?.zh,
	sector: (note) => note.sector?.zh,
	reportDate: (note) => note.reportDate,
	repostDate: (note) => note.repostDate,
	rating: (note) => note.rating?.zh,
	targetPrice: (note) =>
		note.targetPrice === undefined ? undefined : `${note.targetPrice.value} ${note.targetPrice.currency}`,
};

// Checks one `forbidden` entry; each form the cases use is read, and an unknown form fails the test.
function checkForbidden(rule: string, note: Note): void {
	const named = /^an analyst named (.+)$/u.exec(rule);
	const field = /^(broker|sector|title|rating) (.+)$/u.exec(rule);
	if (rule === "a title ending in .pdf") expect(note.title.zh?.toLowerCase().endsWith(".pdf")).toBe(false);
	else if (named) {
		const names = (named[1] as string).split(" or ");
		for (const analyst of note.analysts) expect(names).not.toContain(analyst.name.zh);
	} else if (field) expect(fieldOf[field[1] as string]?.(note)).not.toBe(field[2]);
	else throw new Error(`unknown forbidden rule: ${rule}`);
}

function checkFigure(expected: ExpectedFigure, draft: Draft): void {
	const figure = draft.note.figures.find((candidate) => candidate.quote.includes(expected.quote));
	if (figure === undefined) {
		// A figure the figure stage cannot bind may be left out, but then it is listed with why.
		expect(
			draft.skipped.some((number) => expected.quote.includes(number.text)),
			`${expected.quote}: neither found nor listed as left out`,
		).toBe(true);
		return;
	}
	expect(figure.value).toBe(expected.value);
	expect([expected.unit, "units"]).toContain(figure.unit);
	if (expected.period !== undefined) expect(figure.period).toBe(expected.period);
	if (expected.qualifier !== undefined) expect(figure.qualifier).toBe(expected.qualifier);
	if (expected.change !== undefined) {
		expect(figure.change?.value).toBe(expected.change.value);
		expect(figure.change?.unit).toBe(expected.change.kind);
		if (expected.change.basis !== undefined) expect(figure.change?.basis).toBe(expected.change.basis);
	}
}

describe.each(cases)("layout case $name", ({ name, text, expected }) => {
	if (expected.layout === "refuse") {
		it(`is refused with one line and exit ${expected.exit}`, () => {
			let error: unknown;
			try {
				draftNote(text, `${name}.txt`);
			} catch (caught) {
				error = caught;
			}
			expect(error).toBeInstanceOf(BriefingError);
			expect(exitCodeOfKind[(error as BriefingError).kind]).toBe(expected.exit);
			expect((error as BriefingError).message).toMatch(/^[^\n]+: not a broker note[^\n]+tried [^\n]+$/u);
		});
		return;
	}
	const draft = draftNote(text, `${name}.txt`);
	const { note } = draft;

	it("is read in its layout as a valid note", () => {
		const family = draft.layout === "morning-digest" ? "repost" : draft.layout;
		expect(family).toBe(expected.layout);
		if (expected.layoutName !== undefined) expect(draft.layout).toBe(expected.layoutName);
		expect(noteSchema.safeParse(note).error?.issues ?? []).toEqual([]);
	});

	it("holds the fields the case names", () => {
		for (const [field, value] of Object.entries(expected.fields ?? {})) {
			expect(allowed(value), field).toContain(fieldOf[field]?.(note));
		}
	});

	if (expected.analysts !== undefined)
		it("binds each registration number to its person", () => {
			expect(note.analysts).toHaveLength(expected.analysts?.length ?? 0);
			expected.analysts?.forEach((person, index) => {
				const analyst = note.analysts[index];
				expect(allowed(person.name)).toContain(analyst?.name.zh);
				const numbers = (body: string) =>
					analyst?.registrations.filter((registration) => registration.body === body).map((r) => r.number);
				expect(numbers("SAC")).toEqual(person.sac === undefined ? [] : [person.sac]);
				expect(numbers("SFC")).toEqual(person.sfc === undefined ? [] : [person.sfc]);
			});
			if (expected.roles !== undefined)
				expect(note.analysts.map((analyst) => analyst.role?.zh)).toEqual(expected.roles);
		});

	if (expected.companies !== undefined)
		it("reads each company's ticker, target price and rating", () => {
			expect(
				note.companies.map((company) => ({
					name: company.name.zh,
					ticker: company.tickers?.[0],
					targetPrice: company.targetPrice?.value,
					rating: company.rating?.zh,
				})),
			).toEqual(
				expected.companies?.map((company) => ({
					name: company.name,
					ticker: company.ticker,
					targetPrice: company.targetPrice ?? undefined,
					rating: company.rating,
				})),
			);
			expected.companies?.forEach((company, index) => {
				if (company.currency !== undefined)
					expect(note.companies[index]?.targetPrice?.currency).toBe(company.currency);
			});
		});

	if (expected.leftOut !== undefined)
		it("lists what it left out, with why", () => {
			for (const reason of expected.leftOut ?? []) {
				expect(draft.skipped.map((item) => item.reason)).toContain(reason);
			}
		});

	if (expected.figures !== undefined)
		it("finds the figures, or lists them as left out", () => {
			for (const figure of expected.figures ?? []) checkFigure(figure, draft);
		});

	if (expected.pillars !== undefined)
		it("reads the sections the case names", () => {
			expect(note.breakdown.map((pillar) => `${pillar.title.zh}:${pillar.headline.zh}`)).toEqual(
				expected.pillars,
			);
		});

	if (expected.forbidden !== undefined)
		it("holds nothing the case forbids", () => {
			for (const rule of expected.forbidden ?? []) checkForbidden(rule, note);
		});
});
