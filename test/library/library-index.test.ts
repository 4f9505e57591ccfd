import { spawnSync } from "node:child_process";
import {
	cpSync,
	mkdirSync,
	readFileSync,
	renameSync,
	rmSync,
	truncateSync,
	utimesSync,
	writeFileSync,
} from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { figureLines } from "../../source/library/figure-lines.ts";
import { IndexUnavailable, openLibraryIndex } from "../../source/library/index/library-index.ts";
import { type LibraryRoot, racy } from "../../source/library/index/scan-library.ts";
import { type EngineName, sqliteEngine } from "../../source/library/index/sqlite-engine.ts";
import { entryOfLines, searchEntry, searchLibrary } from "../../source/library/search-library.ts";
import { loadNotes } from "../../source/load/load-notes.ts";
import { root } from "../support/run-cli.ts";
import { temporaryFolder } from "../support/temporary-folder.ts";

const generated = temporaryFolder("index-notes");
spawnSync(process.execPath, ["scripts/generate-notes.js", "30", generated], { cwd: root });

let work: string;
let notes: string;
let file: string;
beforeEach(() => {
	work = temporaryFolder("index");
	notes = path.join(work, "notes");
	cpSync(generated, notes, { recursive: true });
	file = path.join(work, "cache", "library.sqlite");
});

// Every test runs on both engines: the native binding and the WebAssembly build.
let engineName: EngineName = "native";

async function open(warnings: string[] = [], full = false, checkEach?: number) {
	return openLibraryIndex({
		...(checkEach === undefined ? {} : { checkEach }),
		roots: [{ path: notes, kind: "folder" }],
		file,
		engine: await sqliteEngine({ BRIEFING_SQLITE: engineName }),
		onWarning: (line) => warnings.push(line),
		full,
	});
}

async function ids(): Promise<string[]> {
	const index = await open();
	try {
		return index.notes.map(({ note }) => note.id).sort();
	} finally {
		index.close();
	}
}

const noteFiles = () =>
	spawnSync("find", [notes, "-name", "*.json"], { encoding: "utf8" }).stdout.trim().split("\n").sort();

