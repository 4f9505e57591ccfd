import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openSessions, restored } from "./pty-session.ts";

const open = openSessions();
const folder = mkdtempSync(path.join(tmpdir(), "briefing-e2e-pager-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// A pager named less (so it is given +N) that records what it was given and the terminal's modes,
// shows a line, and reads a line typed on the terminal before it ends.
const record = path.join(folder, "record");
const pager = path.join(folder, "less");
writeFileSync(
	pager,
	[
		"#!/bin/sh",
		`printf '%s\\n' "$@" > '${record}'`,
		"for last; do :; done",
		`cp "$last" '${record}.text'`,
		`stty -a > '${record}.stty'`,
		`printf 'PAGER-RAN %s\\n' "$1"`,
		"read answer",
		`printf 'typed:%s\\n' "$answer" >> '${record}'`,
		"",
	].join("\n"),
);
chmodSync(pager, 0o755);

const mouseOn = "\u001b[?1000h";
const mouseOff = "\u001b[?1000l";

describe("the original text in $PAGER, in a real terminal", () => {
	it("hands the terminal over cleanly at the quote's line, and takes it back at the same place", async () => {
		const session = await open({
			args: ["dist/cli.js", "--lang", "en"],
			cols: 100,
			rows: 30,
			env: { PAGER: pager },
		});
		await session.waitFor("q quit");
		session.write("3");
		session.write("j");
		const before = await session.waitFor("figure 2/10");
		session.write("v");
		await session.waitFor("PAGER-RAN +7");
		// The normal screen, cooked mode, no mouse reports: the terminal as a shell gives it.
		expect(session.state().alternateScreen).toBe(false);
		const raw = session.raw();
		expect(raw.lastIndexOf(mouseOff)).toBeGreaterThan(raw.lastIndexOf(mouseOn));
		expect(readFileSync(`${record}.stty`, "utf8")).toMatch(/(^|\s)icanon(\s|$)/m);
		const [line, file] = readFileSync(record, "utf8").split("\n");
		expect(line).toBe("+7");
		expect(readFileSync(`${record}.text`, "utf8")).toContain("Copilot Studio客户数超3万家");
		// What is typed goes to the pager, not to the reader (l would be the next pane).
		session.write("hello\r");
		// The reader draws the screen anew by a resize to one column less and back: the frame at one
		// column less may show for a moment (Ink throttles frames), so the screen is waited for.
		const back = await session.waitFor((screen) => screen === before);
		expect(back).not.toContain("PAGER-RAN");
		expect(session.state().alternateScreen).toBe(true);
		expect(readFileSync(record, "utf8")).toContain("typed:hello");
		expect(existsSync(file ?? "")).toBe(false);
		const again = session.raw();
		expect(again.lastIndexOf(mouseOn)).toBeGreaterThan(again.lastIndexOf(mouseOff));
		session.write("q");
		expect(await session.waitForExit()).toEqual({ exitCode: 0 });
		expect(session.state()).toEqual(restored);
	});

	it("says in the footer that a pager could not be started, and goes on", async () => {
		const session = await open({
			args: ["dist/cli.js", "--lang", "en"],
			cols: 100,
			rows: 30,
			env: { PAGER: path.join(folder, "no-such-pager") },
		});
		await session.waitFor("q quit");
		session.write("v");
		await session.waitFor("could not be started");
		expect(session.state().alternateScreen).toBe(true);
		session.write("2");
		await session.waitFor("[2 Breakdown]");
		session.write("q");
		expect(await session.waitForExit()).toEqual({ exitCode: 0 });
		expect(session.state()).toEqual(restored);
	});
	it("leaves Ctrl-C to the pager: the reader goes on when the pager ends", async () => {
		// As less does, this pager ignores SIGINT, and ends a while after it started.
		const patient = path.join(folder, "patient");
		writeFileSync(patient, ["#!/bin/sh", "trap '' INT", "printf 'PATIENT\\n'", "sleep 1", ""].join("\n"));
		chmodSync(patient, 0o755);
		const session = await open({
			args: ["dist/cli.js", "--lang", "en"],
			cols: 100,
			rows: 30,
			env: { PAGER: patient },
		});
		await session.waitFor("q quit");
		session.write("3");
		await session.waitFor("figure 1/10");
		session.write("v");
		await session.waitFor("PATIENT");
		session.kill("SIGINT");
		await session.waitFor((screen) => screen.includes("figure 1/10") && !screen.includes("PATIENT"));
		await new Promise((resolve) => setTimeout(resolve, 300));
		session.write("j");
		await session.waitFor("figure 2/10");
		session.write("q");
		expect(await session.waitForExit()).toEqual({ exitCode: 0 });
		expect(session.state()).toEqual(restored);
	});
});
