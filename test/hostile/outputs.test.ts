import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import stringWidth from "string-width";
import { afterAll, describe, expect, it } from "vitest";
import { root } from "../cli/run-cli.ts";
import { openSessions } from "../e2e/pty-session.ts";
import { attack, attackEveryString, baseNote, variants } from "./hostile-notes.ts";

const folder = mkdtempSync(path.join(tmpdir(), "briefing-hostile-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// Escapes that briefing's own colour may write; anything else must never appear.
const ownColour = /\u001b\[[0-9;]*m/g;
const forbidden = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function run(file: string, args: string[]) {
	const result = spawnSync(process.execPath, ["dist/cli.js", file, ...args], {
		cwd: root,
		env: { PATH: process.env.PATH ?? "", LANG: "en_US.UTF-8" },
		encoding: "utf8",
		timeout: 30_000,
		maxBuffer: 256 * 1024 * 1024,
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal };
}

const modes: [string, string[]][] = [
	["text at 40", ["--format", "text", "--width", "40", "--lang", "both"]],
	["text at 100, coloured", ["--format", "text", "--width", "100", "--color"]],
	["markdown", ["--format", "markdown"]],
	["json", ["--format", "json"]],
];

describe.each(variants())("a note with $name", ({ name, content, exit }) => {
	const file = path.join(folder, `${name.replace(/\W+/g, "-")}.json`);
	writeFileSync(file, content);

	it.each(modes)("%s: ends as documented, and nothing from the note reaches the terminal", (mode, args) => {
		const { code, stdout, stderr, signal } = run(file, args);
		expect(signal, "no hang").toBeNull();
		expect(code).toBe(exit);
		expect(stderr).not.toMatch(/\n\s+at /);
		for (const output of [stdout, stderr]) {
			const withoutColour = output.replace(ownColour, "");
			expect(forbidden.test(withoutColour.replace(/\n/g, ""))).toBe(false);
			if (!args.includes("--color")) expect(output).toBe(withoutColour);
		}
		if (exit === 65)
			expect(stderr.split("\n")[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[:]`));
		if (mode.startsWith("text") && exit === 0) {
			const width = Number(args[args.indexOf("--width") + 1]);
			for (const line of stdout.replace(ownColour, "").split("\n"))
				expect(stringWidth(line)).toBeLessThanOrEqual(width);
		}
	});
});

describe("a 10 MB body", () => {
	it("prints, wrapped, in a few seconds", () => {
		const base = baseNote();
		const body = "Demand keeps growing. 需求持续增长。".repeat((10 * 1024 * 1024) / 45);
		const file = path.join(folder, "ten-megabytes.json");
		writeFileSync(
			file,
			JSON.stringify({ ...base, thesis: { ...(base.thesis as object), summary: { en: body } } }),
		);
		const { code, stdout } = run(file, ["--format", "text", "--width", "80", "--section", "thesis"]);
		expect(code).toBe(0);
		expect(Buffer.byteLength(stdout)).toBeGreaterThan(9 * 1024 * 1024);
	});
});

describe("the reader with a note that attacks every string", () => {
	const open = openSessions();

	it("shows every pane without passing on any control sequence, and quits cleanly", async () => {
		const file = path.join(folder, "attack-reader.json");
		writeFileSync(file, JSON.stringify(attackEveryString(baseNote())));
		const session = await open({ args: ["dist/cli.js", file], cols: 80, rows: 24 });
		await session.waitFor("[1 Thesis]");
		for (const pane of ["2", "3", "4", "5", "6", "L", "L"]) {
			session.write(pane);
			await new Promise((resolve) => setTimeout(resolve, 60));
		}
		session.write("q");
		expect((await session.waitForExit()).exitCode).toBe(0);
		const raw = session.raw();
		// The reader's own output has CSI sequences only; no OSC (titles, links, clipboard), no DCS, no C1, no bidi.
		expect(raw).not.toContain("\u001b]");
		expect(raw).not.toContain("\u001bP");
		expect(raw).not.toMatch(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/);
		expect(raw).not.toContain("pwned\u0007");
		expect(session.screen()).not.toContain("pwned");
		expect(attack).toContain("pwned");
	});
});
