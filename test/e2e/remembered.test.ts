import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { temporaryFolder } from "../support/temporary-folder.ts";
import { openSessions, restored } from "./pty-session.ts";

const open = openSessions();

/** A state folder whose state file holds `text`; returns the folder and the file. */
function stateHolding(text: string): { state: string; file: string } {
	const state = temporaryFolder("state");
	mkdirSync(path.join(state, "briefing"));
	const file = path.join(state, "briefing", "state.json");
	writeFileSync(file, text);
	return { state, file };
}

/** Waits (up to 5 s) for the state file a reader ends by writing in `state`, and returns it parsed. */
async function savedState(state: string): Promise<unknown> {
	const file = path.join(state, "briefing", "state.json");
	await vi.waitFor(() => expect(existsSync(file)).toBe(true), { timeout: 5000, interval: 50 });
	return JSON.parse(readFileSync(file, "utf8"));
}

/** Opens the reader with a state folder, checks it starts on the Thesis pane, and quits it with q. */
async function openAndQuit(state: string) {
	const session = await open({ args: ["dist/cli.js"], cols: 100, rows: 30, env: { XDG_STATE_HOME: state } });
	expect(await session.waitFor("q quit")).toContain("[1 Thesis]");
	session.write("q");
	expect(await session.waitForExit()).toEqual({ exitCode: 0 });
	return session;
}

describe("the reader remembers its language and place between sessions", () => {
	it("reopens the last note at its pane and figure, in its language; --lang still wins", async () => {
		const state = temporaryFolder("state");
		const env = { XDG_STATE_HOME: state };
		const first = await open({ args: ["dist/cli.js"], cols: 100, rows: 30, env });
		await first.waitFor("q quit");
		first.write("3");
		await first.waitFor("figure 1/10");
		first.write("jjj");
		await first.waitFor("figure 4/10");
		first.write("L");
		await first.waitFor("[ZH]");
		first.write("q");
		expect(await first.waitForExit()).toEqual({ exitCode: 0 });
		const file = path.join(state, "briefing", "state.json");
		expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({
			language: "zh",
			note: { pane: "figures", figure: 3 },
		});

		const second = await open({ args: ["dist/cli.js"], cols: 80, rows: 24, env });
		const screen = await second.waitFor("数据 4/10");
		expect(screen).toContain("[ZH]");
		expect(screen).toContain("[3 关键数据]");
		second.write("q");
		expect(await second.waitForExit()).toEqual({ exitCode: 0 });

		const third = await open({ args: ["dist/cli.js", "--lang", "en"], cols: 100, rows: 30, env });
		const english = await third.waitFor("figure 4/10");
		expect(english).toContain("[EN]");
		third.write("q");
		expect(await third.waitForExit()).toEqual({ exitCode: 0 });
		expect(third.state()).toEqual(restored);
		// --lang is for that run only: the remembered language stays the one chosen with L.
		expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({ language: "zh" });
	});

	it("remembers a language --lang gave only when it is chosen again with L", async () => {
		const state = temporaryFolder("state");
		const env = { XDG_STATE_HOME: state, LANG: "en_US.UTF-8" };
		const file = path.join(state, "briefing", "state.json");
		const given = await open({ args: ["dist/cli.js", "--lang", "zh"], cols: 100, rows: 30, env });
		expect(await given.waitFor("q 退出")).toContain("[ZH]");
		given.write("q");
		expect(await given.waitForExit()).toEqual({ exitCode: 0 });
		expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({ language: "en" });
		const plain = await open({ args: ["dist/cli.js"], cols: 100, rows: 30, env });
		expect(await plain.waitFor("q quit")).toContain("[EN]");
		plain.write("q");
		expect(await plain.waitForExit()).toEqual({ exitCode: 0 });

		// Going round with L (zh → both → en → zh) chooses zh in the reader: that is remembered.
		const chosen = await open({ args: ["dist/cli.js", "--lang", "zh"], cols: 100, rows: 30, env });
		await chosen.waitFor("q 退出");
		chosen.write("L");
		await chosen.waitFor("[BOTH]");
		chosen.write("L");
		await chosen.waitFor("[EN]");
		chosen.write("L");
		await chosen.waitFor("[ZH]");
		chosen.write("q");
		expect(await chosen.waitForExit()).toEqual({ exitCode: 0 });
		expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({ language: "zh" });
	});

	it("ignores a corrupt state file with one warning line, and replaces it", async () => {
		const { state, file } = stateHolding("{ not json");
		const session = await openAndQuit(state);
		// One line on standard error (the screen may wrap it), after the reader has given the screen back.
		const warnings = session.raw().match(/briefing: ignored [^\r\n]*/g) ?? [];
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toContain(`${file}: not a reader state this briefing wrote`);
		expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({ kind: "briefing reader state" });
	});

	it("starts as it always did, with no noise, when the remembered note is gone", async () => {
		const { state } = stateHolding(
			JSON.stringify({
				kind: "briefing reader state",
				version: 1,
				language: "en",
				note: {
					file: "/gone/note.json",
					id: "gone",
					pane: "risks",
					tab: 0,
					figure: 0,
					anchor: { heading: -1, fraction: 0 },
				},
			}),
		);
		const session = await openAndQuit(state);
		expect(session.screen()).not.toContain("briefing:");
	});

	it("writes nothing when it prints instead (no terminal session), and survives an unwritable folder", async () => {
		const state = temporaryFolder("state");
		writeFileSync(path.join(state, "briefing"), "a file where the folder should be");
		await openAndQuit(state);
		const piped = temporaryFolder("state");
		const printing = await open({
			command: "/bin/sh",
			args: ["-c", `${process.execPath} dist/cli.js | cat > /dev/null`],
			cols: 100,
			rows: 30,
			env: { XDG_STATE_HOME: piped },
		});
		expect(await printing.waitForExit()).toEqual({ exitCode: 0 });
		expect(existsSync(path.join(piped, "briefing"))).toBe(false);
	});
});

