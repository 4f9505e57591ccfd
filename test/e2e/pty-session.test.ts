import { afterEach, describe, expect, it } from "vitest";
import { keys, type PtySession, type PtySessionOptions, parseStty, startPty } from "./pty-session.ts";

const fixture = "test/e2e/fixtures/alt-screen.mjs";
const sessions: PtySession[] = [];

/** Starts the fixture at 100×30 (unless told otherwise) and disposes it after the test. */
async function start(options: Partial<PtySessionOptions> = {}): Promise<PtySession> {
	const session = await startPty({
		cols: 100,
		rows: 30,
		...options,
		args: [fixture, ...(options.args ?? [])],
	});
	sessions.push(session);
	return session;
}

afterEach(() => {
	for (const session of sessions.splice(0)) session.dispose();
});

describe("pty session", () => {
	it("shows the screen, sends keys, resizes, and sees the terminal restored on exit", async () => {
		const session = await start();
		await session.waitFor("size: 100x30");
		expect(session.state()).toEqual({ alternateScreen: true, cursorVisible: false });

		session.write("a");
		await session.waitFor('key: "a"');
		session.write(keys.up);
		await session.waitFor('key: "\\u001b[A"');
		session.write(keys.shiftTab);
		await session.waitFor(/key: "\\u001b\[Z"/);
		session.write(keys.enter);
		const screen = await session.waitFor((text) => text.includes('key: "\\r"'));
		expect(screen.split("\n")).toHaveLength(30);
		expect(screen.split("\n").slice(0, 5)).toEqual([
			"size: 100x30",
			'key: "a"',
			'key: "\\u001b[A"',
			'key: "\\u001b[Z"',
			'key: "\\r"',
		]);

		session.resize(40, 12);
		await session.waitFor("size: 40x12");
		expect(session.screen().split("\n")).toHaveLength(12);

		session.write("q");
		expect(await session.waitForExit()).toEqual({ exitCode: 0 });
		expect(session.state()).toEqual({ alternateScreen: false, cursorVisible: true });
		expect(session.screen()).toContain("before: normal screen");
		expect(session.raw()).toContain("\x1b[?1049l");
	});

	it("reports cooked mode after the program ends, with the sttyAfter option", async () => {
		const session = await start({ sttyAfter: true });
		await session.waitFor("size: 100x30");
		session.write("q");
		const modes = await session.ttyModesAfterExit();
		expect(modes.cooked).toBe(true);
		expect(modes.flags).toMatchObject({ icanon: true, echo: true, isig: true });
		expect(await session.exited).toEqual({ exitCode: 0 });
		expect(session.state()).toEqual({ alternateScreen: false, cursorVisible: true });
	});

	it("restores the terminal when the program is ended with SIGTERM", async () => {
		const session = await start({ sttyAfter: true });
		await session.waitFor("size: 100x30");
		session.kill("SIGTERM");
		const modes = await session.ttyModesAfterExit();
		expect(modes.cooked).toBe(true);
		expect(await session.exited).toEqual({ exitCode: 143 });
		expect(session.state()).toEqual({ alternateScreen: false, cursorVisible: true });
	});

	it("tells when the program ends without restoring the screen and cursor", async () => {
		const session = await start({ args: ["--no-restore"] });
		await session.waitFor("size: 100x30");
		session.write("q");
		expect(await session.waitForExit()).toEqual({ exitCode: 0 });
		expect(session.state()).toEqual({ alternateScreen: true, cursorVisible: false });
	});

	it("tells when the program leaves the terminal in raw mode", async () => {
		const session = await start({ args: ["--sigkill"], sttyAfter: true });
		await session.waitFor("size: 100x30");
		session.write("q");
		const modes = await session.ttyModesAfterExit();
		expect(modes.cooked).toBe(false);
		expect(modes.flags).toMatchObject({ icanon: false, echo: false });
		expect(await session.exited).toEqual({ exitCode: 128 + 9 });
		expect(session.state()).toEqual({ alternateScreen: true, cursorVisible: false });
	});

	it("rejects with the screen when the wait times out, and when the program ended first", async () => {
		const session = await start();
		await session.waitFor("size: 100x30");
		await expect(session.waitFor("never shown", 200)).rejects.toThrow(
			/timed out after 200 ms waiting for the screen to show "never shown":\n.*\n│size: 100x30/,
		);
		session.write("q");
		await expect(session.waitFor("never shown")).rejects.toThrow(
			/the program ended .* before the screen showed/,
		);
	});

	it("does not pass the caller's environment on", async () => {
		process.env.CI = "1";
		try {
			const session = await startPty({
				command: "/bin/sh",
				args: [
					"-c",
					'printf "CI=%s FORCE_COLOR=%s LANG=%s TERM=%s X=%s\\n" "$(printenv CI || echo unset)" "$(printenv FORCE_COLOR || echo unset)" "$LANG" "$TERM" "$X"',
				],
				env: { X: "given" },
				cols: 80,
				rows: 5,
			});
			sessions.push(session);
			await session.waitFor("CI=unset FORCE_COLOR=unset LANG=en_US.UTF-8 TERM=xterm-256color X=given");
		} finally {
			delete process.env.CI;
		}
	});

	it("ends a running program on dispose", async () => {
		const session = await startPty({ args: [fixture], cols: 80, rows: 24 });
		await session.waitFor("size: 80x24");
		session.dispose();
		expect((await session.exited).signal).toBe(9);
	});
});

describe("parseStty", () => {
	it("reads on and off settings, leaving out control characters", () => {
		const modes = parseStty(
			"speed 38400 baud; rows 30;\nintr = ^C; eof = ^D;\n-parenb cs8\nisig -icanon echo\n",
		);
		expect(modes.flags).toMatchObject({ parenb: false, cs8: true, isig: true, icanon: false, echo: true });
		expect(modes.flags).not.toHaveProperty("intr");
		expect(modes.cooked).toBe(false);
	});
});
