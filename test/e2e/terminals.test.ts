import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "esbuild";
import stringWidth from "string-width";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleOptions } from "../../scripts/build-options.js";
import { keys, openSessions, restored } from "./pty-session.ts";

const open = openSessions();

const widest = (screen: string) => Math.max(...screen.split("\n").map((line) => stringWidth(line)));

describe("terminal sizes", () => {
	for (const [cols, rows] of [
		[20, 5],
		[39, 9],
		[40, 10],
		[300, 100],
	] as const) {
		it(`draws within ${cols}×${rows} and quits cleanly`, async () => {
			const session = await open({ args: ["dist/cli.js"], cols, rows });
			const small = cols < 40 || rows < 10;
			const screen = await session.waitFor(small ? "Enlarge" : "[1 Thesis]");
			expect(widest(screen)).toBeLessThanOrEqual(cols);
			if (!small) {
				for (const pane of ["2", "3", "6"]) {
					session.write(pane);
					await session.waitFor(`[${pane} `);
					expect(widest(session.screen())).toBeLessThanOrEqual(cols);
				}
			}
			session.write("q");
			expect(await session.waitForExit()).toEqual({ exitCode: 0 });
			expect(session.state()).toEqual(restored);
		});
	}

	it("survives a resize storm and settles at the last size", async () => {
		const session = await open({ args: ["dist/cli.js"], cols: 100, rows: 30 });
		await session.waitFor("[1 Thesis]");
		session.write("3");
		const sizes: [number, number][] = [];
		for (let index = 0; index < 60; index += 1)
			sizes.push([20 + ((index * 37) % 200), 5 + ((index * 13) % 60)]);
		for (const [cols, rows] of sizes) session.resize(cols, rows);
		session.resize(72, 20);
		const settled = await session.waitFor(
			(screen) => screen.includes("[3 Key numbers]") && screen.includes("q quit"),
		);
		expect(widest(settled)).toBeLessThanOrEqual(72);
		session.write("q");
		expect(await session.waitForExit()).toEqual({ exitCode: 0 });
		expect(session.state()).toEqual(restored);
	});
});

describe("terminal types and colour", () => {
	it("prints plain text, without the reader, on a dumb terminal", async () => {
		const session = await open({
			args: ["dist/cli.js", "--section", "risks"],
			cols: 80,
			rows: 24,
			env: { TERM: "dumb" },
		});
		expect((await session.waitForExit()).exitCode).toBe(0);
		expect(session.screen()).toContain("RISKS");
		expect(session.raw()).not.toContain("\u001b[?1049h");
		expect(session.raw()).not.toContain("\u001b[");
	});

	it("opens the reader when TERM is not set at all", async () => {
		const session = await open({
			command: "/usr/bin/env",
			args: ["-u", "TERM", process.execPath, "dist/cli.js"],
			cols: 80,
			rows: 24,
		});
		await session.waitFor("[1 Thesis]");
		session.write("q");
		expect(await session.waitForExit()).toEqual({ exitCode: 0 });
		expect(session.state()).toEqual(restored);
	});

	it("uses colour with FORCE_COLOR=3", async () => {
		const session = await open({ args: ["dist/cli.js"], cols: 100, rows: 30, env: { FORCE_COLOR: "3" } });
		await session.waitFor("[1 Thesis]");
		session.write("3");
		await session.waitFor("[3 Key numbers]");
		expect(session.raw()).toMatch(/\u001b\[(?:3[0-7]|9[0-7])m/);
		session.write("q");
		expect(await session.waitForExit()).toEqual({ exitCode: 0 });
	});
});

describe("failures", () => {
	const folder = mkdtempSync(path.join(tmpdir(), "briefing-fault-"));
	const script = path.join(folder, "throwing-pane.js");
	beforeAll(async () => {
		await build({
			...bundleOptions({ "throwing-pane": "test/e2e/fixtures/throwing-pane.tsx" }, folder),
			splitting: false,
			minify: false,
		});
	});
	afterAll(() => rmSync(folder, { recursive: true, force: true }));

	it("restores the terminal, then prints the error, when a pane throws while drawing", async () => {
		const session = await open({ args: [script], cols: 80, rows: 24, sttyAfter: true });
		await session.waitFor("[1 Thesis]");
		await new Promise((resolve) => setTimeout(resolve, 400));
		session.write("L");
		expect((await session.waitForExit()).exitCode).toBe(70);
		expect(session.state()).toEqual(restored);
		expect((await session.ttyModesAfterExit()).cooked).toBe(true);
		const raw = session.raw();
		const left = raw.lastIndexOf("\u001b[?1049l");
		const message = raw.indexOf("briefing: internal error: a pane failed to draw");
		expect(message).toBeGreaterThan(left);
		expect(raw.slice(message)).not.toMatch(/\n\s+at /);
	});

	it("reads an empty standard input as a clear error", async () => {
		const session = await open({
			command: "/bin/sh",
			args: ["-c", "node dist/cli.js - < /dev/null; echo status:$?"],
			cols: 80,
			rows: 24,
		});
		await session.waitForExit();
		expect(session.screen()).toContain("-:1:1: expected a note, got an empty file");
		expect(session.screen()).toContain("status:65");
	});

	it("ignores keys it does not know, and Esc with nothing open", async () => {
		const session = await open({ args: ["dist/cli.js"], cols: 80, rows: 24 });
		await session.waitFor("[1 Thesis]");
		session.write(`x${keys.escape}\u0001\u001b[15~Z`);
		session.write("2");
		await session.waitFor("[2 Breakdown]");
		session.write("q");
		expect(await session.waitForExit()).toEqual({ exitCode: 0 });
	});
});
