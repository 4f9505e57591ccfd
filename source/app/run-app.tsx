import { openSync } from "node:fs";
import tty from "node:tty";
import chalk from "chalk";
import { type Instance, render } from "ink";
import type { Language } from "../document/language.ts";
import type { LoadedNote } from "../load/load-notes.ts";
import { sanitizeText } from "../load/sanitize.ts";
import { loadSourceText } from "../load/source-text.ts";
import { colorLevel, supportsHyperlinks, type TerminalFacts } from "../terminal/terminal-facts.ts";
import { clipboardSequence } from "./citation.ts";
import type { ReaderLibrary } from "./reader-library.ts";
import { Loading, Root } from "./root.tsx";
import { runEffect } from "./run-effect.ts";
import { colorTheme, monochromeTheme } from "./theme.ts";

const enterScreen = "\u001b[?1049h\u001b[?25l";
const leaveScreen = "\u001b[?25h\u001b[?1049l";

/**
 * Returns a terminal to read keys from: standard input, or /dev/tty when notes came on standard
 * input (piped, or typed on the terminal and ended with Ctrl-D, which ends standard input).
 */
function keyboard(facts: TerminalFacts): tty.ReadStream | undefined {
	if (facts.stdinIsTTY && !process.stdin.readableEnded) return process.stdin as tty.ReadStream;
	try {
		return new tty.ReadStream(openSync("/dev/tty", "r"));
	} catch {
		return undefined;
	}
}

/** Reads the library, telling progress (notes read so far) and warnings (skipped files, overrides). */
export type LoadLibrary = (
	/** Notes read so far, and while the index is built, how many it has to read. */
	onProgress: (count: number, total?: number) => void,
	onWarning: (line: string) => void,
) => Promise<ReaderLibrary>;

/** What the reader takes from the command line. */
export interface ReaderSettings {
	language: Language;
	/** --color / --no-color, or undefined to follow the terminal. */
	color: boolean | undefined;
	/** The files named on the command line; `-` is standard input. */
	inputs: readonly string[];
}

/** What the entry lends the reader: plain output, error reports and exit by signal, as the commands do them. */
export interface ReaderEdge {
	/** Prints notes as plain text (when there is no terminal to read keys from); returns the exit code. */
	printPlain: (notes: LoadedNote[]) => Promise<number>;
	/** Returns the text to print for an error and the exit code it ends with. */
	describeError: (error: unknown) => { text: string; exitCode: number };
	/** Ends the process after a signal has been handled, with the exit code a shell gives it. */
	endBySignal: (signal: NodeJS.Signals) => never;
}

// How long reading may take before the reader says it is reading.
const patience = 150;

/**
 * Opens the interactive reader on the alternate screen — the note, or the library when there are
 * several — showing progress while a large library is read, and leaves the terminal as it found
 * it on every way out: q, Ctrl-C, SIGTERM, SIGHUP, or an error. Warnings from reading are printed
 * once the screen is restored. Without a terminal to read keys from, prints the plain-text
 * briefing instead. Ends the process with its exit code.
 */
