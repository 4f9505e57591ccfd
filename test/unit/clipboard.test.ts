import { describe, expect, it } from "vitest";
import {
	type ClipboardCommand,
	type ClipboardPlace,
	clipboardCommands,
	copyText,
	osc52,
} from "../../source/terminal/clipboard.ts";

const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const place = (
	environment: Record<string, string>,
	platform: NodeJS.Platform = "linux",
	terminal = true,
): ClipboardPlace => ({
	environment,
	platform,
	terminal,
});

/** A command runner that answers from a table (missing when not listed) and records what ran. */
function runner(answers: Record<string, "ok" | "missing" | "failed">) {
	const ran: { command: ClipboardCommand; input: string }[] = [];
	const run = (command: ClipboardCommand, input: string) => {
		ran.push({ command, input });
		return answers[command.command] ?? "missing";
	};
	return { ran, run };
}

describe("osc52", () => {
	it("asks the terminal to set the clipboard to the text, base64-encoded", () => {
		expect(osc52("资本开支 capex", { TERM: "xterm-256color" })).toBe(
			`\u001b]52;c;${base64("资本开支 capex")}\u0007`,
		);
	});

	it("in tmux, writes it as is (tmux's own handling, set-clipboard on) and in a passthrough with every ESC doubled (allow-passthrough on)", () => {
		// Either alone is dropped by a tmux set up for the other one.
		expect(osc52("x", { TMUX: "/tmp/tmux-1000/default,1,0", TERM: "screen" })).toBe(
			`\u001b]52;c;${base64("x")}\u0007\u001bPtmux;\u001b\u001b]52;c;${base64("x")}\u0007\u001b\\`,
		);
	});

	it("wraps it for GNU screen in a DCS string, by $STY or TERM=screen*", () => {
		const wrapped = `\u001bP\u001b]52;c;${base64("x")}\u0007\u001b\\`;
		expect(osc52("x", { STY: "1234.pts-0.host", TERM: "xterm" })).toBe(wrapped);
		expect(osc52("x", { TERM: "screen.xterm-256color" })).toBe(wrapped);
	});
});

describe("clipboardCommands", () => {
	it("chooses by the display server and the platform", () => {
		const names = (environment: Record<string, string>, platform: NodeJS.Platform = "linux") =>
			clipboardCommands(place(environment, platform)).map((command) =>
				[command.command, ...command.args].join(" "),
			);
		expect(names({ WAYLAND_DISPLAY: "wayland-0", DISPLAY: ":0" })).toEqual([
			"wl-copy",
			"xclip -selection clipboard",
			"xsel -b",
		]);
		expect(names({ DISPLAY: ":0" })).toEqual(["xclip -selection clipboard", "xsel -b"]);
		expect(names({}, "darwin")).toEqual(["pbcopy"]);
		expect(names({})).toEqual([]);
	});
});

describe("copyText", () => {
	it("copies with the first command there is, and by OSC 52 written to the terminal", () => {
		const { ran, run } = runner({ xsel: "ok" });
		const written: string[] = [];
		const result = copyText(
			"text",
			place({ DISPLAY: ":0", TERM: "xterm" }),
			(sequence) => written.push(sequence),
			run,
		);
		expect(result).toEqual({ copied: true, via: ["xsel", "OSC 52"] });
		expect(ran.map((entry) => entry.command.command)).toEqual(["xclip", "xsel"]);
		expect(ran.every((entry) => entry.input === "text")).toBe(true);
		expect(written).toEqual([osc52("text", { TERM: "xterm" })]);
	});

	it("counts OSC 52 alone as copied, having no way to know the terminal took it", () => {
		const { run } = runner({});
		expect(copyText("text", place({ TERM: "xterm" }), () => {}, run)).toEqual({
			copied: true,
			via: ["OSC 52"],
		});
	});

	it("says why nothing was copied: no command, and a terminal without OSC 52", () => {
		const written: string[] = [];
		const none = copyText(
			"text",
			place({ TERM: "linux" }),
			(sequence) => written.push(sequence),
			runner({}).run,
		);
		expect(none).toEqual({ copied: false, failed: [], term: "linux" });
		expect(written).toEqual([]);
		const failed = copyText(
			"text",
			place({ DISPLAY: ":0", TERM: "linux" }),
			() => {},
			runner({ xclip: "failed" }).run,
		);
		expect(failed).toEqual({ copied: false, failed: ["xclip"], term: "linux" });
		const piped = copyText("text", place({ TERM: "xterm" }, "linux", false), () => {}, runner({}).run);
		expect(piped).toEqual({ copied: false, failed: [], term: undefined });
	});
});
