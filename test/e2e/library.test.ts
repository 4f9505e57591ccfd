import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { keys, openSessions, restored, root } from "./pty-session.ts";

const open = openSessions();
const folder = mkdtempSync(path.join(tmpdir(), "briefing-e2e-library-"));
// Enough notes that reading them takes longer than the moment after which progress is shown.
spawnSync(process.execPath, ["scripts/generate-notes.js", "3000", folder], { cwd: root });
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("the library in a real terminal", () => {
	it("shows progress while reading, then the list; filters, opens, comes back, and quits with Ctrl-C", async () => {
		const session = await open({
			args: ["dist/cli.js", "--dir", folder],
			cols: 100,
			rows: 30,
			sttyAfter: true,
		});
		await session.waitFor("Reading notes…", 10_000);
		await session.waitFor("3001 of 3001 notes", 20_000);
		session.write("fhuatai microsoft");
		const filtered = await session.waitFor(/Filter: huatai microsoft▏/);
		expect(filtered).toMatch(/\d+ of 3001 notes/);
		session.write(keys.enter);
		await session.waitFor("f filter");
		session.write(keys.enter);
		await session.waitFor("[1 Thesis]");
		session.write(keys.escape);
		await session.waitFor("Filter: huatai microsoft");
		session.write(keys.ctrlC);
		expect(await session.waitForExit()).toEqual({ exitCode: 0 });
		expect(session.state()).toEqual(restored);
		expect((await session.ttyModesAfterExit()).cooked).toBe(true);
	});

	it("restores the terminal when interrupted while still reading", async () => {
		const session = await open({ args: ["dist/cli.js", "--dir", folder], cols: 80, rows: 24 });
		await session.waitFor("Reading notes…", 10_000);
		session.write(keys.ctrlC);
		expect((await session.waitForExit()).exitCode).toBe(130);
		expect(session.state()).toEqual(restored);
	});
});
