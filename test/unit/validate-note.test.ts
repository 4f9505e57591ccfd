import { describe, expect, it } from "vitest";
import { BriefingError } from "../../source/base/briefing-error.ts";
import { describeIssues, formatPath, validateNote } from "../../source/load/validate-note.ts";
import { noteSchema } from "../../source/note/schema.ts";
import { minimalNote, noteWith, remove, setAt } from "./note-fixture.ts";

function problems(value: unknown, file = "n.json"): string[] {
	try {
		validateNote(value, file);
	} catch (error) {
		if (!(error instanceof BriefingError)) throw error;
		expect(error.kind).toBe("invalid-input");
		return error.message.split("\n");
	}
	throw new Error("expected the note to be rejected");
}

describe("validateNote: valid notes", () => {
	it("accepts the minimal note and returns an equal copy", () => {
		const note = minimalNote();
		const result = validateNote(note, "n.json");
		expect(result).toEqual(note);
		expect(result).not.toBe(note);
	});

	it("accepts a note without its optional fields", () => {
		const note = minimalNote();
		delete note.charts;
		for (const field of ["period", "change", "pillar"]) setAt(note, ["figures", 0, field], remove);
		setAt(note, ["companies", 0, "tickers"], remove);
		expect(validateNote(note, "n.json").figures[0]).not.toHaveProperty("change");
		for (const field of ["broker", "sector", "reportDate", "source", "thesis", "disclaimer"])
			delete note[field];
		expect(validateNote(note, "n.json")).not.toHaveProperty("thesis");
		expect(validateNote(noteWith(["thesis"], {}), "n.json").thesis).toEqual({});
		// A note read from a broker's own PDF has a source (its text) but no repost channel.
		expect(validateNote(noteWith(["source", "channel"], remove), "n.json").source?.channel).toBeUndefined();
	});

	it("returns a note whose strings carry escape sequences sanitized", () => {
		const note = noteWith(["title"], { en: "\u001b[31mRed\u001b[0m title\u001b]0;pwned\u0007" });
		setAt(note, ["figures", 0, "quote"], "订单\t1200\r\n张\u202e");
		const result = validateNote(note, "n.json");
		expect(result.title).toEqual({ en: "Red title" });
		expect(result.figures[0]?.quote).toBe("订单 1200\n张");
		// The input is left as it was.
		expect((note.title as { en: string }).en).toContain("\u001b");
	});
});

describe("validateNote: problems", () => {
	it("says a missing required field is missing and what it should be", () => {
		expect(problems(noteWith(["companies"], remove))).toEqual(["n.json: companies: missing; expected array"]);
		expect(problems(noteWith(["source", "channel", "zh"], ""))).toEqual([
			"n.json: source.channel.zh: expected a non-empty string",
		]);
		expect(problems(noteWith(["figures", 0, "label"], remove))).toEqual([
			"n.json: figures[0].label: missing; expected object",
		]);
	});

	it("names the type it got", () => {
		expect(problems(noteWith(["reportDate"], 20250102))).toEqual([
			"n.json: reportDate: expected string, got number",
		]);
		expect(problems(noteWith(["title", "en"], 5))).toEqual(["n.json: title.en: expected string, got number"]);
		expect(problems(noteWith(["figures"], "none"))).toEqual(["n.json: figures: expected array, got string"]);
		expect(problems(noteWith(["broker"], null))).toEqual(["n.json: broker: expected object, got null"]);
		expect(problems(noteWith(["companies"], {}))).toEqual(["n.json: companies: expected array, got object"]);
	});

	it("names an infinite number, which JSON can write as 1e309, by its value", () => {
		const note = JSON.parse(JSON.stringify(minimalNote()).replace('"value":1200', '"value":1e309'));
		expect(problems(note)).toEqual(["n.json: figures[0].value: expected number, got Infinity"]);
	});

	it("rejects something that is not a note at all", () => {
		expect(problems([])).toEqual(["n.json: (the whole note): expected object, got array"]);
		expect(problems("note")).toEqual(["n.json: (the whole note): expected object, got string"]);
	});

	it.each(["2025-13-01", "2025-02-30", "2025/01/02", "2 January 2025", "20250102"])(
		"rejects the date %s",
		(date) => {
			expect(problems(noteWith(["reportDate"], date))).toEqual([
				"n.json: reportDate: expected a date written YYYY-MM-DD",
			]);
		},
	);

	it("reports an unknown field at its own path", () => {
		expect(problems(noteWith(["summary"], "x"))).toEqual([
			"n.json: summary: unexpected field (not in the note format)",
		]);
		expect(problems(noteWith(["figures", 0, "change", "percent"], true))).toEqual([
			"n.json: figures[0].change.percent: unexpected field (not in the note format)",
		]);
	});

	it("rejects a value outside an enumeration", () => {
		const [line] = problems(noteWith(["figures", 0, "change", "unit"], "bp"));
		expect(line).toMatch(/^n\.json: figures\[0\]\.change\.unit: expected one of /u);
		expect(line).toContain('"pct-pt"');
	});

	it("rejects an empty string", () => {
		expect(problems(noteWith(["title"], { zh: "" }))).toEqual([
			"n.json: title.zh: expected a non-empty string",
		]);
	});

	it("rejects text in neither language", () => {
		expect(problems(noteWith(["title"], {}))).toEqual(["n.json: title: expected at least one of zh or en"]);
	});

	it("rejects a figure whose pillar names no pillar", () => {
		expect(problems(noteWith(["figures", 0, "pillar"], "compute"))).toEqual([
			'n.json: figures[0].pillar: expected the id of a breakdown pillar, got "compute"',
		]);
	});

	it("rejects a chart that names an unknown figure", () => {
		expect(problems(noteWith(["charts", 0, "figures"], ["orders", "revenue"]))).toEqual([
			'n.json: charts[0].figures[1]: expected the id of a figure, got "revenue"',
		]);
	});

	it("rejects duplicate figure ids, naming the second", () => {
		const note = minimalNote();
		const figures = note.figures as Record<string, unknown>[];
		figures.push({ ...figures[0], label: { en: "Again" } });
		expect(problems(note)).toEqual(['n.json: figures[1].id: duplicate figure id "orders"']);
	});

	it("rejects a bad URL", () => {
		expect(problems(noteWith(["source", "url"], "javascript:alert(1)"))).toEqual([
			"n.json: source.url: expected a valid url",
		]);
	});

	it("gives one line per problem", () => {
		const note = minimalNote();
		delete note.title;
		note.reportDate = "tomorrow";
		expect(problems(note)).toEqual([
			"n.json: title: missing; expected object",
			"n.json: reportDate: expected a date written YYYY-MM-DD",
		]);
	});

	it("sanitizes escape sequences in a key and in the file name", () => {
		const lines = problems(noteWith(["ba\u001b[2Jd\u001b]0;pwned\u0007"], 1), "evil\u001b[31m.json");
		expect(lines).toEqual(["evil.json: bad: unexpected field (not in the note format)"]);
	});

	it("explains what an id may contain", () => {
		expect(problems(noteWith(["id"], "Widgets 2025"))).toEqual([
			"n.json: id: expected lower-case letters, digits, '.', '_' or '-'",
		]);
	});

	it("reports every unknown field, not just the first of an object", () => {
		const note = minimalNote();
		note.summary = "x";
		note.author = "y";
		expect(problems(note)).toEqual([
			"n.json: summary: unexpected field (not in the note format)",
			"n.json: author: unexpected field (not in the note format)",
		]);
	});

	it("does not let a string that is only an escape sequence come back empty", () => {
		expect(problems(noteWith(["title"], { en: "\u001b[2J" }))).toEqual([
			"n.json: title.en: expected a non-empty string",
		]);
	});
});

