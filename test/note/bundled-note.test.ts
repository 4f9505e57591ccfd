import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sanitizeValue } from "../../source/load/sanitize.ts";
import { type Note, noteSchema } from "../../source/note/schema.ts";

/** The fields a note may leave out (an imported draft does), all of which the bundled notes carry. */
const optionalFields = ["broker", "sector", "reportDate", "source", "thesis", "disclaimer"] as const;
/** A note with every one of them, as the "carries every field" test below checks. */
type CompleteNote = Note &
	Required<Pick<Note, (typeof optionalFields)[number]>> & { thesis: Required<NonNullable<Note["thesis"]>> };

const folder = new URL("../../data/", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, folder), "utf8");
const note = noteSchema.parse(
	JSON.parse(read("notes/huatai-2024-05-07-microsoft-mai-1.json")),
) as CompleteNote;
const source = read("sources/huatai-2024-05-07-microsoft-mai-1.txt");
const figure = (id: string) => {
	const found = note.figures.find((candidate) => candidate.id === id);
	if (found === undefined) throw new Error(`no figure ${id}`);
	return found;
};

describe("the bundled notes", () => {
	// briefing loads them without validating or sanitizing them again: these tests are why it may.
	it.each(readdirSync(new URL("notes/", folder)))("%s is a valid note, exactly as it is stored", (file) => {
		const stored = JSON.parse(read(`notes/${file}`));
		const result = noteSchema.safeParse(stored);
		expect(result.error?.issues ?? []).toEqual([]);
		expect(result.data).toEqual(stored);
	});

	it.each(readdirSync(new URL("notes/", folder)))("%s carries every field a note may leave out", (file) => {
		const stored = noteSchema.parse(JSON.parse(read(`notes/${file}`)));
		for (const field of optionalFields) expect(stored[field], field).toBeDefined();
		expect(stored.source?.channel).toBeDefined();
		for (const part of ["headline", "summary", "points"] as const)
			expect(stored.thesis?.[part], `thesis.${part}`).toBeDefined();
		expect(stored.thesis?.points?.length).toBeGreaterThan(0);
		expect(stored.title.en, "title.en").toBeDefined();
	});

	it.each(readdirSync(new URL("notes/", folder)))("%s holds no control characters to sanitize", (file) => {
		const stored = JSON.parse(read(`notes/${file}`));
		expect(sanitizeValue(stored)).toEqual(stored);
	});
});

describe("the MAI-1 note's source text", () => {
	it("is the seed text, byte for byte", () => {
		// The SHA-256 of ../shared/seed/000_9bc9e0ef91f53f19.txt, the note as reposted.
		const hash = createHash("sha256").update(
			readFileSync(new URL("sources/huatai-2024-05-07-microsoft-mai-1.txt", folder)),
		);
		expect(hash.digest("hex")).toBe("7f65dd3ed1d6d491d969b8c19827502f6d3304e60dd12a7bdbea749ec7958723");
	});

	it("contains every figure's quote verbatim", () => {
		for (const { id, quote } of note.figures) expect(source, id).toContain(quote);
	});

	it("contains the Chinese of every body, risk, thesis and disclaimer paragraph verbatim", () => {
		const texts = [
			note.title.zh,
			note.thesis.headline.zh,
			note.thesis.summary.zh,
			...note.thesis.points.map((point) => point.zh),
			...note.breakdown.flatMap((pillar) => [pillar.headline.zh, pillar.body.zh]),
			...note.risks.flatMap((risk) => [risk.title.zh, risk.body?.zh]),
			...(note.disclaimer.zh ?? "").split("\n\n"),
		];
		for (const text of texts) {
			expect(text).toBeDefined();
			expect(source).toContain(text);
		}
	});

	it("contains every registration number and address the note gives", () => {
		for (const analyst of note.analysts) {
			for (const { number } of analyst.registrations) expect(source).toContain(number);
		}
		for (const contact of note.contacts) if (contact.url) expect(source).toContain(contact.url);
		if (note.source.url) expect(source).toContain(note.source.url);
	});

	it("invents no email address or phone number", () => {
		const text = JSON.stringify(note);
		expect(text).not.toContain("@");
		expect(text).not.toMatch(/(?:电话|手机|邮箱|tel|phone|e-?mail)[:：]/i);
		expect(text).not.toMatch(/\+?\d{2,4}[ -]\d{3,4}[ -]?\d{4}/);
	});
});

describe("the MAI-1 note's numbers", () => {
	it.each([
		["mai-1-parameters", 500_000_000_000, "parameters", "5000亿"],
		["phi-1-0-parameters", 1_300_000_000, "parameters", "13亿"],
		["phi-1-5-parameters", 1_300_000_000, "parameters", "13亿"],
		["phi-2-parameters", 2_700_000_000, "parameters", "27亿"],
		["phi-3-mini-parameters", 3_800_000_000, "parameters", "38亿"],
		["big-four-capex", 44_350_000_000, "USD", "443.5亿美元"],
		["big-four-capex-growth", 35, "%", "35%"],
		["github-copilot-paid-customers", 1_800_000, "customers", "180万"],
		["power-platform-copilot-users", 330_000, "organisations", "33万"],
		["copilot-studio-customers", 30_000, "customers", "3万"],
	] as const)("%s is %d %s, as its quote says (%s)", (id, value, unit, written) => {
		expect(figure(id).value).toBe(value);
		expect(figure(id).unit).toBe(unit);
		expect(figure(id).quote).toContain(written);
	});

	it("keeps periods, dates, changes, qualifiers and sources", () => {
		expect(figure("mai-1-parameters")).toMatchObject({ qualifier: "about", attribution: { kind: "press" } });
		expect(figure("phi-3-mini-parameters").date).toBe("2024-04-23");
		expect(figure("big-four-capex")).toMatchObject({
			period: "CY24Q1",
			change: { value: 35, unit: "%", basis: "yoy" },
			attribution: { kind: "filings" },
		});
		expect(figure("big-four-capex-growth").change).toEqual({
			value: 26,
			unit: "pct-pt",
			basis: "vs",
			against: "23Q4",
		});
		const copilots: [string, number, string | undefined][] = [
			["github-copilot-paid-customers", 38, "more-than"],
			["power-platform-copilot-users", 43, undefined],
			["copilot-studio-customers", 175, "more-than"],
		];
		for (const [id, growth, qualifier] of copilots) {
			expect(figure(id)).toMatchObject({
				period: "FY24Q3",
				change: { value: growth, unit: "%", basis: "qoq" },
			});
			expect(figure(id).qualifier).toBe(qualifier);
			expect(figure(id).attribution.kind).toBe("earnings-call");
		}
	});

	it("names both analysts with their SAC and SFC numbers", () => {
		const registrations = Object.fromEntries(
			note.analysts.map((analyst) => [
				analyst.name.zh,
				analyst.registrations.map((r) => `${r.body} ${r.number}`),
			]),
		);
		expect(registrations).toEqual({
			谢春生: ["SAC S0570519080006", "SFC BQZ938"],
			彭钢: ["SAC S0570523090001"],
		});
	});

	it("has both languages in every reader-facing text", () => {
		const walk = (value: unknown, path: string): void => {
			if (Array.isArray(value)) {
				for (const [index, item] of value.entries()) walk(item, `${path}[${index}]`);
			} else if (value !== null && typeof value === "object") {
				if ("zh" in value || "en" in value) {
					expect(Object.keys(value).sort(), path).toEqual(["en", "zh"]);
					return;
				}
				for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`);
			}
		};
		walk(note, "note");
	});
});