export async function runApp(
	load: LoadLibrary,
	options: ReaderSettings,
	facts: TerminalFacts,
	edge: ReaderEdge,
): Promise<number> {
	const warnings: string[] = [];
	// A note typed on the terminal (`briefing -`, ended with Ctrl-D) is read before the screen is
	// taken over, and the keys then come from the terminal itself.
	const typed =
		facts.stdinIsTTY && options.inputs.includes("-")
			? await load(
					() => {},
					(line) => warnings.push(line),
				)
			: undefined;
	const stdin = keyboard(facts);
	if (stdin === undefined) {
		const library =
			typed ??
			(await load(
				() => {},
				(line) => warnings.push(line),
			));
		for (const line of warnings) process.stderr.write(`${sanitizeText(`briefing: ${line}`)}\n`);
		return edge.printPlain(library.all().map(library.open));
	}
	const stdout = process.stdout;
	const level = colorLevel(options.color, facts);
	// Without colour, bold and inverse still mark the selection, where the terminal has them at all.
	const attributes = facts.environment.TERM !== "dumb" && (facts.colorSupport > 0 || options.color === true);
	chalk.level = attributes ? (Math.max(level, 1) as 1 | 2 | 3) : 0;
	const theme = level === 0 ? monochromeTheme : colorTheme;

	let restored = false;
	const restore = () => {
		if (restored) return;
		restored = true;
		if (stdin.isTTY) stdin.setRawMode(false);
		stdout.write(leaveScreen);
		for (const line of warnings) process.stderr.write(`${sanitizeText(`briefing: ${line}`)}\n`);
	};
	stdout.write(enterScreen);

	const renderOptions = { stdout, stdin, exitOnCtrlC: false, patchConsole: false };
	let instance: Instance | undefined;
	// Ctrl-C is a key once the reader reads keys; while notes are read, it is still SIGINT.
	const onSignal = (signal: NodeJS.Signals) => {
		instance?.unmount();
		restore();
		edge.endBySignal(signal);
	};
	for (const signal of ["SIGTERM", "SIGHUP", "SIGINT"] as const) process.once(signal, onSignal);

	// Ctrl-Z (a key in raw mode) and SIGTSTP stop the reader like less and vim: the terminal is
	// given back as it was (normal screen, cursor, cooked mode), the process stops, and on SIGCONT
	// it takes the terminal again and draws the whole screen anew.
	const suspend = () => {
		if (restored) return;
		if (stdin.isTTY) stdin.setRawMode(false);
		stdout.write(leaveScreen);
		process.once("SIGCONT", resume);
		process.kill(process.pid, "SIGSTOP");
	};
	const resume = () => {
		if (restored) return;
		if (stdin.isTTY) stdin.setRawMode(true);
		stdout.write(enterScreen);
		redraw();
	};
	process.on("SIGTSTP", suspend);
	// Ink draws only what changed since its last frame, which the screen no longer shows; a narrower
	// terminal makes it forget that frame, so it draws everything once the width is back.
	const redraw = () => {
		const columns = stdout.columns;
		if (!columns || columns < 2) return;
		stdout.columns = columns - 1;
		stdout.emit("resize");
		stdout.columns = columns;
		stdout.emit("resize");
	};

	let count = 0;
	let total: number | undefined;
	let drawn = 0;
	const started = performance.now();
	const progress = () => {
		const loading = <Loading count={count} total={total} elapsedMs={performance.now() - started} />;
		if (instance) instance.rerender(loading);
		else instance = render(loading, renderOptions);
	};
	const timer = setTimeout(progress, patience);
	let library: ReaderLibrary;
	try {
		library =
			typed ??
			(await load(
				(read, of) => {
					count = read;
					total = of;
					// A few frames a second are progress enough; drawing more would slow the reading. Reading
					// that keeps the timer from firing (building the index) draws its first frame itself.
					const now = performance.now();
					if (now - started > patience && now - drawn > 200) {
						drawn = performance.now();
						progress();
					}
				},
				(line) => warnings.push(line),
			));
	} catch (error) {
		clearTimeout(timer);
		instance?.unmount();
		restore();
		throw error;
	}
	clearTimeout(timer);

	const first = library.count === 1 ? library.at(0) : undefined;
	const note = first === undefined ? undefined : library.open(first);
	const io = {
		quit: () => instance?.unmount(),
		suspend,
		copy: (text: string) => {
			stdout.write(clipboardSequence(text));
		},
		open: library.open,
		loadOriginal: loadSourceText,
	};
	const element = () => (
		<Root
			library={library}
			{...(note ? { note } : {})}
			columns={stdout.columns || 80}
			rows={stdout.rows || 24}
			language={options.language}
			theme={theme}
			hyperlinks={supportsHyperlinks(facts.environment)}
			interactive={stdin.isTTY === true}
			onEffect={(effect, dispatch) => runEffect(effect, dispatch, io)}
		/>
	);
	if (instance) instance.rerender(element());
	else instance = render(element(), renderOptions);
	const app = instance;
	const onResize = () => app.rerender(element());
	stdout.on("resize", onResize);
	const onCrash = (error: unknown) => {
		restore();
		const { text, exitCode } = edge.describeError(error);
		process.stderr.write(text);
		process.exit(exitCode);
	};
	process.once("uncaughtException", onCrash);
	process.once("unhandledRejection", onCrash);

	try {
		await app.waitUntilExit();
	} catch (error) {
		onCrash(error);
	}
	restore();
	// Ink's render throttle and the key reader would keep the process alive a little longer.
	process.exit(0);
}
