import { describe, expect, it } from "vitest";
import { cellOf, mouse } from "../support/keys.ts";
import { openSessions, restored } from "./pty-session.ts";

const open = openSessions();
const on = ["\u001b[?1000h", "\u001b[?1006h"];
const off = ["\u001b[?1000l", "\u001b[?1006l"];

/** Whether mouse reporting is off at the end of what was written: each mode's last switch is `l`. */
function reportingOff(raw: string): boolean {
	return on.every((sequence, index) => raw.lastIndexOf(off[index] ?? "") > raw.lastIndexOf(sequence));
}

const click = (screen: string, text: string) => {
	const { column, row } = cellOf(screen, text);
	return mouse("click", column + 1, row) + mouse("release", column + 1, row);
};

describe("the mouse in a real terminal", () => {
	it("clicks a tab and a figure, scrolls with the wheel, and leaves reporting off after q", async () => {
		const session = await open({ args: ["dist/cli.js", "--lang", "en"], cols: 100, rows: 30 });
		const start = await session.waitFor("q quit");
		session.write(click(start, "3 Key numbers"));
		const figures = await session.waitFor("[3 Key numbers]");
		expect(on.every((sequence) => session.raw().includes(sequence))).toBe(true);
		session.write(click(figures, "Copilot Studio customers"));
		await session.waitFor("figure 10/10");
		session.write(click(figures, "6 Source"));
		const source = await session.waitFor("[6 Source]");
		const { row } = cellOf(source, "[6 Source]");
		session.write(mouse("wheelDown", 10, row + 5));
		await session.waitFor(/line 4\/\d+/);
		session.write("q");
		expect(await session.waitForExit()).toEqual({ exitCode: 0 });
		expect(session.state()).toEqual(restored);
		expect(reportingOff(session.raw())).toBe(true);
	});

	it("switches reporting off when ended by a signal", async () => {
		const session = await open({ args: ["dist/cli.js"], cols: 100, rows: 30 });
		await session.waitFor("q quit");
		session.kill("SIGTERM");
		expect((await session.waitForExit()).exitCode).toBe(143);
		expect(session.state()).toEqual(restored);
		expect(reportingOff(session.raw())).toBe(true);
	});

	it("switches reporting off while suspended, and on again on fg", async () => {
		const session = await open({ args: ["dist/cli.js"], cols: 100, rows: 30 });
		await session.waitFor("q quit");
		session.kill("SIGTSTP");
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(reportingOff(session.raw())).toBe(true);
		session.kill("SIGCONT");
		await session.waitFor("q quit");
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(reportingOff(session.raw())).toBe(false);
		session.write("q");
		expect(await session.waitForExit()).toEqual({ exitCode: 0 });
		expect(reportingOff(session.raw())).toBe(true);
	});

	it("never asks for mouse reports with --no-mouse", async () => {
		const session = await open({ args: ["dist/cli.js", "--no-mouse"], cols: 100, rows: 30 });
		await session.waitFor("q quit");
		session.write("3");
		await session.waitFor("[3 Key numbers]");
		session.write("q");
		expect(await session.waitForExit()).toEqual({ exitCode: 0 });
		expect(on.some((sequence) => session.raw().includes(sequence))).toBe(false);
	});
});
