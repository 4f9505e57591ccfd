import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import stringWidth from "string-width";
import { afterAll, describe, expect, it } from "vitest";
import { temporaryFolder } from "../support/temporary-folder.ts";
import { keys, openSessions, restored, root } from "./pty-session.ts";

const open = openSessions();
const folder = mkdtempSync(path.join(tmpdir(), "briefing-e2e-library-"));
// Enough notes that reading them takes longer than the moment after which progress is shown.
spawnSync(process.execPath, ["scripts/generate-notes.js", "3000", folder], { cwd: root });
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// The first test builds the index of 3,000 notes while the reader waits: on a busy two-core machine
// that takes longer than the default 20 s, so the timeout is a hang guard of 60 s.
describe("the library in a real terminal", { timeout: 60_000 }, () => {
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
		// An index of its own, so that it is being built (the test above built the shared one, and a
		// built index opens before the reader would say it is reading).
		const cache = temporaryFolder("e2e-cache");
		const session = await open({
			args: ["dist/cli.js", "--dir", folder],
			cols: 80,
			rows: 24,
			env: { BRIEFING_CACHE: cache },
		});
		await session.waitFor("Reading notes…", 10_000);
		session.write(keys.ctrlC);
		expect((await session.waitForExit()).exitCode).toBe(130);
		expect(session.state()).toEqual(restored);
	});
});

describe("list and search on a terminal", () => {
	const few = mkdtempSync(path.join(tmpdir(), "briefing-e2e-list-"));
	spawnSync(process.execPath, ["scripts/generate-notes.js", "5", few], { cwd: root });
	afterAll(() => rmSync(few, { recursive: true, force: true }));

	it("list prints an aligned table within the terminal's width, as it does not to a pipe", async () => {
		const session = await open({
			args: ["dist/cli.js", "list", "--dir", few, "--lang", "en"],
			cols: 100,
			rows: 100,
		});
		expect(await session.waitForExit()).toEqual({ exitCode: 0 });
		const lines = session.screen().trimEnd().split("\n");
		expect(lines[0]).toMatch(/^Report date\s+Broker\s+Sector\s+Title\s+Tickers$/u);
		expect(session.raw()).not.toContain("\t");
		for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(100);
	});

	it("search prints `id · section · excerpt` lines within the width", async () => {
		const session = await open({ args: ["dist/cli.js", "search", "Copilot Studio"], cols: 50, rows: 30 });
		expect(await session.waitForExit()).toEqual({ exitCode: 0 });
		const lines = session.screen().trimEnd().split("\n");
		expect(lines.length).toBeGreaterThan(0);
		for (const line of lines) {
			expect(line).toMatch(/^huatai-2024-05-07-micr.* · \w+ · /u);
			expect(stringWidth(line)).toBeLessThanOrEqual(50);
		}
	});
});
