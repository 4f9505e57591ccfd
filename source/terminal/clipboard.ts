import { spawnSync } from "node:child_process";

/** Where a copy is made: the environment, the platform, and whether the output is a terminal. */
export interface ClipboardPlace {
	environment: Record<string, string | undefined>;
	platform: NodeJS.Platform;
	/** Whether standard output is a terminal (OSC 52 means nothing anywhere else). */
	terminal: boolean;
}

/** A clipboard command: the program and its arguments; the text goes to its standard input. */
export interface ClipboardCommand {
	command: string;
	args: string[];
}

/** Runs a command with text on its standard input: "ok" (exit 0), "missing" (not installed) or "failed". */
export type RunCommand = (command: ClipboardCommand, input: string) => "ok" | "missing" | "failed";

/**
 * How a copy went: where the text went (`wl-copy`, `OSC 52`), or why it went nowhere — the clipboard
 * commands that failed (none: none was installed) and the terminal's TERM when the output is a
 * terminal that takes no clipboard sequence (undefined: the output is no terminal). The reader words
 * it in the language on screen (see app/ui-words).
 */
export type CopyResult =
	| { copied: true; via: string[] }
	| { copied: false; failed: string[]; term: string | undefined };

/**
 * Returns the OSC 52 sequence that asks the terminal to put text on the clipboard, wrapped so it
 * gets through a multiplexer: inside tmux ($TMUX) twice, as it is (which tmux takes itself with
 * `set-clipboard on`) and in a DCS passthrough (`ESC P tmux; … ESC \`, every ESC inside doubled; with
 * `allow-passthrough on`), since tmux drops the one it is not set up for; inside GNU screen ($STY, or
 * TERM=screen*) in a DCS string. The text must be free of control sequences already; it travels
 * base64-encoded.
 */
export function osc52(text: string, environment: Record<string, string | undefined>): string {
	const sequence = `\u001b]52;c;${Buffer.from(text, "utf8").toString("base64")}\u0007`;
	if ((environment.TMUX ?? "") !== "")
		return `${sequence}\u001bPtmux;${sequence.replaceAll("\u001b", "\u001b\u001b")}\u001b\\`;
	if ((environment.STY ?? "") !== "" || (environment.TERM ?? "").startsWith("screen"))
		return `\u001bP${sequence}\u001b\\`;
	return sequence;
}

/**
 * Returns the system clipboard commands to try, in order: `wl-copy` under Wayland ($WAYLAND_DISPLAY),
 * `xclip -selection clipboard` then `xsel -b` under X ($DISPLAY), `pbcopy` on macOS.
 */
export function clipboardCommands(place: ClipboardPlace): ClipboardCommand[] {
	const { environment, platform } = place;
	const commands: ClipboardCommand[] = [];
	if ((environment.WAYLAND_DISPLAY ?? "") !== "") commands.push({ command: "wl-copy", args: [] });
	if ((environment.DISPLAY ?? "") !== "")
		commands.push({ command: "xclip", args: ["-selection", "clipboard"] }, { command: "xsel", args: ["-b"] });
	if (platform === "darwin") commands.push({ command: "pbcopy", args: [] });
	return commands;
}

// Terminals known to have no OSC 52: the Linux console and a dumb terminal.
const withoutOsc52 = new Set(["linux", "dumb"]);

/**
 * Copies text with what the place has: the first system clipboard command that is installed, and
 * OSC 52 written to the terminal (unless the terminal is known not to take it). Says it copied only
 * when the text went somewhere that can be known: a command that exited 0, or OSC 52 written to a
 * terminal — whether the terminal then put it on the clipboard cannot be known. Otherwise says why
 * nothing was copied. The text must be free of control sequences already.
 */
export function copyText(
	text: string,
	place: ClipboardPlace,
	write: (sequence: string) => void,
	run: RunCommand = runCommand,
): CopyResult {
	const via: string[] = [];
	const failed: string[] = [];
	for (const command of clipboardCommands(place)) {
		const result = run(command, text);
		if (result === "ok") {
			via.push(command.command);
			break;
		}
		if (result === "failed") failed.push(command.command);
	}
	const term = place.environment.TERM ?? "";
	if (place.terminal && !withoutOsc52.has(term)) {
		write(osc52(text, place.environment));
		via.push("OSC 52");
	}
	if (via.length > 0) return { copied: true, via };
	return { copied: false, failed, term: place.terminal ? term : undefined };
}

/** Runs a clipboard command for at most 3 s, its output ignored (xclip stays behind holding the text). */
export function runCommand(command: ClipboardCommand, input: string): "ok" | "missing" | "failed" {
	const run = spawnSync(command.command, command.args, {
		input,
		stdio: ["pipe", "ignore", "ignore"],
		timeout: 3000,
	});
	if ((run.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT") return "missing";
	return run.status === 0 ? "ok" : "failed";
}
