import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BriefingError } from "../../source/base/briefing-error.ts";
import { loadNotes } from "../../source/load/load-notes.ts";

const minimal = JSON.parse(readFileSync(new URL("../fixtures/minimal-note.json", import.meta.url), "utf8"));
const noteWith = (id: string, title: string) => JSON.stringify({ ...minimal, id, title: { en: title } });
let folder: string;
const write = (relative: string, text: string) => {
	const file = path.join(folder, relative);
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, text);
	return file;
};
const readStdin = async () => "";

beforeEach(() => {
	folder = mkdtempSync(path.join(tmpdir(), "briefing-library-"));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe("loading a library", () => {
	it("reads folders and subfolders, ignoring files that are not JSON", async () => {
		write("a.json", noteWith("a", "A"));
		write("deeper/b.json", noteWith("b", "B"));
		write("notes.txt", "not a note");
		const notes = await loadNotes({ inputs: [folder], readStdin });
		expect(notes.map(({ note }) => note.id).sort()).toEqual(["a", "b"]);
	});

	it("includes the bundled notes and library folders when nothing is named, later ones winning by id", async () => {
		const first = write("path/x.json", noteWith("x", "from BRIEFING_PATH"));
		const second = write("dir/x.json", noteWith("x", "from --dir"));
		const warnings: string[] = [];
		const notes = await loadNotes({
			inputs: [],
			folders: [path.dirname(first), path.dirname(second)],
			readStdin,
			onWarning: (line) => warnings.push(line),
		});
		expect(notes.map(({ note }) => note.id).sort()).toEqual(["huatai-2024-05-07-microsoft-mai-1", "x"]);
		expect(notes.find(({ note }) => note.id === "x")?.note.title.en).toBe("from --dir");
		expect(warnings).toEqual([`${second} overrides ${first} (note x)`]);
	});

	it("lets a file named on the command line override the folders", async () => {
		write("dir/x.json", noteWith("x", "folder"));
		const named = write("x.json", noteWith("x", "named"));
		const notes = await loadNotes({ inputs: [named], folders: [path.join(folder, "dir")], readStdin });
		expect(notes.map(({ note }) => note.title.en)).toEqual(["named"]);
	});

	it("skips a bad file in a folder with one warning, and --strict makes it an error", async () => {
		write("good.json", noteWith("good", "Good"));
		const bad = write("bad.json", '{ "id": ');
		const warnings: string[] = [];
		const notes = await loadNotes({ inputs: [folder], readStdin, onWarning: (line) => warnings.push(line) });
		expect(notes.map(({ note }) => note.id)).toEqual(["good"]);
		expect(warnings).toEqual([`skipped ${bad}:1:9: expected a value`]);
		await expect(loadNotes({ inputs: [folder], strict: true, readStdin })).rejects.toMatchObject({
			kind: "invalid-input",
			message: `${bad}:1:9: expected a value`,
		});
	});

	it("does not follow a link to a folder, so a loop ends", async () => {
		write("a.json", noteWith("a", "A"));
		symlinkSync(folder, path.join(folder, "loop"));
		symlinkSync(path.join(folder, "a.json"), path.join(folder, "linked.json"));
		const notes = await loadNotes({ inputs: [folder], readStdin });
		expect(notes.map(({ note }) => note.id)).toEqual(["a"]);
	});

	it("says so when a folder holds no notes, and when a path does not exist", async () => {
		await expect(loadNotes({ inputs: [folder], readStdin })).rejects.toBeInstanceOf(BriefingError);
		await expect(loadNotes({ inputs: [path.join(folder, "missing")], readStdin })).rejects.toMatchObject({
			kind: "unreadable",
		});
	});

	it("tells progress as notes are read", async () => {
		for (const id of ["a", "b", "c"]) write(`${id}.json`, noteWith(id, id));
		const counts: number[] = [];
		await loadNotes({ inputs: [folder], readStdin, onProgress: (count) => counts.push(count) });
		expect(counts).toEqual([1, 2, 3]);
	});
});
