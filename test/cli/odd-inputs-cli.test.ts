import { copyFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { root, runCliAsync } from "../support/run-cli.ts";
import { temporaryFolder } from "../support/temporary-folder.ts";

const minimalNote = path.join(root, "test/fixtures/minimal-note.json");

describe("--dir given a file, not a folder", () => {
	it("is the same one-line error, exit 66, for every command that reads the library", async () => {
		const folder = temporaryFolder("dir-file");
		const note = path.join(folder, "note.json");
		copyFileSync(minimalNote, note);
		const empty = path.join(folder, "empty");
		writeFileSync(empty, "");
		const cache = temporaryFolder("dir-file-cache");
		for (const file of [note, empty]) {
			const runs = await Promise.all(
				[[], ["list"], ["search", "widget"], ["digest"], ["index"]].map((command) =>
					runCliAsync([...command, "--dir", file], { env: { BRIEFING_CACHE: cache } }),
				),
			);
			for (const run of runs) {
				expect(run.stderr).toBe(`${file}: expected a folder of notes, got a file\n`);
				expect(run.stdout).toBe("");
				expect(run.code).toBe(66);
			}
		}
	});
});
