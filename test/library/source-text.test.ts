import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type LoadedNote, loadBundledNotes } from "../../source/load/load-notes.ts";
import { readSourceText, sourceTextAllowed, sourceTextFor } from "../../source/load/source-text.ts";
import { minimalNote } from "../unit/note-fixture.ts";

/** The original text of a note, or undefined where readSourceText finds none to show (whatever the reason). */
async function loadSourceText(loaded: LoadedNote): Promise<string | undefined> {
	const text = await readSourceText(loaded);
	return typeof text === "string" ? text : undefined;
}

const made: string[] = [];
afterAll(() => {
	for (const folder of made) rmSync(folder, { recursive: true, force: true });
});

// A library folder: notes/ with the note, sources/ beside it, and a file outside both.
function library() {
	const folder = mkdtempSync(path.join(tmpdir(), "briefing-source-text-"));
	made.push(folder);
	mkdirSync(path.join(folder, "notes", "sub"), { recursive: true });
	mkdirSync(path.join(folder, "sources"));
	mkdirSync(path.join(folder, "elsewhere"));
	writeFileSync(path.join(folder, "notes", "beside.txt"), "beside the note");
	writeFileSync(path.join(folder, "notes", "sub", "below.txt"), "below the note");
	writeFileSync(path.join(folder, "sources", "raw.txt"), "in the sources folder");
	writeFileSync(path.join(folder, "elsewhere", "secret.txt"), "private");
	return folder;
}

const noteNaming = (folder: string, text: string): LoadedNote => ({
	note: { ...minimalNote(), source: { text } } as unknown as LoadedNote["note"],
	file: path.join(folder, "notes", "note.json"),
});

describe("a note's source text", () => {
	it("is read from the note's folder, below it, or the sources folder beside it", async () => {
		const folder = library();
		expect(await loadSourceText(noteNaming(folder, "beside.txt"))).toBe("beside the note");
		expect(await loadSourceText(noteNaming(folder, "sub/below.txt"))).toBe("below the note");
		expect(await loadSourceText(noteNaming(folder, "../sources/raw.txt"))).toBe("in the sources folder");
	});

	it("is read for the bundled note, whose text is in data/sources", async () => {
		const [bundled] = await loadBundledNotes();
		expect(await loadSourceText(bundled as LoadedNote)).toMatch(/MAI-1/u);
	});

	it.each([
		["an absolute path", "/etc/passwd"],
		["a path climbing out", "../../../../../../etc/passwd"],
		["a sibling folder that is not sources", "../elsewhere/secret.txt"],
		["the terminal", "/dev/tty"],
	])("is refused for %s", async (_, text) => {
		expect(await loadSourceText(noteNaming(library(), text))).toBeUndefined();
	});

	it.each([
		["the terminal", "/dev/tty"],
		["endless zeros", "/dev/zero"],
		["a file outside", "../elsewhere/secret.txt"],
	])("is refused through a symbolic link in the note's folder to %s", async (_, target) => {
		const folder = library();
		symlinkSync(path.resolve(folder, "notes", target), path.join(folder, "notes", "link.txt"));
		expect(await loadSourceText(noteNaming(folder, "link.txt"))).toBeUndefined();
	});

	it("is refused, at once, for a FIFO no one writes to and for a file over the limit", async () => {
		const folder = library();
		expect(spawnSync("mkfifo", [path.join(folder, "notes", "fifo")]).status).toBe(0);
		expect(await loadSourceText(noteNaming(folder, "fifo"))).toBeUndefined();
		const big = path.join(folder, "notes", "big.txt");
		writeFileSync(big, "");
		truncateSync(big, 100 * 1024 * 1024 + 1);
		expect(await loadSourceText(noteNaming(folder, "big.txt"))).toBeUndefined();
	});

	it("follows one rule for reading and for what import writes", () => {
		const folder = library();
		const output = path.join(folder, "notes", "new.json");
		expect(sourceTextFor(output, path.join(folder, "sources", "raw.txt"))).toBe("../sources/raw.txt");
		expect(sourceTextFor(output, path.join(folder, "notes", "sub", "below.txt"))).toBe("sub/below.txt");
		expect(sourceTextFor(output, path.join(folder, "elsewhere", "secret.txt"))).toBeUndefined();
		expect(sourceTextAllowed("/a/notes", "/a/notes-other/x.txt")).toBe(false);
		expect(sourceTextAllowed("/a/notes", "/a/sources-other/x.txt")).toBe(false);
		expect(sourceTextAllowed("/a/notes", "/a/sources/x.txt")).toBe(true);
	});
});
