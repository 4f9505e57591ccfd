import { spawnSync } from "node:child_process";
import { copyFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { SortOrder } from "../../source/app/library/library-state.ts";
import { libraryOfNotes, type ReaderLibrary } from "../../source/app/reader-library.ts";
import { createReaderModel } from "../../source/app/reader-model.ts";
import { initialReaderState, type ReaderState } from "../../source/app/reader-state.ts";
import { loadFilteredNotes, readerLibrary, withLibraryNotes } from "../../source/cli/library-notes.ts";
import { type Flags, resolveOptions } from "../../source/cli/options.ts";
import type { Language } from "../../source/document/language.ts";
import { bundledNoteFile } from "../support/bundled-note.ts";
import { root } from "../support/run-cli.ts";
import { temporaryFolder } from "../support/temporary-folder.ts";

// More notes than a window of rows (100), so a filtered or sorted list is read a window at a time.
const folder = temporaryFolder("reader-rows");
spawnSync(process.execPath, ["scripts/generate-notes.js", "260", folder], { cwd: root });
copyFileSync(path.join(root, bundledNoteFile), path.join(folder, "bundled.json"));
copyFileSync(path.join(root, "test/fixtures/chinese-only-note.json"), path.join(folder, "chinese-only.json"));

const facts = {
	stdoutIsTTY: true,
	stdinIsTTY: true,
	columns: 100,
	rows: 30,
	environment: {},
	colorSupport: 0,
} as const;

/** The reader's library of `folder` from the index (a cache of its own) and from the note files. */
async function libraries(flags: Partial<Flags> = {}): Promise<[ReaderLibrary, ReaderLibrary]> {
	process.env.BRIEFING_CACHE = temporaryFolder("reader-rows-cache");
	const options = resolveOptions([folder], { section: [], debug: false, ...flags }, facts);
	const indexed = await readerLibrary(
		options,
		() => {},
		() => {},
	);
	expect(indexed?.rows).toBeDefined();
	const read = libraryOfNotes(
		await loadFilteredNotes(
			options,
			() => {},
			() => {},
		),
	);
	return [indexed as ReaderLibrary, read];
}

/** Everything the library view shows and acts on in a state: every row of the list, the results. */
function shown(library: ReaderLibrary, state: ReaderState) {
	const model = createReaderModel(library)(state);
	const list = model.facts.library;
	if (list === undefined || model.library === undefined) throw new Error("no library view");
	const rows = Array.from({ length: list.rowCount }, (_, index) => list.row(index));
	return {
		count: list.rowCount,
		visible: model.library.visible.map((row) => `${row.headed.note.id} ${row.cells.join("|")}`),
		rows: rows.map((headed) => headed?.note.id),
		// Each row's note is found at its row again (the sort keeps the selection with it).
		rowsOf: rows.every((headed, index) => headed !== undefined && list.rowOf(headed) === index),
		results: model.library.results.map((row) => `${row.hit.loaded.note.id} ${row.hit.text} ${row.match}`),
	};
}

function state(filter: string, sort: SortOrder, language: Language, query = ""): ReaderState {
	const start = initialReaderState({ columns: facts.columns, rows: facts.rows, language });
	const library = start.library;
	if (library === undefined) throw new Error("no library view");
	return {
		...start,
		library: { ...library, filter, sort, query, mode: query === "" ? "list" : "results" },
	};
}

const filters = [
	"",
	"broker:华泰",
	"sector:computers since:2024",
	"microsoft",
	"ticker:0700 until:2024-06",
	"zz",
];

describe("the reader's library from the index", () => {
	it("shows, filters, sorts and searches as the same notes read from their files", async () => {
		const [indexed, read] = await libraries();
		for (const filter of filters) {
			for (const sort of ["date", "broker", "sector", "title"] as const) {
				for (const language of ["en", "zh", "both"] as const) {
					const seen = shown(indexed, state(filter, sort, language));
					expect(seen, `${filter} ${sort} ${language}`).toEqual(shown(read, state(filter, sort, language)));
					expect(seen.rowsOf).toBe(true);
				}
			}
			const searched = shown(indexed, state(filter, "date", "en", "growth"));
			expect(searched.results, filter).toEqual(shown(read, state(filter, "date", "en", "growth")).results);
		}
		// The comparisons above are of lists that differ: filters narrow, and orders reorder.
		expect(shown(indexed, state("broker:华泰", "date", "en")).count).toBeLessThan(262);
		expect(shown(indexed, state("broker:华泰", "date", "en")).count).toBeGreaterThan(0);
		expect(shown(indexed, state("", "title", "en")).rows).not.toEqual(
			shown(indexed, state("", "date", "en")).rows,
		);
		expect(shown(indexed, state("microsoft", "date", "en", "growth")).results.length).toBeGreaterThan(0);
	});

	it("answers the reader's filter and orders within the filters of the command line", async () => {
		const [indexed, read] = await libraries({ broker: "citic", since: "2024" });
		expect(indexed.count).toBe(read.count);
		expect(indexed.count).toBeLessThan(262);
		for (const filter of ["", "sector:computers", "microsoft"]) {
			for (const sort of ["date", "title"] as const) {
				expect(shown(indexed, state(filter, sort, "en")), `${filter} ${sort}`).toEqual(
					shown(read, state(filter, sort, "en")),
				);
			}
			expect(shown(indexed, state(filter, "date", "en", "growth")).results).toEqual(
				shown(read, state(filter, "date", "en", "growth")).results,
			);
		}
		const first = indexed.at(0);
		expect(first && indexed.rowOf(path.resolve(first.file), first.note.id)).toBe(0);
	});

	it("gives `list` and `search` the notes passing the command line's filters, as the files do", async () => {
		process.env.BRIEFING_CACHE = temporaryFolder("reader-rows-cache");
		for (const flags of [{ broker: "citic", since: "2024" }, { ticker: "0700" }, {}]) {
			const options = resolveOptions(["list", folder], { section: [], debug: false, ...flags }, facts);
			let fromIndex: string[] = [];
			await withLibraryNotes(options, async (index, notes) => {
				expect(index).toBeDefined();
				fromIndex = (await notes()).map(({ note }) => note.id);
				return 0;
			});
			const fromFiles = (
				await loadFilteredNotes(
					options,
					() => {},
					() => {},
				)
			).map(({ note }) => note.id);
			expect(fromIndex, JSON.stringify(flags)).toEqual(fromFiles);
			expect(fromFiles.length).toBeGreaterThan(0);
		}
	});
});
