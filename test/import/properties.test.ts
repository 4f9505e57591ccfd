import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BriefingError } from "../../source/base/briefing-error.ts";
import { draftNote } from "../../source/import/draft-note.ts";
import { foldText } from "../../source/import/fold.ts";
import { decodeInput } from "../../source/import/input-text.ts";
import { normalise } from "../../source/import/normalise.ts";
import { noteSchema } from "../../source/note/schema.ts";

const seed = readFileSync(
	new URL("../../data/sources/huatai-2024-05-07-microsoft-mai-1.txt", import.meta.url),
	"utf8",
);
const firstPage = readFileSync(new URL("../fixtures/import/first-page-sector.txt", import.meta.url), "utf8");

// Strings the importer may normalise rather than copy: ids, enums, units, dates, numbers.
const normalised = new Set([
	"id",
	"language",
	"unit",
	"basis",
	"qualifier",
	"kind",
	"reportDate",
	"repostDate",
	"date",
	"period",
	"against",
	"pillar",
	"currency",
	"$schema",
	"url",
	"text",
]);

// Every reader-facing string of a value, with the key it is held under.
function strings(value: unknown, key = ""): [string, string][] {
	if (typeof value === "string") return [[key, value]];
	if (Array.isArray(value)) return value.flatMap((item) => strings(item, key));
	// A registration's body (SAC, SFC) is named from the number's form: 谢春生 分析师 S0570519080006.
	if (value !== null && typeof value === "object" && "number" in value)
		return [["number", String(value.number)]];
	if (value !== null && typeof value === "object") {
		return Object.entries(value).flatMap(([name, item]) =>
			strings(item, name === "zh" || name === "en" ? key : name),
		);
	}
	return [];
}

const squash = (text: string) => foldText(text).replace(/\s+/gu, "");

/**
 * Drafts a note from any text and checks the promises: the result is a valid note, and every text
 * in it is copied from the normalised input (ignoring white space, which paragraphs are joined with;
 * normalising only deletes characters, which the property below checks), or the input is refused
 * with a one-line error. Anything else thrown fails the property.
 */
function checkImport(text: string): void {
	let draft: ReturnType<typeof draftNote>;
	try {
		draft = draftNote(text, "input.txt");
	} catch (error) {
		expect(error).toBeInstanceOf(BriefingError);
		expect((error as BriefingError).message).toMatch(/^input\.txt: [^\n]+$/u);
		expect((error as BriefingError).kind).toBe("invalid-input");
		return;
	}
	expect(noteSchema.safeParse(draft.note).error?.issues ?? []).toEqual([]);
	const input = squash(normalise(text).text);
	for (const [key, value] of strings(draft.note)) {
		if (normalised.has(key)) continue;
		// Paragraphs are copied one by one; a growth rate's label is its figure's label and the words
		// that state it ("资本开支 同增").
		for (const piece of value.split(key === "label" ? " " : "\n\n")) {
			expect(input, key).toContain(squash(piece));
		}
	}
	for (const figure of draft.note.figures) {
		expect(normalise(text).text.replaceAll("\n", "")).toContain(figure.quote);
		expect(figure.quote).toContain(figure.display.zh);
	}
}

// Pieces of broker-note text, so that random text often looks like a note and reaches deep code.
const pieces = fc.constantFrom(
	"华泰 | 计算机:",
	"核心观点 ",
	"风险提示 ",
	"相关研报 ",
	"免责声明 ",
	"研究员 林一舟 ",
	"SAC No. S0000000000001 ",
	"SFC No. AAA001",
	"据公司财报,",
	"据《X》报道,",
	"CY24Q1",
	"24年4月23日",
	"合计资本开支443.5亿美元",
	",同增35%",
	",增速比23Q4提升26pct",
	"(qoq +38%)",
	"超180万人",
	"约5000亿参数",
	"模型端:路线丰富",
	"1)",
	"。",
	" ",
	"\n",
	"研报:《标题》2024年5月7日",
	"作者:微信公众号【X】/ 发布时间:2024-05-09 / Y整理",
);
const noteLike = fc
	.array(fc.oneof(pieces, fc.string({ maxLength: 6 }), fc.string({ unit: "grapheme", maxLength: 4 })), {
		maxLength: 60,
	})
	.map((parts) => parts.join(""));

// The lines of real-note shapes: every line of the layout cases, and the same lines as text
// extraction mangles them (bold printed twice, spaces between characters).
const caseLines = ["../fixtures/import/cases/", "../fixtures/import/layouts/"].flatMap((folder) => {
	const url = new URL(folder, import.meta.url);
	return readdirSync(url)
		.filter((name) => /^[lr]\d.*\.txt$/u.test(name))
		.flatMap((name) => readFileSync(new URL(name, url), "utf8").split("\n"))
		.filter((line) => line.trim() !== "");
});
const mangled = fc.constantFrom(...caseLines).chain((line) =>
	fc.constantFrom(
		line,
		line.replace(/\p{Script=Han}{2,6}/gu, (word) => word + word),
		Array.from(line).join(" "),
		line.replace(/(\p{Script=Han})/gu, "$1$1"),
	),
);

/** Checks that normalising only deletes characters: each kept one maps back to the same one, in order. */
function checkDeletionsOnly(text: string): void {
	const normal = normalise(text);
	let previous = -1;
	for (let offset = 0; offset < normal.text.length; offset += 1) {
		const at = normal.inputOffset(offset);
		expect(at).toBeGreaterThan(previous);
		expect(text[at]).toBe(normal.text[offset]);
		previous = at;
	}
}

describe("the importer on lines of real-note shapes", () => {
	it("drafts a valid note or refuses with one line (exit 65), from any line alone", () => {
		for (const line of caseLines) checkImport(line);
	});

	it("does so for those lines, mangled as text extraction does, in random order", () => {
		fc.assert(
			fc.property(fc.array(mangled, { maxLength: 12 }), (lines) => {
				const text = lines.join("\n");
				checkDeletionsOnly(text);
				checkImport(text);
			}),
			{ numRuns: 400 },
		);
	});
});

describe("the importer on any input", () => {
	it("drafts a valid, quote-backed note or refuses the text, for random Unicode", () => {
		fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 400 }), checkImport), { numRuns: 300 });
	});

	it("does so for random text built from the words of broker notes", () => {
		fc.assert(fc.property(noteLike, checkImport), { numRuns: 500 });
	});

	it("does so for the seed and a PDF page with random cuts and insertions", () => {
		const edit = fc.tuple(fc.constantFrom(seed, firstPage), fc.nat(), fc.nat(400), noteLike);
		fc.assert(
			fc.property(edit, ([text, at, cut, insert]) => {
				const position = at % text.length;
				checkImport(`${text.slice(0, position)}${insert}${text.slice(position + cut)}`);
			}),
			{ numRuns: 300 },
		);
	});

	it("decodes any bytes to text or refuses them with a one-line error naming the file", () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
				try {
					const text = decodeInput(bytes, "input.bin");
					expect(text).not.toContain("\u0000");
					expect(text).not.toContain("\r");
				} catch (error) {
					expect(error).toBeInstanceOf(BriefingError);
					expect((error as BriefingError).message).toMatch(/^input\.bin(:\d+:\d+)?: [^\n]+$/u);
				}
			}),
			{ numRuns: 500 },
		);
	});
});
