import { openSync } from "node:fs";
import tty from "node:tty";
import chalk from "chalk";
import { render } from "ink";
import { exitCodes } from "../cli/exit-codes.ts";
import type { Options } from "../cli/options.ts";
import { printNotes } from "../cli/print-notes.ts";
import { reportError } from "../cli/report-error.ts";
import { writeOutput } from "../cli/write-output.ts";
import { type LoadedNote, loadSourceText } from "../load/load-notes.ts";
import { colorLevel, supportsHyperlinks, type TerminalFacts } from "../terminal/terminal-facts.ts";
import { App } from "./app.tsx";
import { clipboardSequence } from "./citation.ts";
import { colorTheme, monochromeTheme } from "./theme.ts";

const enterScreen = "\u001b[?1049h\u001b[?25l";
const leaveScreen = "\u001b[?25h\u001b[?1049l";

/** Returns a terminal to read keys from: standard input, or /dev/tty when notes came on standard input. */
function keyboard(facts: TerminalFacts): tty.ReadStream | undefined {
	if (facts.stdinIsTTY) return process.stdin as tty.ReadStream;
	try {
		return new tty.ReadStream(openSync("/dev/tty", "r"));
	} catch {
		return undefined;
	}
}

/**
 * Opens the interactive reader over the first note on the alternate screen, and leaves the terminal
 * as it found it on every way out: q, Ctrl-C, SIGTERM, SIGHUP, or an error. Without a terminal to
 * read keys from, prints the plain-text briefing instead. Ends the process with its exit code.
 */
export async function runApp(
	notes: readonly LoadedNote[],
	options: Options,
	facts: TerminalFacts,
): Promise<number> {
	const stdin = keyboard(facts);
	const first = notes[0];
	if (stdin === undefined || first === undefined) {
		return writeOutput(
			process.stdout,
			printNotes(notes, { ...options, format: "text" }, colorLevel(options.color, facts)),
		);
	}
	const stdout = process.stdout;
	const level = colorLevel(options.color, facts);
	// Without colour, bold and inverse still mark the selection, where the terminal has them at all.
	chalk.level =
		level === 0 && facts.colorSupport === 0 && options.color !== false
			? 0
			: (Math.max(level, 1) as 1 | 2 | 3);
	if (facts.environment.TERM === "dumb") chalk.level = 0;
	const theme = level === 0 ? monochromeTheme : colorTheme;

	let restored = false;
	const restore = () => {
		if (restored) return;
		restored = true;
		if (stdin.isTTY) stdin.setRawMode(false);
		stdout.write(leaveScreen);
	};
	stdout.write(enterScreen);

	const element = () => (
		<App
			note={first.note}
			columns={stdout.columns || 80}
			rows={stdout.rows || 24}
			language={options.language}
			theme={theme}
			hyperlinks={supportsHyperlinks(facts.environment)}
			interactive={stdin.isTTY === true}
			loadOriginal={() => loadSourceText(first)}
			copyToClipboard={(text) => stdout.write(clipboardSequence(text))}
		/>
	);
	const instance = render(element(), {
		stdout,
		stdin,
		exitOnCtrlC: false,
		patchConsole: false,
	});
	const onResize = () => instance.rerender(element());
	stdout.on("resize", onResize);
	const onSignal = (signal: NodeJS.Signals) => {
		instance.unmount();
		restore();
		process.exit(128 + (signal === "SIGHUP" ? 1 : 15));
	};
	process.once("SIGTERM", onSignal);
	process.once("SIGHUP", onSignal);
	const onCrash = (error: unknown) => {
		restore();
		const { text, exitCode } = reportError(error, options.debug);
		process.stderr.write(text);
		process.exit(exitCode);
	};
	process.once("uncaughtException", onCrash);
	process.once("unhandledRejection", onCrash);

	try {
		await instance.waitUntilExit();
	} catch (error) {
		onCrash(error);
	}
	restore();
	// Ink's render throttle and the key reader would keep the process alive a little longer.
	process.exit(exitCodes.ok);
}
