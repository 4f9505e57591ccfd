// Property tests over random notes: whatever a valid note holds, it loads clean and renders within
// the width with no escapes; whatever a broken note looks like, it ends in a BriefingError (exit 65)
// whose every line names the file, never in another exception.

import { Chalk } from "chalk";
import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { BriefingError } from "../../source/base/briefing-error.ts";
import { sectionIds } from "../../source/document/blocks.ts";
import { buildDocument } from "../../source/document/build-document.ts";
import { noteFromText } from "../../source/load/note-from-text.ts";
import { renderMarkdown } from "../../source/render/render-markdown.ts";
import { renderText } from "../../source/render/render-text.ts";
import { withoutWholeAddress } from "../support/expect-fits.ts";
import { baseNote, escapesOnly, nestedArrays, nestedObjects } from "./hostile-notes.ts";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// What a loaded note's strings must never hold: C0 controls but newline (tabs become spaces), DEL,
// C1, the bidi controls, the Arabic letter mark, the line and paragraph separators, and the BOM.
const controlInNote =
	/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/u;
// What printed output must never hold (once briefing's own SGR colours are taken out).
const controlInOutput = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const sgr = /\u001b\[[0-9;]*m/g;

const codePoints = (text: string, pattern: RegExp) =>
	[...text]
		.filter((character) => pattern.test(character))
		.map((character) => `U+${character.codePointAt(0)?.toString(16).padStart(4, "0")}`)
		.join(" ");

/** Every string of a value, keys included. */
function strings(value: unknown, found: string[] = []): string[] {
	if (typeof value === "string") found.push(value);
	else if (Array.isArray(value)) for (const item of value) strings(item, found);
	else if (value !== null && typeof value === "object")
		for (const [key, item] of Object.entries(value)) {
			found.push(key);
			strings(item, found);
		}
	return found;
}

// ---------------------------------------------------------------------------------------------
// (a) Random valid notes, their text full of control characters and escape sequence pieces.

// Something that stays visible whatever is around it (unless an unterminated OSC swallows it).
const visible = fc.constantFrom(
	"a",
	"Z",
	"7",
	"%",
	"中",
	"報",
	"ｱ",
	"é",
	"e\u0301",
	"👍🏽",
	"👩‍💻",
	"🇨🇳",
	"한",
);
// The pieces of terminal control sequences, and text that is hard to lay out.
const piece = fc.constantFrom(
	"\u001b[",
	"\u001b[2J",
	"\u001b[31m",
	"\u001b]0;",
	"\u001b]8;;https://evil.example/",
	"\u001b]52;c;",
	"\u001bP",
	"\u001b\\",
	"\u001b",
	"\u0007",
	"\u0008",
	"\u009b",
	"\u009d",
	"\u009c",
	"\u202e",
	"\u2066",
	"\u2069",
	"\u200b",
	"\u200d",
	"\ufeff",
	"\u0301",
	"\r",
	"\r\n",
	"\n",
	"\t",
	"\u0000",
	" ",
	"  ",
	"—",
	"。",
	"（",
);
const noise = fc.array(fc.oneof(fc.string({ unit: "binary", maxLength: 8 }), piece, visible), {
	maxLength: 6,
});
// Random text around a visible character. A BEL ends whatever sequence the text before left open
// (an unterminated OSC or DCS runs to the end of the text), so the visible character survives and
// most notes load; plain binary strings, rarely made only of control characters, are mixed in.
const anyText = fc.oneof(
	fc
		.tuple(noise, visible, noise)
		.map(([before, middle, after]) => `${before.join("")}\u0007${middle}${after.join("")}`),
	fc.string({ unit: "binary", minLength: 1, maxLength: 30 }),
);

const identifier = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,11}$/);
const date = fc
	.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
	.map((day) => day.toISOString().slice(0, 10));
