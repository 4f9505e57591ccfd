import { describe, expect, it } from "vitest";
import { keys, openSessions, restored } from "./pty-session.ts";

const open = openSessions();

const screenLines = (screen: string) => screen.split("\n");

describe("the reader in a real terminal", () => {
	it("opens on the alternate screen, moves between panes, and restores the terminal on q", async () => {
		const session = await open({ args: ["dist/cli.js"], cols: 100, rows: 30, sttyAfter: true });
		const first = await session.waitFor("q quit");
		expect(first).toContain("[1 Thesis]");
		expect(first).toContain("Huatai Securities");
		expect(session.state()).toEqual({ alternateScreen: true, cursorVisible: false });
		// The frame stays one line short of the screen, so the top line is the title, not scrolled away.
		expect(screenLines(first)[0]).toContain("Microsoft may launch");

		session.write("3");
		await session.waitFor(/▶ MAI-1 parameters/);
		session.write(keys.down);
		await session.waitFor("“23年发布Phi-1.0(13亿参数)”");
		session.write("y");
		await session.waitFor("Copied (OSC 52):");
		const clipboard = /\u001b\]52;c;([A-Za-z0-9+/=]+)\u0007/.exec(session.raw());
		expect(Buffer.from(clipboard?.[1] ?? "", "base64").toString("utf8")).toBe(
			"Phi-1.0 parameters: 1.3B (2023) — Huatai Securities, 2024-05-07: “23年发布Phi-1.0(13亿参数)”",
		);
		session.write(keys.tab);
		await session.waitFor("[4 Risks]");
		session.write("L");
		await session.waitFor("[ZH]");

		session.write("q");
		expect(await session.waitForExit()).toEqual({ exitCode: 0 });
		expect(session.state()).toEqual(restored);
		expect((await session.ttyModesAfterExit()).cooked).toBe(true);
	});

	it("reflows at 40×12, on resize, and asks for more room below the minimum", async () => {
		const session = await open({ args: ["dist/cli.js"], cols: 40, rows: 12 });
		await session.waitFor("q quit");
		session.write("2");
		await session.waitFor("[Model]");
		session.resize(100, 30);
		await session.waitFor("│");
		session.resize(30, 8);
		await session.waitFor("Enlarge the terminal");
		session.resize(40, 12);
		const back = await session.waitFor("[Model]");
		for (const line of screenLines(back)) expect(line.length).toBeLessThanOrEqual(40);
		session.write("q");
		expect(await session.waitForExit()).toEqual({ exitCode: 0 });
		expect(session.state()).toEqual(restored);
	});

	it("searches, and quits with Ctrl-C", async () => {
		const session = await open({ args: ["dist/cli.js"], cols: 100, rows: 30 });
		await session.waitFor("q quit");
		session.write("/");
		session.write("Copilot Studio");
		await session.waitFor(/\/Copilot Studio▏ \d+ match/);
		session.write(keys.enter);
		await session.waitFor(/“Copilot Studio” 1\/\d+/);
		session.write(keys.ctrlC);
		expect(await session.waitForExit()).toEqual({ exitCode: 0 });
		expect(session.state()).toEqual(restored);
	});

	for (const [signal, code] of [
		["SIGTERM", 143],
		["SIGHUP", 129],
	] as const) {
		it(`restores the terminal when killed with ${signal}`, async () => {
			const session = await open({ args: ["dist/cli.js"], cols: 80, rows: 24, sttyAfter: true });
			await session.waitFor("q quit");
			session.kill(signal);
			expect((await session.waitForExit()).exitCode).toBe(code);
			expect(session.state()).toEqual(restored);
			expect((await session.ttyModesAfterExit()).cooked).toBe(true);
		});
	}

	it("reads keys from the terminal when the note comes on standard input", async () => {
		const session = await open({
			command: "/bin/sh",
			args: ["-c", "cat data/notes/huatai-2024-05-07-microsoft-mai-1.json | node dist/cli.js -"],
			cols: 80,
			rows: 24,
		});
		await session.waitFor("q quit");
		session.write("4");
		await session.waitFor("[4 Risks]");
		session.write("q");
		expect((await session.waitForExit()).exitCode).toBe(0);
		expect(session.state()).toEqual(restored);
	});

	it("prints plain text instead of crashing when there is no terminal to read keys from", async () => {
		// setsid leaves the process without a controlling terminal: stdout is a TTY, /dev/tty is not there.
		const session = await open({
			command: "/bin/sh",
			args: [
				"-c",
				"cat data/notes/huatai-2024-05-07-microsoft-mai-1.json | setsid node dist/cli.js - --section risks",
			],
			cols: 80,
			rows: 24,
		});
		expect((await session.waitForExit()).exitCode).toBe(0);
		expect(session.screen()).toContain("RISKS");
		expect(session.raw()).not.toContain("Raw mode is not supported");
		expect(session.state()).toEqual(restored);
	});

	it("uses no colour with NO_COLOR, and still marks the selection and the active pane", async () => {
		const session = await open({ args: ["dist/cli.js"], cols: 100, rows: 30, env: { NO_COLOR: "1" } });
		await session.waitFor("q quit");
		session.write("3");
		const screen = await session.waitFor(/▶ MAI-1/);
		expect(screen).toContain("[3 Key numbers]");
		// SGR colours 30–37, 39–47, 90–97, 256-colour and true colour: none of them.
		expect(session.raw()).not.toMatch(/\u001b\[(?:[0-9;]*;)?(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:;[0-9;]*)?m/);
		session.write("q");
		await session.waitForExit();
	});
});
