import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import type { HeadedNote } from "../../source/library/index/note-head.ts";
import type { SearchHit } from "../../source/library/search-library.ts";
import { renderListLines, renderSearchLines, tabField } from "../../source/render/render-library-lines.ts";

const headed: HeadedNote = {
	note: {
		id: "n-1",
		reportDate: "2024-05-07",
		broker: { zh: "华泰\t证券", en: "Huatai" },
		sector: { en: "Computers" },
		title: { en: "Line one\nline two\r\nthree" },
		companies: [{ name: { en: "Microsoft" }, tickers: ["MSFT", "MSFT.US"] }, { name: { en: "None" } }],
	},
	file: "notes/n\t1.json",
};

describe("tabField", () => {
	it("turns each tab and line break of sanitized text into one space, keeping the length", () => {
		const text = "a\tb\nc\n\nd";
		expect(tabField(text)).toBe("a b c  d");
		expect(tabField(text)).toHaveLength(text.length);
	});

	it("removes what a terminal would act on, and other line ends", () => {
		expect(tabField("file\u001b]0;title\u0007.json")).toBe("file.json");
		expect(tabField("a\r\nb\u2028c")).not.toMatch(/[\u0000-\u001f\u2028]/u);
	});
});

describe("renderListLines", () => {
	it("prints one line of seven tab-separated fields per note, folded, in the language asked", () => {
		expect(renderListLines([headed], "zh")).toBe(
			"2024-05-07\tn-1\t华泰 证券\tComputers\tLine one line two three\tMSFT MSFT.US\tnotes/n 1.json\n",
		);
	});

	it("leaves empty fields for what a note lacks, and prints nothing for no notes", () => {
		const bare: HeadedNote = { note: { id: "b", title: { zh: "标题" }, companies: [] }, file: "b.json" };
		expect(renderListLines([bare], "en")).toBe("\tb\t\t\t标题\t\tb.json\n");
		expect(renderListLines([], "en")).toBe("");
	});
});

describe("renderSearchLines", () => {
	const hit: SearchHit<HeadedNote> = {
		loaded: headed,
		section: "thesis",
		text: "AI\tdemand grows; demand\nholds",
		ranges: [
			{ start: 3, end: 9 },
			{ start: 17, end: 23 },
		],
	};

	it("prints id, file, section and the whole line, tab-separated", () => {
		expect(renderSearchLines([hit])).toBe("n-1\tnotes/n 1.json\tthesis\tAI demand grows; demand holds\n");
		expect(renderSearchLines([])).toBe("");
	});

	it("marks each match in inverse with --color", () => {
		const line = renderSearchLines([hit], new Chalk({ level: 1 }));
		expect(line.split("\t")[3]).toBe("AI \u001b[7mdemand\u001b[27m grows; \u001b[7mdemand\u001b[27m holds\n");
	});
});