const url = fc.constantFrom(
	"https://example.com/",
	"http://research.example.cn/report?id=1#top",
	"https://evil.example/\u001b]8;;https://other.example/\u0007x",
	"https://evil.example/a\u202eb",
);
const number = fc.oneof(
	fc.double({ noNaN: true, noDefaultInfinity: true }),
	fc.integer({ min: -1000, max: 1_000_000_000_000 }),
	fc.constantFrom(0, -0, 1e308, -1e308, 5e-324),
);
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/** Valid notes whose free text is drawn from `text`. */
function notes(text: fc.Arbitrary<string>) {
	const localized = fc.oneof(
		fc.record({ zh: text }),
		fc.record({ en: text }),
		fc.record({ zh: text, en: text }),
	);
	const figure = fc.record({
		label: localized,
		value: number,
		unit: text,
		display: localized,
		period: optional(text),
		date: optional(date),
		change: optional(
			fc.record({
				value: number,
				unit: fc.constantFrom("%", "pct-pt"),
				basis: fc.constantFrom("yoy", "qoq", "mom", "vs"),
				against: optional(text),
			}),
		),
		qualifier: optional(fc.constantFrom("more-than", "about", "up-to", "nearly")),
		attribution: fc.record({
			kind: fc.constantFrom("broker", "press", "filings", "earnings-call", "other"),
			name: optional(localized),
		}),
		pillar: fc.nat(),
		quote: text,
	});
	return (
		fc
			.record({
				id: identifier,
				language: fc.constantFrom("zh", "en"),
				title: localized,
				broker: localized,
				sector: localized,
				reportDate: date,
				repostDate: optional(date),
				source: fc.record({
					channel: localized,
					compiledBy: optional(localized),
					url: optional(url),
					text: optional(text),
					excerptOf: optional(localized),
				}),
				companies: fc.array(
					fc.record({ name: localized, tickers: optional(fc.array(text, { maxLength: 3 })) }),
					{
						maxLength: 3,
					},
				),
				rating: optional(localized),
				targetPrice: optional(fc.record({ value: number, currency: text })),
				thesis: fc.record({
					headline: localized,
					summary: localized,
					points: fc.array(localized, { maxLength: 3 }),
				}),
				breakdown: fc.array(
					fc.record({
						title: localized,
						headline: localized,
						body: localized,
						points: optional(fc.array(localized, { maxLength: 3 })),
					}),
					{ maxLength: 3 },
				),
				figures: fc.array(figure, { maxLength: 4 }),
				charts: optional(
					fc.array(
						fc.record({
							title: localized,
							measure: fc.constantFrom("value", "change"),
							scale: fc.constantFrom("linear", "log"),
							figures: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
						}),
						{ maxLength: 2 },
					),
				),
				risks: fc.array(fc.record({ title: localized, body: optional(localized) }), { maxLength: 3 }),
				analysts: fc.array(
					fc.record({
						name: localized,
						role: localized,
						registrations: fc.array(fc.record({ body: text, number: text }), { maxLength: 2 }),
					}),
					{ maxLength: 2 },
				),
				contacts: fc.array(fc.record({ name: localized, url: optional(url), access: optional(localized) }), {
					maxLength: 2,
				}),
				related: fc.array(fc.record({ title: localized, date: optional(date) }), { maxLength: 2 }),
				disclaimer: localized,
			})
			// The cross-references: pillar ids, figure ids (unique), a figure's pillar, a chart's figures.
			.map((drawn) => {
				const breakdown = drawn.breakdown.map((pillar, index) => ({ id: `pillar-${index}`, ...pillar }));
				const figures = drawn.figures.map(({ pillar, change, ...rest }, index) => ({
					id: `figure-${index}`,
					...rest,
					pillar:
						breakdown.length > 0 && pillar % 3 !== 0 ? `pillar-${pillar % breakdown.length}` : undefined,
					change:
						change?.basis === "vs" && change.against === undefined ? { ...change, against: "23Q4" } : change,
				}));
				const charts =
					figures.length === 0
						? undefined
						: drawn.charts?.map((chart, index) => ({
								id: `chart-${index}`,
								...chart,
								figures: chart.figures.map((pick) => `figure-${pick % figures.length}`),
							}));
				return { ...drawn, breakdown, figures, charts };
			})
	);
}

/** Notes with any text at all. */
const note = notes(anyText);

const rendering = fc.record({
	width: fc.integer({ min: 20, max: 200 }),
	language: fc.constantFrom("en", "zh", "both") as fc.Arbitrary<"en" | "zh" | "both">,
	sections: fc.subarray([...sectionIds], { minLength: 1 }),
	detail: fc.constantFrom("summary", "full") as fc.Arbitrary<"summary" | "full">,
	color: fc.boolean(),
});

