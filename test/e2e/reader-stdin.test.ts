import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { openSessions, restored, root } from "./pty-session.ts";

const open = openSessions();
const note = readFileSync(`${root}/test/fixtures/minimal-note.json`, "utf8");

describe("briefing - with the note typed on the terminal", () => {
	it("reads it to Ctrl-D, then opens the reader on the terminal and reads keys from it", async () => {
		const session = await open({ args: ["dist/cli.js", "-"], cols: 100, rows: 30 });
		// A terminal in canonical mode takes a line at a time; Ctrl-D at the start of a line ends the input.
		for (const line of note.trimEnd().split("\n")) session.write(`${line}\n`);
		session.write("\u0004");
		await session.waitFor("q quit");
		session.write("4");
		await session.waitFor("[4 Risks]");
		session.write("q");
		expect(await session.waitForExit()).toEqual({ exitCode: 0 });
		expect(session.state()).toEqual(restored);
	});
});