/** Opens the reader on a state folder (with `env` beside it) and goes to Key numbers, its first figure. */
async function openOnFigures(state: string, env: Record<string, string> = {}) {
	const session = await open({
		args: ["dist/cli.js"],
		cols: 100,
		rows: 30,
		env: { XDG_STATE_HOME: state, ...env },
	});
	await session.waitFor("q quit");
	session.write("3");
	await session.waitFor("figure 1/10");
	return session;
}

describe("closing the terminal window", () => {
	it("still remembers the place, though the terminal is gone", async () => {
		const state = temporaryFolder("state");
		const session = await openOnFigures(state);
		session.write("jj");
		await session.waitFor("figure 3/10");
		session.hangUp();
		expect(await savedState(state)).toMatchObject({ note: { pane: "figures", figure: 2 } });
	});

	it("still remembers the place when the window closes while keys are drawn (ten times)", async () => {
		// Frames written to a terminal that is gone fail (EIO) and end the reader before its SIGHUP is
		// handled: without the place remembered on that way out, about one run in four lost it.
		for (let run = 0; run < 10; run += 1) {
			const state = temporaryFolder("state");
			const session = await openOnFigures(state);
			session.write("jjjjjjjj");
			session.hangUp();
			expect(await savedState(state)).toMatchObject({ note: { pane: "figures" } });
		}
	}, 60_000);

	it("still remembers the place when the window closes while the pager runs", async () => {
		const state = temporaryFolder("state");
		const pager = path.join(temporaryFolder("pager"), "pager");
		writeFileSync(pager, "#!/bin/sh\nprintf 'PAGER-RAN\\n'\nsleep 2\n", { mode: 0o755 });
		const session = await openOnFigures(state, { PAGER: pager });
		session.write("j");
		await session.waitFor("figure 2/10");
		session.write("v");
		await session.waitFor("PAGER-RAN");
		session.hangUp();
		expect(await savedState(state)).toMatchObject({ note: { pane: "figures", figure: 1 } });
	});
});

describe("closing the terminal window of a suspended reader", () => {
	it("still remembers the place", async () => {
		const state = temporaryFolder("state");
		const session = await openOnFigures(state);
		session.write("jjj");
		await session.waitFor("figure 4/10");
		session.write("\u001a");
		const stopped = () => readFileSync(`/proc/${session.pid}/stat`, "utf8").split(") ")[1]?.[0] === "T";
		for (let waited = 0; !stopped() && waited < 5000; waited += 20)
			await new Promise((resolve) => setTimeout(resolve, 20));
		// The kernel sends a closed terminal's stopped reader SIGHUP and SIGCONT.
		session.hangUp();
		expect(await savedState(state)).toMatchObject({ note: { pane: "figures", figure: 3 } });
	});
});
