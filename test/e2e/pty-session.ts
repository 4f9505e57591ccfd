// A harness for end-to-end tests that run a program in a real pseudo-terminal.
//
// The program (by default `node <args>`, e.g. `node dist/cli.js`) runs in a pty from
// `@lydell/node-pty`; everything it writes is fed into a headless xterm.js terminal
// (`@xterm/headless`) of the same size, so a test reads the screen as a person would see it, presses
// keys, resizes, and checks afterwards whether the program left the terminal as it found it
// (normal screen, visible cursor, cooked mode).
//
// Typical use:
//
//   const session = await startPty({ args: ["dist/cli.js"], cols: 100, rows: 30 });
//   try {
//     await session.waitFor("THESIS");
//     session.write(keys.down);
//     session.resize(60, 20);
//     session.write("q");
//     expect(await session.waitForExit()).toEqual({ exitCode: 0 });
//     expect(session.state()).toEqual({ alternateScreen: false, cursorVisible: true });
//   } finally {
//     session.dispose();
//   }

import { fileURLToPath } from "node:url";
import { type IPty, spawn } from "@lydell/node-pty";
import xtermHeadless from "@xterm/headless";
import { afterEach } from "vitest";
import { temporaryFolder } from "../support/temporary-folder.ts";

const { Terminal } = xtermHeadless;
type HeadlessTerminal = InstanceType<typeof Terminal>;

/** The repository's root folder, the default working directory of a session. */
export const root = fileURLToPath(new URL("../..", import.meta.url));

/** How long `waitFor` and `waitForExit` wait, in milliseconds, unless told otherwise. */
export const defaultTimeoutMs = 5000;

export { keys } from "../support/keys.ts";

/** What to start in the pseudo-terminal, and how big the terminal is. */
export interface PtySessionOptions {
	/** The arguments of the command, e.g. `["dist/cli.js", "--lang", "en"]` to run the built CLI. */
	args: string[];
	/** The width of the terminal in columns. */
	cols: number;
	/** The height of the terminal in rows. */
	rows: number;
	/**
	 * Variables added to the child's environment. The child does not inherit the caller's
	 * environment: it starts from PATH and HOME (copied from the caller), TERM=xterm-256color,
	 * LANG=en_US.UTF-8 and an empty XDG_STATE_HOME folder of its own, and `env` is merged over
	 * that. So `CI`, `NO_COLOR`, `FORCE_COLOR`, `COLUMNS`,
	 * `LINES`, `LC_*` and the rest only reach the child when a test passes them here.
	 */
	env?: Record<string, string>;
	/** The program to run; the Node binary running the tests (`process.execPath`) unless given. */
	command?: string;
	/** The working directory of the child; the repository's root unless given. */
	cwd?: string;
	/**
	 * When true, the command runs under `/bin/sh`, which prints the terminal's modes (`stty -a`)
	 * after the command ends, however it ends, and then exits with the command's exit status (a
	 * command killed by signal N gives 128 + N). Read the result with `PtySession.ttyModesAfterExit`.
	 * `kill` signals the whole process group, so it reaches the command; the shell itself survives
	 * SIGINT, SIGTERM and SIGHUP until the command has ended, so that `stty -a` still runs.
	 */
	sttyAfter?: boolean;
}

/** How the program in the pseudo-terminal ended. */
export interface PtyExit {
	/** The exit code; 0 when the program was ended by a signal. */
	exitCode: number;
	/** The number of the signal that ended the program, if a signal did. */
	signal?: number;
}

/** The parts of the terminal's state that a full-screen program must restore when it ends. */
export interface TerminalState {
	/** Whether the terminal shows the alternate screen buffer (`CSI ? 1049 h`) rather than the normal one. */
	alternateScreen: boolean;
	/** Whether the cursor is visible, as last set by DECTCEM (`CSI ? 25 h` shows it, `CSI ? 25 l` hides it). */
	cursorVisible: boolean;
}

/** The terminal's line-discipline modes as printed by `stty -a` after the command ended. */
export interface TtyModes {
	/**
	 * Whether the terminal is back in cooked mode: canonical input (`icanon`) and echo (`echo`) are on,
	 * which is what a shell's user needs after a program that used raw mode has ended.
	 */
	cooked: boolean;
	/** Every on/off setting `stty -a` printed, by name: `icanon` is true, `-icanon` is false. */
	flags: Record<string, boolean>;
	/** The text `stty -a` printed. */
	text: string;
}