describe("random valid notes", () => {
	it("load with every string free of control characters, or fail only on a text that was nothing else", () => {
		fc.assert(
			fc.property(note, (drawn) => {
				let loaded: ReturnType<typeof noteFromText>;
				try {
					loaded = noteFromText(JSON.stringify(drawn), "random.json");
				} catch (error) {
					// A text made only of control sequences (an unterminated OSC can swallow the rest) is an error.
					expect(error).toBeInstanceOf(BriefingError);
					expect((error as BriefingError).kind).toBe("invalid-input");
					for (const line of (error as Error).message.split("\n"))
						expect(line).toMatch(/^random\.json: [^:]+: expected a non-empty string$/);
					return;
				}
				for (const value of strings(loaded.note)) expect(codePoints(value, controlInNote)).toBe("");
			}),
			{ numRuns: 300 },
		);
	});

	it("render as text within the width and with no escapes, and as Markdown with no escapes", () => {
		const chalk = new Chalk({ level: 3 });
		fc.assert(
			fc.property(note, rendering, (drawn, { width, language, sections, detail, color }) => {
				let loaded: ReturnType<typeof noteFromText>;
				try {
					loaded = noteFromText(JSON.stringify(drawn), "random.json");
				} catch {
					return; // the property above covers what is rejected
				}
				const document = buildDocument(loaded.note, { language, sections, detail });
				const output = renderText([document, document], width, color ? chalk : undefined);
				for (const line of output.replace(sgr, "").split("\n")) {
					expect(codePoints(line, controlInOutput)).toBe("");
					expect(stringWidth(withoutWholeAddress(line)), JSON.stringify(line)).toBeLessThanOrEqual(width);
				}
				if (!color) expect(output).not.toContain("\u001b");
				expect(codePoints(renderMarkdown([document]).replace(/\n/g, ""), controlInOutput)).toBe("");
			}),
			{ numRuns: 300 },
		);
	});
});

describe("text whose width briefing once undercounted", () => {
	// A user-perceived character was measured by its first code point, so what joins it and takes a
	// column of its own counted as nothing: a spacing mark (Devanagari कि, ः; 440 code points), the
	// half-width katakana voiced marks ﾞ ﾟ (ﾊﾟ), the prepended concatenation marks (the Arabic
	// number sign U+0600 counted the digit it carries as zero), and a leading Hangul jamo joined to a
	// whole syllable (ᄀ가: two wide characters counted as one). string-width (and terminals) give
	// each its columns, and lines must fit the width by that count.
	const cases: [string, string][] = [
		["Hindi", "हिन्दी की किताबें पढ़िए और समझिए। ".repeat(20)],
		["half-width katakana", "ﾊﾟｿｺﾝｹﾞｰﾑﾃﾞﾊﾞｲｽ".repeat(20)],
		["the Arabic number sign", "\u0600\u0661\u0662 ".repeat(60)],
		["a leading Hangul jamo before a syllable", "ᄀ가ᄂ나 ".repeat(60)],
	];
	for (const [name, summary] of cases) {
		it(`${name} renders within the width`, () => {
			const base = baseNote();
			const text = JSON.stringify({
				...base,
				thesis: { ...(base.thesis as object), summary: { en: summary } },
			});
			const document = buildDocument(noteFromText(text, "undercounted.json").note, {
				language: "en",
				sections: ["thesis"],
				detail: "summary",
			});
			for (const width of [20, 40, 100])
				for (const line of renderText([document], width).split("\n"))
					expect(stringWidth(withoutWholeAddress(line)), JSON.stringify(line)).toBeLessThanOrEqual(width);
		});
	}
});

// ---------------------------------------------------------------------------------------------
// (b) Random mutations of the bundled note, and (c) random damage to its text.

type Path = (string | number)[];

/** Every path to a value in a JSON value, the root's (the empty path) first. */
function paths(value: Json, prefix: Path = [], found: Path[] = []): Path[] {
	found.push(prefix);
	if (Array.isArray(value))
		for (const [index, item] of value.entries()) paths(item, [...prefix, index], found);
	else if (value !== null && typeof value === "object")
		for (const [key, item] of Object.entries(value)) paths(item, [...prefix, key], found);
	return found;
}

function get(value: Json, path: Path): Json {
	let current = value;
	for (const key of path) current = (current as Record<string | number, Json>)[key] as Json;
	return current;
}

