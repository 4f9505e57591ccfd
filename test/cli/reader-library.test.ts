import { copyFileSync, rmSync, truncateSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { BriefingError } from "../../source/base/briefing-error.ts";
import { readerLibrary } from "../../source/cli/library-notes.ts";
import { resolveOptions } from "../../source/cli/options.ts";
import { temporaryFolder } from "../support/temporary-folder.ts";

const facts = {
	stdoutIsTTY: true,
	stdinIsTTY: true,
	columns: 80,
	rows: 24,
	environment: {},
	colorSupport: 0,
} as const;

it("says in words why a note listed in the index cannot be opened any more", async () => {
	const folder = temporaryFolder("reader-library");
	const file = path.join(folder, "note.json");
	copyFileSync("test/fixtures/minimal-note.json", file);
	const library = await readerLibrary(
		resolveOptions([folder], { section: [], debug: false }, facts),
		() => {},
		() => {},
	);
	expect(library?.count).toBe(1);
	rmSync(file);
	let error: unknown;
	try {
		library?.open(library.at(0) as never);
	} catch (caught) {
		error = caught;
	}
	expect(error).toBeInstanceOf(BriefingError);
	expect((error as BriefingError).kind).toBe("unreadable");
	// In words, never a raw code such as ENOENT.
	expect((error as BriefingError).message).toBe(`${file}: no such file or folder`);
});

it("refuses to open a note that grew past the size a note may be, as reading it from its file does", async () => {
	const folder = temporaryFolder("reader-library-large");
	const file = path.join(folder, "note.json");
	copyFileSync("test/fixtures/minimal-note.json", file);
	// An index of its own: the test above keeps its index open (and locked), as the reader does.
	process.env.BRIEFING_CACHE = path.join(folder, "cache");
	const library = await readerLibrary(
		resolveOptions([folder], { section: [], debug: false }, facts),
		() => {},
		() => {},
	);
	expect(library?.count).toBe(1);
	truncateSync(file, 65 * 1024 * 1024);
	expect(() => library?.open(library.at(0) as never)).toThrow(`${file}: too large (limit 64 MB)`);
});