/** A program running in a pseudo-terminal, with a headless terminal emulator showing its output. */
export interface PtySession {
	/** Returns the visible screen as text: its rows joined by "\n", each without trailing spaces. */
	screen(): string;
	/** Returns everything the program wrote so far, escape codes included, as one string. */
	raw(): string;
	/** Sends keys to the program as if typed; see `keys` for the sequences of special keys. */
	write(keys: string): void;
	/**
	 * Waits until the screen contains the text, matches the pattern, or satisfies the predicate, and
	 * returns that screen. It rejects, with the current screen in the message, after `timeoutMs`
	 * (5000 unless given) or as soon as the program has ended without the screen matching.
	 */
	waitFor(predicate: string | RegExp | ((screen: string) => boolean), timeoutMs?: number): Promise<string>;
	/** Waits for the program to end and returns how it ended; rejects, with the screen, after `timeoutMs`. */
	waitForExit(timeoutMs?: number): Promise<PtyExit>;
	/** Resizes both the pseudo-terminal (the program gets SIGWINCH) and the headless terminal. */
	resize(cols: number, rows: number): void;
	/**
	 * Sends a signal (SIGHUP unless given) to the program's process group, as a terminal does for
	 * Ctrl-C; that includes the shell of `sttyAfter` and any children of the program.
	 */
	kill(signal?: NodeJS.Signals): void;
	/**
	 * Closes the terminal, as closing its window does: the pty's master side is closed, the program
	 * gets SIGHUP from the kernel, and every later read or write of its terminal fails (EIO).
	 */
	hangUp(): void;
	/**
	 * Resolves when the program has ended and the headless terminal has processed all its output, so
	 * `screen`, `raw` and `state` then show the final picture. It never rejects.
	 */
	readonly exited: Promise<PtyExit>;
	/** Returns whether the terminal shows the alternate screen and whether the cursor is visible. */
	state(): TerminalState;
	/**
	 * Waits for the program to end and returns the modes `stty -a` printed then; needs `sttyAfter`.
	 * It rejects after `timeoutMs` (5000 unless given) or when no `stty -a` output can be found.
	 */
	ttyModesAfterExit(timeoutMs?: number): Promise<TtyModes>;
	/** Kills the program's process group with SIGKILL if it still runs and disposes the headless terminal. */
	dispose(): void;
	/** The process id of the program (the shell's, with `sttyAfter` or a `/bin/sh` command). */
	readonly pid: number;
}

/** The line the `sttyAfter` shell prints just before the output of `stty -a`. */
const sttyMarker = "--- stty -a after exit ---";

/**
 * The `sttyAfter` shell script: it runs "$@" (the command and its arguments), then prints the marker
 * and the terminal's modes, and exits with the command's status. `trap :` (a handler, not `trap ''`,
 * which the command would inherit as "ignored") keeps the shell alive when the group is signalled.
 */
const sttyScript = `trap : INT TERM HUP; "$@"; status=$?; printf '\\r\\n%s\\r\\n' '${sttyMarker}'; stty -a; exit $status`;

/** Builds the child's environment: a minimal one of our own with `extra` merged over it. */
function childEnv(extra: Record<string, string> = {}): Record<string, string> {
	return {
		PATH: process.env.PATH ?? "/usr/local/bin:/usr/bin:/bin",
		HOME: process.env.HOME ?? "/tmp",
		TERM: "xterm-256color",
		LANG: "en_US.UTF-8",
		BRIEFING_CACHE: process.env.BRIEFING_CACHE ?? "",
		// The reader remembers its place in XDG_STATE_HOME: each session starts with none of its own,
		// never the caller's, unless a test passes one (to start a session where another left off).
		XDG_STATE_HOME: temporaryFolder("state"),
		...extra,
	};
}

/**
 * Reads the on/off settings out of the text `stty -a` prints: a word such as `icanon` means on, a
 * word with a leading dash such as `-echo` means off. Words followed by "=" (control characters)
 * or by a number (`rows 30`) are left out.
 */
export function parseStty(text: string): TtyModes {
	const flags: Record<string, boolean> = {};
	const words = text.split(/\s+/);
	words.forEach((word, index) => {
		const next = words[index + 1] ?? "";
		// "intr = ^C;" names a control character and "rows 30;" a number: neither is a setting.
		if (next === "=" || /^\d/.test(next)) return;
		const match = /^(-?)([a-z][a-z0-9]*)$/.exec(word);
		if (match?.[2]) flags[match[2]] = match[1] !== "-";
	});
	return { cooked: flags.icanon === true && flags.echo === true, flags, text };
}