/** Returns the value with the one at `path` replaced by `change(old)`, or deleted when it returns undefined. */
function update(value: Json, path: Path, change: (old: Json) => Json | undefined): Json | undefined {
	if (path.length === 0) return change(value);
	const [key, ...rest] = path as [string | number, ...Path];
	if (Array.isArray(value)) {
		const copy = value.slice();
		const item = update(copy[key as number] as Json, rest, change);
		if (item === undefined) copy.splice(key as number, 1);
		else copy[key as number] = item;
		return copy;
	}
	const copy = { ...(value as Record<string, Json>) };
	const item = update(copy[key as string] as Json, rest, change);
	if (item === undefined) delete copy[key as string];
	else copy[key as string] = item;
	return copy;
}

// Numbers JSON.stringify cannot write, put into the text afterwards through these placeholders.
const specialNumbers: Record<string, string> = {
	"@@infinity@@": "1e309",
	"@@minus-infinity@@": "-1e309",
	"@@minus-zero@@": "-0",
	"@@underflow@@": "1e-400",
	"@@long@@": "123456789012345678901234567890.123456789e-5",
};

// Inserted text, line breaks included (a key or an id that is echoed in an error keeps to its line).
const insertedText = fc.oneof(fc.string({ unit: "binary", maxLength: 20 }), piece);
const key = fc.oneof(
	insertedText,
	fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty", "$schema", "id", "zh", "en"),
);

const mutation = fc.record({
	kind: fc.constantFrom("delete", "retype", "insert-string", "duplicate", "wrap", "special-number"),
	at: fc.nat(),
	value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
	text: insertedText,
	key,
	special: fc.constantFrom(...Object.keys(specialNumbers)),
});

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function typeOf(value: Json): string {
	return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}

function mutate(note: Json, change: Mutation): Json {
	const all = paths(note);
	const path = all[change.at % all.length] as Path;
	const target = get(note, path);
	const changed = update(note, path, (old) => {
		switch (change.kind) {
			case "delete":
				return path.length === 0 ? {} : undefined;
			case "retype": {
				const candidates: Json[] = [change.value, null, true, 0, -1.5, "text", [], {}, [old], { value: old }];
				return candidates.find((candidate) => typeOf(candidate) !== typeOf(old)) ?? null;
			}
			case "insert-string":
				if (typeof old === "string") return `${old.slice(0, 3)}${change.text}${old.slice(3)}`;
				if (Array.isArray(old)) return [...old, change.text];
				if (old !== null && typeof old === "object") {
					// A plain property even for "__proto__", as JSON.parse makes it.
					const copy: Record<string, Json> = { ...old };
					Object.defineProperty(copy, change.key, {
						value: change.text,
						enumerable: true,
						writable: true,
						configurable: true,
					});
					return copy;
				}
				return change.text;
			case "duplicate":
				return Array.isArray(old) && old.length > 0
					? [...old, old[change.at % old.length] as Json]
					: [old, old];
			case "wrap":
				return [old];
			case "special-number":
				return change.special;
		}
	});
	return changed === undefined ? target : changed;
}

function toText(note: Json): string {
	let text = JSON.stringify(note);
	for (const [placeholder, number] of Object.entries(specialNumbers))
		text = text.replaceAll(`"${placeholder}"`, number);
	return text;
}

const file = "notes/mutated-note.json";

/** Checks what `noteFromText` does with a text: a note, or a BriefingError of exit 65 naming the file on every line. */
function expectNoteOrDataError(text: string): void {
	let loaded: ReturnType<typeof noteFromText> | undefined;
	try {
		loaded = noteFromText(text, file);
	} catch (error) {
		expect(error).toBeInstanceOf(BriefingError);
		expect((error as BriefingError).kind).toBe("invalid-input");
		const lines = (error as Error).message.split("\n");
		for (const line of lines) {
			expect(line.startsWith(`${file}:`), JSON.stringify(line)).toBe(true);
			expect(line.length).toBeGreaterThan(file.length + 2);
			expect(codePoints(line, controlInOutput)).toBe("");
		}
		return;
	}
	for (const value of strings(loaded.note)) expect(codePoints(value, controlInNote)).toBe("");
}

const bundled = baseNote("bundled") as Json;