describe("formatPath", () => {
	it("writes paths the way a reader does", () => {
		expect(formatPath(["figures", 3, "change", "unit"])).toBe("figures[3].change.unit");
		expect(formatPath(["charts", 0, "figures", 2])).toBe("charts[0].figures[2]");
		expect(formatPath(["reportDate"])).toBe("reportDate");
		expect(formatPath([0, "name"])).toBe("[0].name");
		expect(formatPath([])).toBe("(the whole note)");
	});
});

describe("describeIssues", () => {
	it("returns one line per issue, each starting with the file name", () => {
		const value = { ...minimalNote(), reportDate: 1, title: {}, extra: true };
		const result = noteSchema.safeParse(value);
		expect(result.success).toBe(false);
		if (result.success) return;
		const lines = describeIssues(result.error, value, "f.json");
		expect(lines).toHaveLength(result.error.issues.length);
		for (const line of lines) expect(line).toMatch(/^f\.json: \S/u);
		expect(lines).toContain("f.json: reportDate: expected string, got number");
		expect(lines).toContain("f.json: extra: unexpected field (not in the note format)");
	});
});

describe("describeIssues: text of the note in an error", () => {
	it("shows a field name's line breaks as \\n: one problem is one line", () => {
		const lines = problems(
			{ ...minimalNote(), "x\r\n/etc/notes/other.json: title: expected object": 1 },
			"f.json",
		);
		expect(lines).toEqual([
			"f.json: x\\n/etc/notes/other.json: title: expected object: unexpected field (not in the note format)",
		]);
	});

	it("shows a pillar id's and a chart figure id's line breaks as \\n", () => {
		const pillar = problems(noteWith(["figures", 0, "pillar"], "x\nother.json: forged"), "f.json");
		expect(pillar.length).toBeGreaterThan(0);
		for (const line of pillar) expect(line).toMatch(/^f\.json: figures\[0\]\.pillar: /u);
		expect(pillar).toContain(
			'f.json: figures[0].pillar: expected the id of a breakdown pillar, got "x\\nother.json: forged"',
		);
		const chart = problems(noteWith(["charts", 0, "figures", 0], "a\rb"), "f.json");
		for (const line of chart) expect(line).toMatch(/^f\.json: charts\[0\]\.figures\[0\]: /u);
		expect(chart).toContain('f.json: charts[0].figures[0]: expected the id of a figure, got "a\\nb"');
	});

	it("cuts a long field name or id to 80 characters", () => {
		const [field, ...others] = problems({ ...minimalNote(), [`x${"y".repeat(5_000_000)}`]: 1 }, "f.json");
		expect(others).toEqual([]);
		expect(field).toBe(`f.json: x${"y".repeat(78)}…: unexpected field (not in the note format)`);
		const pillar = problems(noteWith(["figures", 0, "pillar"], "p".repeat(1000)), "f.json");
		expect(pillar).toContain(
			`f.json: figures[0].pillar: expected the id of a breakdown pillar, got "${"p".repeat(79)}…"`,
		);
	});
});
