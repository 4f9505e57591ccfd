import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { BriefingError } from "../../source/cli/briefing-error.ts";
import { sectionIds } from "../../source/document/blocks.ts";
import { buildDocument } from "../../source/document/build-document.ts";
import type { Language } from "../../source/document/language.ts";
import { noteFromText } from "../../source/load/note-from-text.ts";
import { renderMarkdown } from "../../source/render/render-markdown.ts";
import { renderText } from "../../source/render/render-text.ts";
import { baseNote } from "./hostile-notes.ts";

const forbidden = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// Any text at all, control characters and escape sequence pieces included.
const anyText = fc.oneof(
	fc.string({ unit: "binary", minLength: 1, maxLength: 60 }),
	fc
		.array(
			fc.constantFrom(
				"\u001b[",
				"\u001b]",
				"\u0007",
				"\u001b\\",
				"\u009b",
				"中",
				"👩‍💻",
				"e\u0301",
				"\u202e",
				" ",
				"a",
			),
			{
				minLength: 1,
				maxLength: 30,
			},
		)
		.map((parts) => parts.join("")),
);

describe("random notes", () => {
	it("load clean and render within the width in every language, or are rejected with exit 65", () => {
		fc.assert(
			fc.property(
				anyText,
				anyText,
				anyText,
				fc.integer({ min: 20, max: 200 }),
				fc.constantFrom<Language>("en", "zh", "both"),
				(title, summary, quote, width, language) => {
					const note = baseNote() as Record<string, any>;
					note.title = { zh: title, en: title };
					note.thesis.summary = { en: summary };
					note.figures[0].quote = quote;
					note.risks[0].title = { zh: summary };
					let loaded: ReturnType<typeof noteFromText>;
					try {
						loaded = noteFromText(JSON.stringify(note), "random.json");
					} catch (error) {
						expect(error).toBeInstanceOf(BriefingError);
						expect((error as BriefingError).exitCode).toBe(65);
						return;
					}
					const document = buildDocument(loaded.note, { language, sections: sectionIds, detail: "full" });
					const text = renderText([document], width);
					for (const line of text.split("\n")) {
						expect(forbidden.test(line)).toBe(false);
						expect(stringWidth(line)).toBeLessThanOrEqual(width);
					}
					expect(forbidden.test(renderMarkdown([document]).replace(/\n/g, ""))).toBe(false);
				},
			),
			{ numRuns: 300 },
		);
	});
});

describe("random mutations of a valid note", () => {
	const mutation = fc.oneof(
		fc.record({
			kind: fc.constant("delete" as const),
			path: fc.constantFrom("id", "title", "figures", "thesis.summary", "figures.0.value"),
		}),
		fc.record({
			kind: fc.constant("replace" as const),
			path: fc.constantFrom("id", "title.en", "reportDate", "figures.0.change", "risks", "figures.0.value"),
			value: fc.jsonValue(),
		}),
		fc.record({ kind: fc.constant("wrap" as const), path: fc.constant("") }),
	);

	it("either load or end with one line per problem, each naming the file", () => {
		fc.assert(
			fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
				let note: any = baseNote();
				for (const change of mutations) {
					if (change.kind === "wrap") {
						note = [note];
						continue;
					}
					const keys = change.path.split(".");
					const last = keys.pop() ?? "";
					let parent = note;
					for (const key of keys) parent = parent?.[key];
					if (parent === null || typeof parent !== "object") continue;
					if (change.kind === "delete") delete parent[last];
					else parent[last] = change.value;
				}
				try {
					noteFromText(JSON.stringify(note), "mutated.json");
				} catch (error) {
					expect(error).toBeInstanceOf(BriefingError);
					expect((error as BriefingError).exitCode).toBe(65);
					for (const line of (error as Error).message.split("\n"))
						expect(line.startsWith("mutated.json")).toBe(true);
				}
			}),
			{ numRuns: 500 },
		);
	});
});