describe.each(["native", "wasm"] as const)("the library index on the %s engine", (name) => {
	beforeEach(() => {
		engineName = name;
	});

	it("runs on the engine asked for", async () => {
		const index = await open();
		expect(index.engine.name).toBe(name);
		index.close();
	});

	it("reads every note once, then nothing until a file changes", async () => {
		const first = await open();
		expect(first.counts.read).toBe(30);
		first.close();
		const second = await open();
		expect(second.counts).toMatchObject({ read: 0, removed: 0 });
		expect(second.notes).toHaveLength(30);
		second.close();
	});

	it("follows a new, a changed, a deleted and a renamed note", async () => {
		const before = await ids();
		const [first, second, third] = noteFiles();
		const text = JSON.parse(readFileSync(first as string, "utf8"));
		writeFileSync(path.join(notes, "new.json"), JSON.stringify({ ...text, id: "a-new-note" }));
		writeFileSync(
			second as string,
			JSON.stringify({ ...JSON.parse(readFileSync(second as string, "utf8")), id: "changed-id" }),
		);
		const removedId = JSON.parse(readFileSync(third as string, "utf8")).id;
		rmSync(third as string);
		const index = await open();
		expect(index.counts.read).toBe(2);
		expect(index.counts.removed).toBe(1);
		const after = index.notes.map(({ note }) => note.id);
		index.close();
		expect(after).toContain("a-new-note");
		expect(after).toContain("changed-id");
		expect(after).not.toContain(removedId);
		expect(after).toHaveLength(before.length);
	});

	it("counts the library once, and again after a note is added or removed", async () => {
		const first = await open();
		expect(first.count).toBe(30);
		first.close();
		const [one, two] = noteFiles();
		rmSync(one as string);
		rmSync(two as string);
		const fewer = await open();
		expect(fewer.count).toBe(28);
		fewer.close();
		writeFileSync(
			path.join(notes, "new.json"),
			readFileSync(path.join(generated, path.basename(one as string))),
		);
		const more = await open();
		expect(more.count).toBe(29);
		expect(more.notes).toHaveLength(29);
		more.close();
	});

	it("finds a note's row by its file and id without reading the rows", async () => {
		const index = await open();
		const all = index.notes;
		for (const row of [0, 1, 17, all.length - 1]) {
			const { note, file: shown } = all[row] as (typeof all)[number];
			expect(index.rowOf(path.resolve(shown), note.id), String(row)).toBe(row);
		}
		const { note, file: shown } = all[3] as (typeof all)[number];
		expect(index.rowOf(path.resolve(shown), "another-id")).toBe(-1);
		expect(index.rowOf(path.join(notes, "missing.json"), note.id)).toBe(-1);
		index.close();
	});

	it("reads again only folders whose mtime changed; a note written in place waits for a full check", async () => {
		const nested = path.join(notes, "nested");
		mkdirSync(nested);
		const [first, second] = noteFiles();
		renameSync(first as string, path.join(nested, "moved.json"));
		// Folders last changed an hour ago: their mtime is no longer too close to a reading to trust.
		const hourAgo = new Date(Date.now() - 3_600_000);
		for (const folder of [notes, nested]) utimesSync(folder, hourAgo, hourAgo);
		(await open()).close();
		const idOf = (index: Awaited<ReturnType<typeof open>>) => index.notes.map(({ note }) => note.id);
		const text = JSON.parse(readFileSync(second as string, "utf8"));
		writeFileSync(second as string, JSON.stringify({ ...text, id: "written-in-place" }));
		writeFileSync(path.join(nested, "added.json"), JSON.stringify({ ...text, id: "added-to-a-subfolder" }));
		// Without the few more files each run compares (below), only the folder whose mtime changed is read.
		const quick = await open([], false, 0);
		expect(quick.counts).toMatchObject({ read: 1, removed: 0 });
		expect(idOf(quick)).toContain("added-to-a-subfolder");
		expect(idOf(quick)).not.toContain("written-in-place");
		quick.close();
		const full = await open([], true);
		expect(full.counts).toMatchObject({ read: 1, removed: 0 });
		expect(idOf(full)).toContain("written-in-place");
		full.close();
		rmSync(nested, { recursive: true });
		const after = await open();
		expect(after.counts.removed).toBe(2);
		expect(idOf(after)).not.toContain("added-to-a-subfolder");
		after.close();
	});

	it("finds a note written in place within a few runs, each comparing a few more files", async () => {
		const hourAgo = new Date(Date.now() - 3_600_000);
		for (const each of noteFiles()) utimesSync(each, hourAgo, hourAgo);
		utimesSync(notes, hourAgo, hourAgo);
		(await open()).close();
		const [, second] = noteFiles();
		const text = JSON.parse(readFileSync(second as string, "utf8"));
		writeFileSync(second as string, JSON.stringify({ ...text, id: "written-in-place" }));
		let runs = 0;
		for (let found = false; !found; ) {
			runs += 1;
			const index = await open([], false, 10);
			found = index.notes.some(({ note }) => note.id === "written-in-place");
			// Each run compares ten files in turn and the two newest; three runs have compared all thirty.
			expect(index.counts.unchanged + index.counts.read).toBeLessThanOrEqual(12);
			index.close();
			expect(runs).toBeLessThanOrEqual(3);
		}
	});

	it("compares the newest notes on every run: a note edited in place just after it was added is seen at once", async () => {
		const hourAgo = new Date(Date.now() - 3_600_000);
		for (const each of noteFiles()) utimesSync(each, hourAgo, hourAgo);
		utimesSync(notes, hourAgo, hourAgo);
		(await open()).close();
		const [first] = noteFiles();
		const text = JSON.parse(readFileSync(first as string, "utf8"));
		const added = path.join(notes, "zz-added.json");
		writeFileSync(added, JSON.stringify({ ...text, id: "just-imported" }));
		const halfHourAgo = new Date(Date.now() - 1_800_000);
		utimesSync(added, halfHourAgo, halfHourAgo);
		utimesSync(notes, halfHourAgo, halfHourAgo);
		const idsOf = async () => {
			// Five files in turn (rows 1–5, then 6–10: never the added note's row 31) and the newest one.
			const index = await open([], false, 5);
			try {
				return index.notes.map(({ note }) => note.id);
			} finally {
				index.close();
			}
		};
		expect(await idsOf()).toContain("just-imported");
		// Written in place, as an editor that rewrites the file does: the folder's mtime does not change.
		writeFileSync(added, JSON.stringify({ ...text, id: "edited-in-place" }));
		const ids = await idsOf();
		expect(ids).toContain("edited-in-place");
		expect(ids).not.toContain("just-imported");
	});

	it("skips a file larger than a note may be, without reading it, with the warning reading the files gives", async () => {
		const large = path.join(notes, "large.json");
		// A sparse file: 65 MB long, nothing written.
		writeFileSync(large, "");
		truncateSync(large, 65 * 1024 * 1024);
		const fromFiles: string[] = [];
		await loadNotes({
			inputs: [notes],
			readStdin: async () => "",
			onWarning: (line) => fromFiles.push(line),
		});
		const warnings: string[] = [];
		const index = await open(warnings);
		expect(index.count).toBe(30);
		index.close();
		expect(warnings).toEqual([`skipped ${large}: too large (limit 64 MB)`]);
		expect(warnings).toEqual(fromFiles);
	});

	it("takes a renamed folder's notes by their content, without validating them again", async () => {
		const nested = path.join(notes, "old");
		mkdirSync(nested);
		for (const each of noteFiles().slice(0, 5)) renameSync(each, path.join(nested, path.basename(each)));
		(await open()).close();
		renameSync(nested, path.join(notes, "renamed"));
		const index = await open();
		expect(index.counts).toMatchObject({ read: 0, reused: 5, removed: 5 });
		expect(index.notes).toHaveLength(30);
		index.close();
	});

	it("finds what searching the files finds, for Chinese, English, short and full-width queries", async () => {
		const loaded = await loadNotes({ inputs: [notes], readStdin: async () => "" });
		const index = await open();
		try {
			for (const query of [
				"资本开支",
				"算力",
				"微",
				"copilot",
				"COMPUTE demand",
				"ａｉ",
				"增长 growth",
				"zzqx",
			]) {
				const fromFiles = searchLibrary(
					loaded.map((each) => searchEntry(each)),
					query,
					Number.POSITIVE_INFINITY,
				);
				const key = (hit: { loaded: { file: string }; section: string; text: string }) =>
					`${hit.loaded.file} ${hit.section} ${hit.text}`;
				expect(index.search(query).map(key).sort(), query).toEqual(fromFiles.map(key).sort());
			}
		} finally {
			index.close();
		}
	});

	it("finds figures by label, unit, period and source as the notes' own figures give them", async () => {
		const loaded = await loadNotes({ inputs: [notes], readStdin: async () => "" });
		const index = await open();
		try {
			const key = (hit: { loaded: { file: string }; text: string }) => `${hit.loaded.file} ${hit.text}`;
			let found = 0;
			for (const query of ["资本开支", "capex", "cny", "2025", "broker", "营收 2026"]) {
				const fromFiles = searchLibrary(
					loaded.map((each) => entryOfLines(each, figureLines(each.note))),
					query,
					Number.POSITIVE_INFINITY,
				);
				found += fromFiles.length;
				const hits = index.search(query, undefined, true);
				expect(hits.every((hit) => hit.section === "figures")).toBe(true);
				expect(hits.map(key).sort(), query).toEqual(fromFiles.map(key).sort());
			}
			expect(found).toBeGreaterThan(0);
		} finally {
			index.close();
		}
	});

	it("rebuilds a corrupt, truncated or foreign index file with one warning", async () => {
		for (const damage of [
			() => writeFileSync(file, "not a database at all"),
			() => writeFileSync(file, readFileSync(file).subarray(0, 1000)),
			() => {
				rmSync(file);
				spawnSync("python3", [
					"-c",
					`import sqlite3; sqlite3.connect(${JSON.stringify(file)}).execute("create table t(x)")`,
				]);
			},
		]) {
			(await open()).close();
			damage();
			const warnings: string[] = [];
			const index = await open(warnings);
			expect(index.notes).toHaveLength(30);
			index.close();
			expect(warnings).toHaveLength(1);
			expect(warnings[0]).toContain("rebuilding");
		}
	});

	it("is bypassed while another briefing updates it, and taken over from one that was killed", async () => {
		mkdirSync(path.dirname(file), { recursive: true });
		writeFileSync(`${file}.update`, String(process.pid));
		await expect(open()).rejects.toBeInstanceOf(IndexUnavailable);
		// A process id that is not running: the lock (and SQLite's own) are stale.
		writeFileSync(`${file}.update`, "999999999");
		mkdirSync(`${file}.lock`, { recursive: true });
		const index = await open();
		expect(index.notes).toHaveLength(30);
		index.close();
	});

	it("is bypassed when its folder cannot be written, and never writes a note file", async () => {
		const before = noteFiles().map((each) => readFileSync(each, "utf8"));
		writeFileSync(path.join(work, "cache"), "a file where the folder should be");
		await expect(open()).rejects.toBeInstanceOf(IndexUnavailable);
		expect(noteFiles().map((each) => readFileSync(each, "utf8"))).toEqual(before);
	});
});

