import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Language, localize } from "../../source/document/language.ts";
import { type LibraryIndex, openLibraryIndex } from "../../source/library/index/library-index.ts";
import type { NoteHead } from "../../source/library/index/note-head.ts";
import { type EngineName, sqliteEngine } from "../../source/library/index/sqlite-engine.ts";
import { matchesFilter, type NoteFilter, parseFilterLine } from "../../source/library/note-filter.ts";
import { sortedByCells } from "../../source/library/sort-cells.ts";
import { bundledNoteFile } from "../support/bundled-note.ts";
import { root } from "../support/run-cli.ts";
import { temporaryFolder } from "../support/temporary-folder.ts";

const minimal = JSON.parse(readFileSync(path.join(root, "test/fixtures/minimal-note.json"), "utf8"));

/** Writes a valid note file with this head (the rest is the minimal note's). */
function writeNote(folder: string, head: Partial<NoteHead> & Pick<NoteHead, "id" | "title">): void {
	const { broker, sector, reportDate, ...rest } = minimal;
	const note = { ...rest, companies: [], ...head };
	writeFileSync(path.join(folder, `${head.id}.json`), JSON.stringify(note));
}

// Fixed, so `since:7d` and the like mean the same on every run.
const now = Date.parse("2024-05-10T09:00:00+08:00");
const parse = (line: string) => parseFilterLine(line, now, "Asia/Shanghai");

async function openIndex(folder: string, engine: EngineName, warnings: string[] = []): Promise<LibraryIndex> {
	return openLibraryIndex({
		roots: [{ path: folder, kind: "folder" }],
		file: path.join(folder, "..", `cache-${engine}`, "library.sqlite"),
		engine: await sqliteEngine({ BRIEFING_SQLITE: engine }),
		onWarning: (line) => warnings.push(line),
	});
}

const ids = (index: LibraryIndex, rowids: readonly number[]) =>
	index.heads(rowids).map(({ note }) => note.id);
/** What the reader and `list` showed before the index answered filters: each head through matchesFilter. */
const passingHeads = (index: LibraryIndex, filter: NoteFilter) =>
	index.notes.filter(({ note }) => matchesFilter(note, filter)).map(({ note }) => note.id);
/** How the reader sorted before: every row's cell compared with the collator, a stable sort. */
function collatorOrder(index: LibraryIndex, column: "broker" | "sector" | "title", language: Language) {
	const collator = new Intl.Collator(language === "en" ? "en" : "zh");
	const cell = (note: NoteHead) => localize(note[column], language);
	return [...index.notes]
		.sort(
			(a, b) =>
				Number(cell(a.note) === "") - Number(cell(b.note) === "") ||
				collator.compare(cell(a.note), cell(b.note)),
		)
		.map(({ note }) => note.id);
}

// The fixtures of the library's tests, notes written in the shapes real ones take (Traditional
// Chinese, full-width letters and digits, compatibility characters, fields missing), and generated ones.
function fixtureLibrary(): string {
	const work = temporaryFolder("filter-index");
	const folder = path.join(work, "notes");
	spawnSync(process.execPath, ["scripts/generate-notes.js", "40", folder], { cwd: root });
	copyFileSync(path.join(root, bundledNoteFile), path.join(folder, "bundled.json"));
	copyFileSync(path.join(root, "test/fixtures/minimal-note.json"), path.join(folder, "minimal.json"));
	copyFileSync(
		path.join(root, "test/fixtures/chinese-only-note.json"),
		path.join(folder, "chinese-only.json"),
	);
	writeNote(folder, {
		id: "traditional-full-width",
		title: { zh: "騰訊:雲業務回暖 ①" },
		broker: { zh: "華泰證券", en: "ＨＵＡＴＡＩ Securities" },
		sector: { zh: "計算機" },
		reportDate: "2023-12-31",
		companies: [{ name: { zh: "騰訊" }, tickers: ["０７００.HK"] }],
	});
	writeNote(folder, {
		id: "ligature-no-broker",
		title: { en: "ﬁnance Ⅻ: margins" },
		companies: [{ name: { en: "Widget Co" } }],
	});
	// Not a note: the index keeps its row (without an id), which no filter or order may give.
	writeFileSync(path.join(folder, "broken.json"), '{"id": "broken-note", "title": ');
	writeNote(folder, { id: "same-date-b", title: { en: "b" }, reportDate: "2024-05-07", broker: { en: "a" } });
	writeNote(folder, { id: "same-date-a", title: { en: "B" }, reportDate: "2024-05-07", broker: { en: "A" } });
	return folder;
}

