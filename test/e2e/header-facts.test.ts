import { copyFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { temporaryFolder } from "../support/temporary-folder.ts";
import { keys, openSessions, restored, root } from "./pty-session.ts";

const open = openSessions();

describe("a library search hit on a note's header facts, in a real terminal", () => {
	it("opens on the Thesis pane with the ticker shown, and the note's own search finds it too", async () => {
		// Two notes, so the reader opens on the library; WDGT is only in the first one's companies.
		const folder = temporaryFolder("header-facts");
		copyFileSync(path.join(root, "test", "fixtures", "minimal-note.json"), path.join(folder, "widgets.json"));
		copyFileSync(
			path.join(root, "data", "notes", "huatai-2024-05-07-microsoft-mai-1.json"),
			path.join(folder, "huatai.json"),
		);
		const session = await open({
			args: ["dist/cli.js", "--lang", "en", "--dir", folder],
			cols: 100,
			rows: 30,
			env: { BRIEFING_CACHE: temporaryFolder("header-facts-cache") },
		});
		await session.waitFor("2 of 2 notes");
		session.write("/wdgt");
		session.write(keys.enter);
		const results = await session.waitFor("1 match in 1 note");
		expect(results).toMatch(/Thesis · .*Widget Co WDGT/u);
		session.write(keys.enter);
		const opened = await session.waitFor("“wdgt” 1/1");
		const lines = opened.split("\n");
		const tabs = lines.findIndex((line) => line.includes("[1 核心观点 / Thesis]"));
		expect(tabs).toBeGreaterThan(0);
		expect(lines.slice(tabs + 1, -2).some((line) => /Companies +Widget Co WDGT/u.test(line))).toBe(true);
		// Cleared and searched again in the note: the same match.
		session.write(keys.escape);
		await session.waitFor((screen) => !screen.includes("“wdgt”"));
		session.write("/wdgt");
		session.write(keys.enter);
		await session.waitFor("“wdgt” 1/1");
		session.write(keys.ctrlC);
		expect(await session.waitForExit()).toEqual({ exitCode: 0 });
		expect(session.state()).toEqual(restored);
	});
});