describe("the two engines", () => {
	it("read an index the other made, and find the same notes, hits and order", async () => {
		const results: unknown[] = [];
		for (const name of ["native", "wasm", "native"] as const) {
			engineName = name;
			const index = await open();
			results.push({
				notes: index.notes.map(({ note, file }) => `${note.id} ${file}`),
				hits: ["资本开支", "copilot", "增长 growth", "微"].map((query) =>
					index.search(query).map((hit) => `${hit.loaded.file} ${hit.section} ${hit.text}`),
				),
			});
			index.close();
		}
		expect(results[1]).toEqual(results[0]);
		expect(results[2]).toEqual(results[0]);
	});
});

describe("a change the mtime may hide", () => {
	it("is feared within 50 ms of an mtime with fractions of a second, within 2 s of a whole-second one", () => {
		expect(racy(1_700_000_000_123.5, 1_700_000_000_160)).toBe(true);
		expect(racy(1_700_000_000_123.5, 1_700_000_000_180)).toBe(false);
		expect(racy(1_700_000_000_000, 1_700_000_001_900)).toBe(true);
		expect(racy(1_700_000_000_000, 1_700_000_002_100)).toBe(false);
	});
});

describe.each(["native", "wasm"] as const)("roots that change between runs, on the %s engine", (name) => {
	beforeEach(() => {
		engineName = name;
	});

	const listed = async (roots: LibraryRoot[]) => {
		const index = await openLibraryIndex({
			roots,
			file,
			engine: await sqliteEngine({ BRIEFING_SQLITE: engineName }),
		});
		try {
			return index.notes.map(({ file: path }) => path).sort();
		} finally {
			index.close();
		}
	};

	it("lists a subfolder, a file or the folder around them, whichever was indexed before", async () => {
		const sub = path.join(notes, "sub");
		mkdirSync(sub);
		const moved = noteFiles().slice(0, 4);
		for (const each of moved) renameSync(each, path.join(sub, path.basename(each)));
		const inSub = moved.map((each) => path.join(sub, path.basename(each))).sort();
		const all = noteFiles();

		expect(await listed([{ path: notes, kind: "folder" }])).toEqual(all);
		expect(await listed([{ path: sub, kind: "folder" }])).toEqual(inSub);
		expect(await listed([{ path: notes, kind: "folder" }])).toEqual(all);
		expect(await listed([{ path: inSub[0] as string, kind: "file" }])).toEqual([inSub[0]]);
		expect(await listed([{ path: sub, kind: "folder" }])).toEqual(inSub);
		expect(await listed([{ path: notes, kind: "folder" }])).toEqual(all);
	});
});