const filterLines = [
	"",
	"broker:华泰",
	"broker:HUATAI",
	"broker:ｈｕａｔａｉ",
	"broker:華泰",
	"broker:example sector:industrials",
	"sector:计算机",
	"sector:Computers",
	"ticker:0700",
	"ticker:０７００",
	"ticker:wdgt",
	"since:2024",
	"since:2024-05",
	"until:2024-05-07",
	"since:2024-0",
	"until:2023",
	"since:7d until:today",
	"since:yest",
	"since:2024-13",
	"until:soon",
	"microsoft",
	"MSFT 2024",
	"finance",
	"xii",
	"1",
	"2025-01",
	"broker:",
	":",
	"nothing-matches-this",
	"微软 since:2024-05-07 until:2024-05-07",
];

describe.each(["native", "wasm"] as const)("a filter answered by the index on the %s engine", (engine) => {
	it("passes exactly the notes matchesFilter passes, newest first, for every form of the filter line", async () => {
		const folder = fixtureLibrary();
		const index = await openIndex(folder, engine);
		try {
			for (const line of filterLines) {
				const filter = parse(line);
				const expected = passingHeads(index, filter);
				expect(ids(index, index.rowids(filter)), line).toEqual(expected);
				const paged: string[] = [];
				index.eachPage(filter, (page) => paged.push(...page.map(({ note }) => note.id)));
				expect(paged, line).toEqual(expected);
			}
			// The filters are not all empty: each field and the words narrow the library.
			expect(index.rowids(parse("broker:huatai")).length).toBeGreaterThan(2);
			expect(index.rowids(parse("broker:huatai")).length).toBeLessThan(index.count);
			// Full-width letters fold; Traditional characters are not simplified ones (foldCase keeps them).
			expect(ids(index, index.rowids(parse("broker:華泰")))).toEqual(["traditional-full-width"]);
			expect(ids(index, index.rowids(parse("ticker:０７００ finance")))).toEqual([]);
			expect(ids(index, index.rowids(parse("xii")))).toEqual(["ligature-no-broker"]);
		} finally {
			index.close();
		}
	});

	it("keeps its filter fields and cells with the notes as they change, are renamed and go", async () => {
		const folder = fixtureLibrary();
		(await openIndex(folder, engine)).close();
		writeNote(folder, {
			id: "ligature-no-broker",
			title: { en: "Zinc: a new broker" },
			broker: { en: "Ｚｅｔａ Research" },
			reportDate: "2024-06-01",
			companies: [],
		});
		rmSync(path.join(folder, "minimal.json"));
		renameSync(path.join(folder, "same-date-a.json"), path.join(folder, "renamed.json"));
		const index = await openIndex(folder, engine);
		try {
			expect(ids(index, index.rowids(parse("broker:zeta")))).toEqual(["ligature-no-broker"]);
			expect(ids(index, index.rowids(parse("xii")))).toEqual([]);
			expect(ids(index, index.rowids(parse("ticker:wdgt")))).toEqual([]);
			expect(ids(index, index.rowids(parse("broker:a since:2024-05-07 until:2024-05-07")))).toContain(
				"same-date-a",
			);
			for (const line of filterLines) {
				expect(ids(index, index.rowids(parse(line))), line).toEqual(passingHeads(index, parse(line)));
			}
			expect(ids(index, index.sortedBy("title", "en"))).toEqual(collatorOrder(index, "title", "en"));
			expect(ids(index, index.sortedBy("broker", "en")).at(-1)).not.toBe("ligature-no-broker");
		} finally {
			index.close();
		}
	});

	it("searches with a filter the notes the filter passes, as the hits of the whole library that pass it", async () => {
		const folder = fixtureLibrary();
		const index = await openIndex(folder, engine);
		const hitText = (hits: ReturnType<LibraryIndex["find"]>) =>
			hits.map((hit) => `${hit.loaded.note.id} ${hit.section} ${hit.text}`);
		try {
			for (const query of ["growth", "模型", "微软 Microsoft", "1"]) {
				for (const line of ["broker:华泰", "since:2024-05 sector:computers", "until:2020", "tencent"]) {
					const filter = parse(line);
					const all = index.find(query, {});
					expect(hitText(index.find(query, filter)), `${query} ${line}`).toEqual(
						hitText(all.filter((hit) => matchesFilter(hit.loaded.note, filter))),
					);
				}
			}
		} finally {
			index.close();
		}
	});

	it("sorts by a column as the collator sorted every row: empty cells last, equal cells newest first", async () => {
		const folder = fixtureLibrary();
		const index = await openIndex(folder, engine);
		try {
			for (const column of ["broker", "sector", "title"] as const) {
				for (const language of ["en", "zh", "both"] as const) {
					expect(ids(index, index.sortedBy(column, language)), `${column} ${language}`).toEqual(
						collatorOrder(index, column, language),
					);
				}
			}
			const byBroker = ids(index, index.sortedBy("broker", "en"));
			expect(byBroker.at(-1)).toBe("ligature-no-broker");
		} finally {
			index.close();
		}
	});

	it("passes the notes matchesFilter passes for random filter lines over random small libraries", async () => {
		// Letters that fold (full-width, compatibility, Traditional and simplified, combining marks).
		const letters = ["a", "A", "ａ", "华", "華", "1", "①", "ﬁ", "i", "é", "e\u0301", "İ", ":"];
		const word = fc
			.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 2 })
			.map((each) => each.join(""));
		const text = fc
			.array(fc.constantFrom(...letters, " "), { minLength: 1, maxLength: 6 })
			.map((each) => each.join(""));
		const localized = fc.oneof(
			fc.record({ zh: text }),
			fc.record({ en: text }),
			fc.record({ zh: text, en: text }),
		);
		const date = fc.constantFrom("2023-12-31", "2024-05-07", "2024-05-08", "2025-01-02");
		const head = fc.record(
			{
				title: localized,
				broker: localized,
				sector: localized,
				reportDate: date,
				companies: fc.array(fc.record({ name: localized, tickers: fc.array(word, { maxLength: 2 }) }), {
					maxLength: 2,
				}),
			},
			{ requiredKeys: ["title", "companies"] },
		);
		const when = fc.constantFrom(
			"2024",
			"2024-05",
			"2024-05-07",
			"2024-0",
			"2023-12-31",
			"2025-13",
			"7d",
			"yest",
			"today",
			"soon",
		);
		const part = fc.oneof(
			word,
			word.map((value) => `broker:${value}`),
			word.map((value) => `sector:${value}`),
			word.map((value) => `ticker:${value}`),
			when.map((value) => `since:${value}`),
			when.map((value) => `until:${value}`),
		);
		const line = fc.array(part, { maxLength: 2 }).map((parts) => parts.join(" "));
		await fc.assert(
			fc.asyncProperty(
				fc.array(head, { minLength: 1, maxLength: 8 }),
				fc.array(line, { minLength: 1, maxLength: 10 }),
				async (heads, lines) => {
					const work = temporaryFolder("filter-property");
					const folder = path.join(work, "notes");
					mkdirSync(folder);
					for (const [at, each] of heads.entries()) writeNote(folder, { ...each, id: `note-${at}` });
					const index = await openIndex(folder, engine);
					try {
						for (const each of lines) {
							const filter = parse(each);
							expect(ids(index, index.rowids(filter)), each).toEqual(passingHeads(index, filter));
						}
						for (const column of ["broker", "title"] as const)
							expect(ids(index, index.sortedBy(column, "zh"))).toEqual(collatorOrder(index, column, "zh"));
					} finally {
						index.close();
					}
				},
			),
			{ numRuns: 30, seed: 23 },
		);
	});
});

