import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { keys, openSessions, restored, root } from "./pty-session.ts";

const open = openSessions();
const folder = mkdtempSync(path.join(tmpdir(), "briefing-e2e-keys-"));
spawnSync(process.execPath, ["scripts/generate-notes.js", "5", folder], { cwd: root });
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// Each write below is one chunk: the pty hands it to the reader in one read, as a paste or a held key.
describe("keys pasted or held in a real terminal", () => {
	it("takes a pasted search with its Enter, and two Tabs at once", async () => {
		const session = await open({ args: ["dist/cli.js"], cols: 100, rows: 30 });
		await session.waitFor("q quit");
		session.write("/copilot\r");
		await session.waitFor(/“copilot” 1\/\d+/);
		session.write(keys.escape);
		await session.waitFor("q quit");
		session.write("1");
		await session.waitFor("[1 Thesis]");
		session.write("\t\t");
		await session.waitFor("[3 Key numbers]");
		session.write("q");
		expect(await session.waitForExit()).toEqual({ exitCode: 0 });
	});

	it("erases one character per Backspace of a held key in the library filter", async () => {
		const session = await open({ args: ["dist/cli.js", "--dir", folder], cols: 100, rows: 30 });
		await session.waitFor(/of \d+ notes/);
		session.write("fhuataixyz");
		await session.waitFor("Filter: huataixyz▏");
		session.write("\u007f\u007f\u007f");
		const erased = await session.waitFor("Filter: huatai▏");
		expect(erased).not.toMatch(/ 0 of \d+ notes/);
		session.write(keys.ctrlC);
		expect(await session.waitForExit()).toEqual({ exitCode: 0 });
	});

	it("goes from note to note of the library with J and K, and back to the list on the last one opened", async () => {
		const session = await open({ args: ["dist/cli.js", "--dir", folder], cols: 100, rows: 30 });
		const list = await session.waitFor(/of \d+ notes/);
		const rows = list.split("\n").filter((line) => /\d{4}-\d{2}-\d{2}/.test(line));
		const dates = rows.map((row) => /\d{4}-\d{2}-\d{2}/.exec(row)?.[0] ?? "");
		expect(dates.length).toBeGreaterThan(2);
		session.write(keys.enter);
		await session.waitFor("[1 Thesis]");
		session.write("K");
		await session.waitFor("This is the first note of the list");
		session.write("J");
		const second = await session.waitFor(
			(screen) => screen.includes("J K note") && !screen.includes("first note"),
		);
		expect(second).toContain("[1 Thesis]");
		session.write("J");
		await new Promise((resolve) => setTimeout(resolve, 200));
		session.write("q");
		const back = await session.waitFor(/of \d+ notes/);
		const selected = back.split("\n").find((line) => line.includes("▶")) ?? "";
		expect(selected).toContain(dates[2]);
		session.write("q");
		expect(await session.waitForExit()).toEqual({ exitCode: 0 });
	});

	for (const [where, before] of [
		["a note", []],
		["typing a search in a note", ["/cop"]],
		["the help", ["?"]],
		["a note's search results", ["/copilot\r"]],
	] as const) {
		it(`quits with Ctrl-C from ${where}`, async () => {
			const session = await open({ args: ["dist/cli.js"], cols: 100, rows: 30 });
			await session.waitFor("q quit");
			for (const chunk of before) session.write(chunk);
			await new Promise((resolve) => setTimeout(resolve, 100));
			session.write(keys.ctrlC);
			expect(await session.waitForExit()).toEqual({ exitCode: 0 });
			expect(session.state()).toEqual(restored);
		});
	}

	for (const [where, before] of [
		["the library list", []],
		["the library filter", ["fabc"]],
		["typing a library search", ["/cop"]],
		["the library's search results", ["/cop\r"]],
		["the help over the library", ["?"]],
	] as const) {
		it(`quits with Ctrl-C from ${where}`, async () => {
			const session = await open({ args: ["dist/cli.js", "--dir", folder], cols: 100, rows: 30 });
			await session.waitFor(/of \d+ notes/);
			for (const chunk of before) session.write(chunk);
			await new Promise((resolve) => setTimeout(resolve, 100));
			session.write(keys.ctrlC);
			expect(await session.waitForExit()).toEqual({ exitCode: 0 });
			expect(session.state()).toEqual(restored);
		});
	}
});