describe("random mutations of the bundled note", () => {
	it("load, or end in a BriefingError (exit 65) whose every line names the file", () => {
		fc.assert(
			fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
				expectNoteOrDataError(toText(mutations.reduce(mutate, bundled)));
			}),
			{ numRuns: 400 },
		);
	});

	it("damaged text (characters inserted, deleted, replaced, the file cut short) gives a line:column error", () => {
		const original = toText(bundled);
		const damage = fc.record({
			at: fc.nat({ max: original.length }),
			remove: fc.nat({ max: 3 }),
			insert: fc.oneof(
				fc.constantFrom(
					"{",
					"}",
					"[",
					"]",
					",",
					":",
					'"',
					"\\",
					"\u0000",
					"\u001b",
					"1e309",
					"\n",
					" ",
					"\ufeff",
				),
				fc.string({ unit: "binary", maxLength: 4 }),
			),
			cut: fc.boolean(),
		});
		fc.assert(
			fc.property(fc.array(damage, { minLength: 1, maxLength: 3 }), (damages) => {
				let text = original;
				for (const { at, remove, insert, cut } of damages) {
					const index = Math.min(at, text.length);
					text = cut ? text.slice(0, index) : `${text.slice(0, index)}${insert}${text.slice(index + remove)}`;
				}
				expectNoteOrDataError(text);
			}),
			{ numRuns: 400 },
		);
	});

	it("a note wrapped in arrays, or given as null, a string or a number, is one clear error", () => {
		for (const text of [`[${toText(bundled)}]`, "null", "[]", '"text"', "1e309", "-0", "true", "{}"]) {
			expectNoteOrDataError(text);
			expect(() => noteFromText(text, file)).toThrow(BriefingError);
		}
	});

	// An unknown field's name, or a pillar or chart figure id, is echoed in the error: its line
	// breaks (a CR becomes one too) once made one problem print as several lines, the later ones not
	// naming the file, so a note could forge error lines. Each line names the file.
	const forged: [string, (note: Record<string, Json>, figures: Record<string, Json>[]) => Json][] = [
		["an unknown field's name with a LF", (note) => ({ ...note, "x\nother.json: title: forged": 1 })],
		["an unknown field's name with a CR", (note) => ({ ...note, "x\r\u001b[2Jother.json: forged": 1 })],
		[
			"a pillar id with a LF",
			(note, figures) => ({
				...note,
				figures: [{ ...figures[0], pillar: "x\nother.json: forged" }, ...figures.slice(1)],
			}),
		],
		[
			"a chart's figure id with a CR",
			(note) => ({
				...note,
				charts: [{ id: "c", title: { en: "t" }, measure: "value", scale: "linear", figures: ["a\rb"] }],
			}),
		],
	];
	for (const [name, forge] of forged) {
		it(`${name}, echoed in an error, does not split the error's line`, () => {
			const note = bundled as Record<string, Json>;
			expectNoteOrDataError(toText(forge(note, note.figures as Record<string, Json>[])));
		});
	}

	it("an unknown field and a pillar id full of escape sequences give clean one-line errors", () => {
		const note = bundled as Record<string, Json>;
		const figures = note.figures as Record<string, Json>[];
		expectNoteOrDataError(toText({ ...note, [`x${escapesOnly}`]: 1 }));
		expectNoteOrDataError(
			toText({ ...note, figures: [{ ...figures[0], pillar: escapesOnly }, ...figures.slice(1)] }),
		);
	});
});

describe("deeply nested JSON", () => {
	it("100,000 nested arrays or objects, as the file or as a field, are a schema error (exit 65)", () => {
		const minimal = JSON.stringify(baseNote());
		for (const text of [
			nestedArrays(100_000),
			nestedObjects(100_000),
			minimal.replace('"title":{"en":"Widgets: demand holds up"}', `"title":${nestedArrays(100_000)}`),
			minimal.replace("{", `{"extra":${nestedObjects(100_000)},`),
		]) {
			expect(() => noteFromText(text, file)).toThrow(BriefingError);
			expectNoteOrDataError(text);
		}
	});

	// JSON.parse rejects the text, and finding the line and column once recursed once per level
	// (jsonc-parser's visit) and overflowed the stack: a RangeError, which the CLI reported as an
	// internal error (exit 70). It is a BriefingError, exit 65, with the line and column.
	it("100,000 unclosed arrays are a line:column error (exit 65), not a stack overflow", () => {
		expectNoteOrDataError("[".repeat(100_000));
		expect(() => noteFromText("[".repeat(100_000), file)).toThrow(/^notes\/mutated-note\.json:1:100001: /);
	});

	it("100,000 nested arrays closed by a stray character are a line:column error (exit 65)", () => {
		const text = `${"[".repeat(100_000)}${"]".repeat(99_999)}x`;
		expectNoteOrDataError(text);
		expect(() => noteFromText(text, file)).toThrow(/^notes\/mutated-note\.json:1:200000: /);
	});
});