describe("an index of the format before the filter's columns", () => {
	it("is rebuilt, with one warning, and then answers filters", async () => {
		const folder = fixtureLibrary();
		const first = await openIndex(folder, "native");
		const expected = passingHeads(first, parse("broker:华泰"));
		first.close();
		// The index as format 9 left it: no filter or cell tables, and its format number.
		const file = path.join(folder, "..", "cache-native", "library.sqlite");
		const old = (await sqliteEngine({ BRIEFING_SQLITE: "native" })).open(file);
		old.exec(
			"DROP TABLE filters; DROP TABLE cells; UPDATE meta SET value = 'briefing-library-index 9' WHERE key = 'format';",
		);
		old.close();
		const warnings: string[] = [];
		const index = await openIndex(folder, "native", warnings);
		try {
			expect(warnings.filter((line) => line.startsWith("index "))).toEqual([
				`index ${file} could not be used (an index of another format): rebuilding it`,
			]);
			expect(ids(index, index.rowids(parse("broker:华泰")))).toEqual(expected);
			expect(expected.length).toBeGreaterThan(0);
		} finally {
			index.close();
		}
	});
});

describe("the order of a column's cells", () => {
	it("is the stable collator sort of every cell, for cells that repeat, tie or are empty", () => {
		const cells = ["é", "e\u0301", "", "b", "B", "华泰", "華泰", "a", "", "é", "ß", "ss", "①", "1"];
		const alphabet = fc.constantFrom(...cells);
		fc.assert(
			fc.property(
				fc.array(alphabet, { maxLength: 30 }),
				fc.constantFrom("en", "zh", "both" as const),
				(row, language) => {
					const collator = new Intl.Collator(language === "en" ? "en" : "zh");
					const expected = row
						.map((_, place) => place)
						.sort(
							(a, b) =>
								Number(row[a] === "") - Number(row[b] === "") ||
								collator.compare(row[a] as string, row[b] as string),
						);
					expect(sortedByCells(row, language)).toEqual(expected);
				},
			),
			{ numRuns: 300, seed: 23 },
		);
	});
});
