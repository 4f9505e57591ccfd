import { spawnSync } from "node:child_process";
import { mkdirSync, truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { LoadedNote } from "../../source/load/load-notes.ts";
import { readSourceText, sourceTextReason } from "../../source/load/source-text.ts";
import { temporaryFolder } from "../support/temporary-folder.ts";
import { minimalNote } from "./note-fixture.ts";

// A library folder: notes/ (the note's), sources/ beside it, and a folder outside both.
function library() {
	const folder = temporaryFolder("source-problem");
	mkdirSync(path.join(folder, "notes", "a-folder.txt"), { recursive: true });
	mkdirSync(path.join(folder, "sources"));
	mkdirSync(path.join(folder, "elsewhere"));
	writeFileSync(path.join(folder, "sources", "raw.txt"), "the original");
	writeFileSync(path.join(folder, "elsewhere", "secret.txt"), "private");
	return folder;
}

const noteNaming = (folder: string, text: string | undefined, file?: string): LoadedNote => ({
	note: { ...minimalNote(), source: text === undefined ? {} : { text } } as unknown as LoadedNote["note"],
	file: file ?? path.join(folder, "notes", "note.json"),
});

describe("a note's original text that cannot be read", () => {
	it("is read when it is there, and is no problem when the note names none", async () => {
		const folder = library();
		expect(await readSourceText(noteNaming(folder, "../sources/raw.txt"))).toBe("the original");
		expect(await readSourceText(noteNaming(folder, undefined))).toBeUndefined();
	});

	it("is said to be gone, at the path the note names, when it or its folder was moved or deleted", async () => {
		const folder = library();
		expect(await readSourceText(noteNaming(folder, "../sources/moved.txt"))).toEqual({
			path: path.join(folder, "sources", "moved.txt"),
			reason: "gone",
		});
		expect(await readSourceText(noteNaming(folder, "../deleted-folder/x.txt"))).toEqual({
			path: path.join(folder, "deleted-folder", "x.txt"),
			reason: "gone",
		});
	});

	it("says why it is not read: not a file, outside the note's folder, too large, no folder", async () => {
		const folder = library();
		const reason = async (text: string, file?: string) =>
			((await readSourceText(noteNaming(folder, text, file))) as { reason: string }).reason;
		expect(await reason("a-folder.txt")).toBe("not a file");
		expect(spawnSync("mkfifo", [path.join(folder, "notes", "fifo")]).status).toBe(0);
		expect(await reason("fifo")).toBe("not a file");
		expect(await reason("../elsewhere/secret.txt")).toBe("outside");
		expect(await reason("/etc/passwd")).toBe("outside");
		const big = path.join(folder, "notes", "big.txt");
		writeFileSync(big, "");
		truncateSync(big, 100 * 1024 * 1024 + 1);
		expect(await reason("big.txt")).toBe("too large");
		expect(await reason("raw.txt", "-")).toBe("standard input");
	});

	it("names the path without a terminal control sequence", async () => {
		const folder = library();
		const problem = await readSourceText(noteNaming(folder, "../sources/\u001b[31mred\u0007.txt"));
		expect(problem).toMatchObject({ reason: "gone" });
		expect(JSON.stringify(problem)).not.toMatch(/\\u001b|\\u0007/u);
		expect((problem as { path: string }).path).toContain("red");
	});

	it("tells a file it may not read from one that is gone, by the system's error", () => {
		const failure = (code: string) => Object.assign(new Error(code), { code });
		expect(sourceTextReason(failure("ENOENT"))).toBe("gone");
		expect(sourceTextReason(failure("ENOTDIR"))).toBe("gone");
		expect(sourceTextReason(failure("EACCES"))).toBe("denied");
		expect(sourceTextReason(failure("EPERM"))).toBe("denied");
		expect(sourceTextReason(failure("EIO"))).toBe("unreadable");
	});
});