/**
 * Reads whether the cursor is hidden from the headless terminal. xterm.js 5 does not expose DECTCEM
 * publicly (`terminal.modes` lacks it), but its core service keeps `isCursorHidden`, which `CSI ? 25 l`
 * sets, `CSI ? 25 h` clears, and soft and hard resets clear too. Returns undefined if that private
 * field is missing (a different xterm.js version), so the caller can fall back to the raw output.
 */
function xtermCursorHidden(terminal: HeadlessTerminal): boolean | undefined {
	const core = (terminal as unknown as { _core?: { coreService?: { isCursorHidden?: unknown } } })._core;
	const hidden = core?.coreService?.isCursorHidden;
	return typeof hidden === "boolean" ? hidden : undefined;
}

/** Finds whether the last DECTCEM sequence in the output hid the cursor; the fallback of `state`. */
function rawCursorHidden(output: string): boolean {
	const matches = [...output.matchAll(/\x1b\[\?((?:\d+;)*)25((?:;\d+)*)([hl])/g)];
	return matches.at(-1)?.[3] === "l";
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Describes what `waitFor` waited for, for its error message. */
function describePredicate(predicate: string | RegExp | ((screen: string) => boolean)): string {
	if (typeof predicate === "string") return JSON.stringify(predicate);
	if (predicate instanceof RegExp) return String(predicate);
	return "the predicate";
}

/** Formats a screen for an error message, framed so that blank rows and edges are visible. */
function framed(screen: string): string {
	return `\n┌${"─".repeat(20)}\n${screen
		.split("\n")
		.map((line) => `│${line}`)
		.join("\n")}\n└${"─".repeat(20)}`;
}

/**
 * Starts a program in a pseudo-terminal of `cols` by `rows` and returns the session that controls it.
 * By default it runs `node` with `args` in the repository's root, so `args: ["dist/cli.js"]` starts
 * the built CLI (build it first). Always call `dispose` when done, e.g. in a `finally` block.
 */
export async function startPty(options: PtySessionOptions): Promise<PtySession> {
	const { cols, rows } = options;
	const command = options.command ?? process.execPath;
	const env = childEnv(options.env);
	const [file, args] = options.sttyAfter
		? ["/bin/sh", ["-c", sttyScript, "sh", command, ...options.args]]
		: [command, options.args];

	const terminal: HeadlessTerminal = new Terminal({ cols, rows, scrollback: 1000, allowProposedApi: true });
	const pty: IPty = spawn(file, args, {
		name: env.TERM ?? "xterm-256color",
		cols,
		rows,
		cwd: options.cwd ?? root,
		env,
		encoding: "utf8",
	});

	let output = "";
	let disposed = false;
	let exit: PtyExit | undefined;
	// Resolves when xterm has parsed everything written to it so far. xterm's `write` is asynchronous;
	// its callbacks run in order, so waiting for the callback of the latest write is enough.
	let parsed: Promise<void> = Promise.resolve();
	const feed = (data: string) => {
		parsed = new Promise((resolve) => terminal.write(data, resolve));
	};
	const flush = async () => {
		// A disposed terminal never calls back; race against a short timer so nothing waits forever.
		if (!disposed) await Promise.race([parsed, sleep(1000)]);
	};

	const subscriptions = [
		pty.onData((data) => {
			output += data;
			if (!disposed) feed(data);
		}),
		// Answers to the program's queries (cursor position, device attributes) go back to it, as in a
		// real terminal, so programs that ask do not wait for a reply.
		terminal.onData((data) => {
			if (!exit && !disposed) pty.write(data);
		}),
	];

	let resolveExited: (value: PtyExit) => void = () => {};
	const exited = new Promise<PtyExit>((resolve) => {
		resolveExited = resolve;
	});
	pty.onExit(async ({ exitCode, signal }) => {
		// node-pty reports the exit after the pty's output stream closed, so all data has arrived.
		exit = signal ? { exitCode, signal } : { exitCode };
		await flush();
		resolveExited(exit);
	});

	const session: PtySession = {
		pid: pty.pid,
		screen() {
			const buffer = terminal.buffer.active;
			const lines: string[] = [];
			for (let y = 0; y < terminal.rows; y++) {
				lines.push(buffer.getLine(buffer.baseY + y)?.translateToString(true) ?? "");
			}
			return lines.join("\n");
		},
		raw() {
			return output;
		},
		write(keys) {
			if (exit || disposed) throw new Error(`cannot write ${JSON.stringify(keys)}: the program has ended`);
			pty.write(keys);
		},
		async waitFor(predicate, timeoutMs = defaultTimeoutMs) {
			const test =
				typeof predicate === "string"
					? (screen: string) => screen.includes(predicate)
					: predicate instanceof RegExp
						? (screen: string) => predicate.test(screen)
						: predicate;
			const deadline = Date.now() + timeoutMs;
			for (;;) {
				// Read whether the program had ended before flushing, so its last output is included.
				const ended = exit;
				await flush();
				const screen = session.screen();
				if (test(screen)) return screen;
				if (ended || disposed) {
					const how = ended ? `the program ended (${JSON.stringify(ended)})` : "the session was disposed";
					throw new Error(
						`${how} before the screen showed ${describePredicate(predicate)}:${framed(screen)}`,
					);
				}
				if (Date.now() >= deadline) {
					throw new Error(
						`timed out after ${timeoutMs} ms waiting for the screen to show ${describePredicate(predicate)}:${framed(screen)}`,
					);
				}
				await sleep(20);
			}
		},
		async waitForExit(timeoutMs = defaultTimeoutMs) {
			let timer: NodeJS.Timeout | undefined;
			const timeout = new Promise<never>((_, reject) => {
				timer = setTimeout(() => {
					reject(
						new Error(
							`timed out after ${timeoutMs} ms waiting for the program to end:${framed(session.screen())}`,
						),
					);
				}, timeoutMs);
			});
			try {
				return await Promise.race([exited, timeout]);
			} finally {
				clearTimeout(timer);
			}
		},
		resize(newCols, newRows) {
			if (exit || disposed) throw new Error("cannot resize: the program has ended");
			// Resize the headless terminal in the write queue, after the output written at the old size
			// and before whatever the program draws in answer to SIGWINCH.
			parsed = new Promise((resolve) =>
				terminal.write("", () => {
					terminal.resize(newCols, newRows);
					resolve();
				}),
			);
			pty.resize(newCols, newRows);
		},
		kill(signal = "SIGHUP") {
			if (exit) return;
			try {
				// node-pty starts the child in a session of its own, so its pid is also its process group's.
				process.kill(-pty.pid, signal);
			} catch {
				// The group is already gone.
			}
		},
		hangUp() {
			if (exit || disposed) return;
			(pty as IPty & { destroy(): void }).destroy();
		},
		exited,
		state() {
			return {
				alternateScreen: terminal.buffer.active.type === "alternate",
				cursorVisible: !(xtermCursorHidden(terminal) ?? rawCursorHidden(output)),
			};
		},
		async ttyModesAfterExit(timeoutMs = defaultTimeoutMs) {
			if (!options.sttyAfter) throw new Error("ttyModesAfterExit needs the sttyAfter option");
			const until = Date.now() + timeoutMs;
			await session.waitForExit(timeoutMs);
			// The pty may tell of the exit before the last of stty's output is read: a part of it has no
			// icanon or echo yet, and read as raw. Its local flags (icanon, echo, …, flusho) end it.
			const complete = (text: string) =>
				["icanon", "echo", "flusho"].every((flag) => new RegExp(`(^|\\s)-?${flag}(\\s|$)`, "u").test(text));
			for (;;) {
				const at = output.lastIndexOf(sttyMarker);
				const text = at < 0 ? "" : output.slice(at + sttyMarker.length);
				if (complete(text)) return parseStty(text);
				if (Date.now() >= until)
					throw new Error(`no whole stty -a output after the program ended:${framed(session.screen())}`);
				await new Promise((resolve) => setTimeout(resolve, 10));
			}
		},
		dispose() {
			if (disposed) return;
			// Only while the program runs: once it has ended, its pid may belong to another process.
			session.kill("SIGKILL");
			disposed = true;
			for (const subscription of subscriptions) subscription.dispose();
			terminal.dispose();
		},
	};
	return session;
}

/** The state a program must leave the terminal in: the normal screen, with the cursor shown. */
export const restored: TerminalState = { alternateScreen: false, cursorVisible: true };

/**
 * Returns a function that starts sessions like `startPty`, and registers an `afterEach` that
 * disposes of every session started, so that no test leaves a process behind.
 */
export function openSessions(): (options: PtySessionOptions) => Promise<PtySession> {
	const sessions: PtySession[] = [];
	afterEach(() => {
		for (const session of sessions.splice(0)) session.dispose();
	});
	return async (options) => {
		const session = await startPty(options);
		sessions.push(session);
		return session;
	};
}
