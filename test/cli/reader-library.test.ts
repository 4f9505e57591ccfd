import { copyFileSync, rmSync } from "node:fs";
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
