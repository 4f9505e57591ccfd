import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BriefingError } from "../../source/base/briefing-error.ts";
import { writeAtomically } from "../../source/cli/write-atomically.ts";
import { temporaryFolder } from "../support/temporary-folder.ts";

describe("writeAtomically", () => {
	it("leaves no text behind when its note cannot be put in place (made meanwhile), without --force", async () => {
		const folder = temporaryFolder("atomic");
		const note = path.join(folder, "a.json");
		// Another run wrote the note between the check and the move.
		writeFileSync(note, "theirs\n");
		const written = writeAtomically(
			[
				{ file: note, text: "{}\n" },
				{ file: path.join(folder, "a.txt"), text: "正文\n" },
			],
			false,
		);
		await expect(written).rejects.toThrow(BriefingError);
		await expect(written).rejects.toThrow(`${note}: exists; use --force to replace it`);
		expect(readdirSync(folder)).toEqual(["a.json"]);
		expect(readFileSync(note, "utf8")).toBe("theirs\n");
	});
});
