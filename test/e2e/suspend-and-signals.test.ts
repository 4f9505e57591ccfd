import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, readlinkSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { temporaryFolder } from "../support/temporary-folder.ts";
import { openSessions, restored } from "./pty-session.ts";

const open = openSessions();

// What /proc says of a process: its state letter (T when stopped) and its terminal's modes.
const processState = (pid: number) => readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0];
const terminalModes = (pid: number) =>
	execFileSync("stty", ["-a", "-F", readlinkSync(`/proc/${pid}/fd/0`)], { encoding: "utf8" });

async function until(check: () => boolean, what: string): Promise<void> {
	for (let waited = 0; !check(); waited += 20) {
		if (waited > 5000) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

describe("suspending the reader", () => {
	it.each([
		["Ctrl-Z", (session: { write: (keys: string) => void }) => session.write("\u001a")],
		["kill -TSTP", (session: { kill: (signal: NodeJS.Signals) => void }) => session.kill("SIGTSTP")],
	])("%s gives the terminal back and stops; fg takes it again and redraws", async (_, stop) => {
		const session = await open({ args: ["dist/cli.js"], cols: 100, rows: 30 });
		await session.waitFor("q quit");
		session.write("4");
		await session.waitFor("[4 Risks]");
		stop(session as never);
		await until(() => processState(session.pid) === "T", "the reader to stop");
		await until(() => !session.state().alternateScreen, "the normal screen");
		expect(session.state()).toEqual(restored);
		expect(terminalModes(session.pid)).toMatch(/(?<!-)icanon/u);
		expect(terminalModes(session.pid)).toMatch(/(?<!-)echo\b/u);

		session.kill("SIGCONT");
		await until(() => session.state().alternateScreen, "the alternate screen again");
		// The whole screen is drawn anew, on the pane it was on, and keys work in raw mode.
		const screen = await session.waitFor((text) => text.includes("[4 Risks]") && text.includes("q quit"));
		expect(screen).toContain("Microsoft may launch");
		expect(terminalModes(session.pid)).toMatch(/-icanon/u);
		session.write("1");
		await session.waitFor("[1 Thesis]");
		session.write("q");
		expect(await session.waitForExit()).toEqual({ exitCode: 0 });
		expect(session.state()).toEqual(restored);
	});
});

describe("signals while notes are read", () => {
	for (const signal of ["SIGTERM", "SIGHUP", "SIGINT"] as const) {
		it(`${signal} ends the reader waiting on a FIFO no one writes to, the terminal restored`, async () => {
			const fifo = path.join(temporaryFolder("fifo"), "note.json");
			expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
			const session = await open({ args: ["dist/cli.js", fifo], cols: 80, rows: 24, sttyAfter: true });
			await session.waitFor("Reading notes");
			session.kill(signal);
			expect((await session.waitForExit()).exitCode).toBe(
				128 + { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }[signal],
			);
			expect(session.state()).toEqual(restored);
			expect((await session.ttyModesAfterExit()).cooked).toBe(true);
		});
	}

	it("Ctrl-C ends the reader waiting for a note on an endless slow pipe", async () => {
		const session = await open({
			command: "/bin/sh",
			args: ["-c", "while :; do printf ' '; sleep 0.05; done | node dist/cli.js -"],
			cols: 80,
			rows: 24,
		});
		await session.waitFor("Reading notes");
		session.kill("SIGINT");
		await session.waitForExit();
		expect(session.state()).toEqual(restored);
	});
});
