import { existsSync, openSync } from "node:fs";
import path from "node:path";
import tty from "node:tty";
import chalk from "chalk";
import { type Instance, render } from "ink";
import { type Language, languageFromLocale } from "../document/language.ts";
import type { LoadedNote } from "../load/load-notes.ts";
import { oneLine, sanitizeText } from "../load/sanitize.ts";
import { readSourceText } from "../load/source-text.ts";
import { copyText } from "../terminal/clipboard.ts";
import { mouseReportingOff, mouseReportingOn } from "../terminal/mouse-reporting.ts";
import { type PagerFailure, pagerOf, runPager } from "../terminal/pager.ts";
import { colorLevel, supportsHyperlinks, type TerminalFacts } from "../terminal/terminal-facts.ts";
import type { ReaderLibrary } from "./reader-library.ts";
import type { NotePlace, Remembered } from "./resume.ts";
import { Loading, Root } from "./root.tsx";
import { runEffect } from "./run-effect.ts";
import { readState, stateFile, writeState } from "./state-file.ts";
import { colorTheme, monochromeTheme } from "./theme.ts";

const enterScreen = "\u001b[?1049h\u001b[?25l";
const leaveScreen = "\u001b[?25h\u001b[?1049l";

/**
 * Returns a terminal to read keys from: standard input, or /dev/tty when notes came on standard
 * input (piped, or typed on the terminal and ended with Ctrl-D, which ends standard input).
 */
function keyboard(facts: TerminalFacts): { stream: tty.ReadStream; fd: number } | undefined {
	if (facts.stdinIsTTY && !process.stdin.readableEnded)
		return { stream: process.stdin as tty.ReadStream, fd: 0 };
	try {
		const fd = openSync("/dev/tty", "r");
		return { stream: new tty.ReadStream(fd), fd };
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
	/** Whether the mouse may be used (false with --no-mouse); true when not given. */
	mouse?: boolean;
	/** Whether --lang chose the language (then the remembered one is not used). */
	languageChosen?: boolean;
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
	const keys = keyboard(facts);
	if (keys === undefined) {
		const library =
			typed ??
			(await load(
				() => {},
				(line) => warnings.push(line),
			));
		for (const line of warnings) process.stderr.write(`${sanitizeText(`briefing: ${line}`)}\n`);
		return edge.printPlain(library.all().map(library.open));
	}
	const stdin = keys.stream;
	const stdout = process.stdout;
	// What the last session remembered: its language (unless --lang is given) and its note's place.
	const stateAt = stateFile(facts.environment);
	const saved = readState(stateAt);
	if (saved.warning) warnings.push(saved.warning);
	const language = (options.languageChosen ? undefined : saved.state?.language) ?? options.language;
	// --lang is for this run only: the language remembered is the one chosen with L, else the one kept.
	const keptLanguage = saved.state?.language ?? languageFromLocale(facts.environment);
	let languageSwitched = false;
	let remembered: Remembered = saved.state ?? { language: keptLanguage };
	const rememberState = () => {
		if (stdin.isTTY) writeState(stateAt, remembered);
	};
	const level = colorLevel(options.color, facts);
	// Without colour, bold and inverse still mark the selection, where the terminal has them at all.
	const attributes = facts.environment.TERM !== "dumb" && (facts.colorSupport > 0 || options.color === true);
	chalk.level = attributes ? (Math.max(level, 1) as 1 | 2 | 3) : 0;
	const theme = level === 0 ? monochromeTheme : colorTheme;

	// Mouse reporting is on while the reader reads keys (never with --no-mouse), and off whenever the
	// terminal is given back: suspended, handed to a pager, or left by any way out.
	let mouse = false;
	const mouseReporting = (on: boolean) => {
		if (on === mouse || (on && (options.mouse === false || stdin.isTTY !== true))) return;
		mouse = on;
		stdout.write(on ? mouseReportingOn : mouseReportingOff);
	};
	// Gives the terminal back as it was found (mouse reports off, cooked mode, the normal screen);
	// returns whether mouse reports were on, to take it again as it was.
	const giveTerminal = () => {
		const reporting = mouse;
		mouseReporting(false);
		if (stdin.isTTY) stdin.setRawMode(false);
		stdout.write(leaveScreen);
		return reporting;
	};
	const takeTerminal = (reporting: boolean) => {
		if (stdin.isTTY) stdin.setRawMode(true);
		stdout.write(enterScreen);
		mouseReporting(reporting);
		redraw();
	};
	let restored = false;
	const restore = () => {
		if (restored) return;
		restored = true;
		try {
			giveTerminal();
		} catch {
			// The terminal is gone (its window closed): there is nothing to give back.
		}
		for (const line of warnings) process.stderr.write(`${sanitizeText(`briefing: ${line}`)}\n`);
	};
	stdout.write(enterScreen);

	const renderOptions = { stdout, stdin, exitOnCtrlC: false, patchConsole: false };
	let instance: Instance | undefined;
	// While a pager has the terminal, and a little after (its SIGINT is handled only once the event loop
	// polls again, after the pager has ended), Ctrl-C is the pager's: the reader does not end with it.
	// The grace is measured by the clock from then, not by a timer: the loop's time stood still while
	// the pager ran, so a timer set then would be due at once, before the signal is seen.
	let pagerUntil = 0;
	// Ctrl-C is a key once the reader reads keys; while notes are read, it is still SIGINT.
	const onSignal = (signal: NodeJS.Signals) => {
		if (signal === "SIGINT" && performance.now() < pagerUntil) {
			process.once(signal, onSignal);
			return;
		}
		// The place is remembered first: after a hang-up (the window closed), the terminal is gone and
		// anything that touches it may fail.
		rememberState();
		instance?.unmount();
		restore();
		edge.endBySignal(signal);
	};
	for (const signal of ["SIGTERM", "SIGHUP", "SIGINT"] as const) process.once(signal, onSignal);
	// A terminal that is closed (its window, an ssh connection) ends the keys before its SIGHUP arrives,
	// and with nothing left to wait for, Node would end the reader before the signal is handled; a
	// pager ends with it, and the terminal cannot be taken back. Either way the place is remembered,
	// and the reader ends as SIGHUP ends a process: by its default action, since Node cannot reset a
	// terminal that is gone on its way out.
	const hangUp = () => {
		if (restored) return;
		rememberState();
		restored = true;
		process.removeAllListeners("SIGHUP");
		process.kill(process.pid, "SIGHUP");
	};
	stdin.once("end", hangUp);

	// Ctrl-Z (a key in raw mode) and SIGTSTP stop the reader like less and vim: the terminal is
	// given back as it was (normal screen, cursor, cooked mode), the process stops, and on SIGCONT
	// it takes the terminal again and draws the whole screen anew.
	const suspend = () => {
		if (restored) return;
		const reporting = giveTerminal();
		process.once("SIGCONT", () => {
			if (!restored) takeTerminal(reporting);
		});
		process.kill(process.pid, "SIGSTOP");
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

	// The pager gets the terminal as a shell would give it (normal screen, cooked mode, no mouse
	// reports) and the reader takes it back as it was, drawn anew. While the pager runs the event loop
	// waits, so the reader neither reads keys nor draws; Ctrl-Z stops the pager and the reader together.
	const page = (text: string, line: number): PagerFailure | undefined => {
		if (restored) return undefined;
		const reporting = giveTerminal();
		pagerUntil = Number.POSITIVE_INFINITY;
		process.off("SIGTSTP", suspend);
		const result = runPager(sanitizeText(text), line, pagerOf(facts.environment), keys.fd);
		process.on("SIGTSTP", suspend);
		// A SIGINT sent while the pager ran is handled when the event loop next polls: the second
		// immediate comes after that poll.
		setImmediate(() =>
			setImmediate(() => {
				pagerUntil = performance.now() + 200;
			}),
		);
		try {
			takeTerminal(reporting);
		} catch {
			hangUp();
		}
		if (result.ok) return undefined;
		// The pager's name and what it said go to the footer: one line, no control sequences.
		const { ok: _, pager, detail, ...failure } = result;
		return {
			...failure,
			pager: oneLine(sanitizeText(pager), 60),
			...(detail === undefined ? {} : { detail: oneLine(sanitizeText(detail), 140) }),
		};
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

	// With no note named, the note of the last session opens at its place, when the library has it.
	const resumed = options.inputs.length === 0 ? resumeNote(library, saved.state?.note) : undefined;
	const first = library.count === 1 ? library.at(0) : undefined;
	const note = resumed?.loaded ?? (first === undefined ? undefined : library.open(first));
	const onRemember = (now: Remembered) => {
		// A note from standard input cannot be opened again: the last note with a file is kept.
		const place =
			now.note && now.note.file !== "-" ? { ...now.note, file: path.resolve(now.note.file) } : undefined;
		languageSwitched ||= now.language !== language;
		remembered = {
			language: languageSwitched ? now.language : keptLanguage,
			...((place ?? remembered.note) ? { note: place ?? remembered.note } : {}),
		};
	};
	const io = {
		quit: () => instance?.unmount(),
		suspend,
		copy: (text: string) =>
			copyText(
				sanitizeText(text),
				{ environment: facts.environment, platform: process.platform, terminal: stdout.isTTY === true },
				(sequence) => stdout.write(sequence),
			),
		open: library.open,
		loadOriginal: readSourceText,
		page,
	};
	const element = () => (
		<Root
			library={library}
			{...(note ? { note } : {})}
			columns={stdout.columns || 80}
			rows={stdout.rows || 24}
			language={language}
			{...(resumed ? { place: resumed.place } : {})}
			{...(resumed && library.count > 1 ? { libraryRow: resumed.row } : {})}
			onRemember={onRemember}
			theme={theme}
			hyperlinks={supportsHyperlinks(facts.environment)}
			interactive={stdin.isTTY === true}
			onEffect={(effect, dispatch) => runEffect(effect, dispatch, io)}
		/>
	);
	if (instance) instance.rerender(element());
	else instance = render(element(), renderOptions);
	const app = instance;
	// Raw mode first, so that no report is echoed before Ink reads keys.
	if (stdin.isTTY) stdin.setRawMode(true);
	mouseReporting(true);
	const onResize = () => app.rerender(element());
	stdout.on("resize", onResize);
	const onCrash = (error: unknown) => {
		// The place is remembered first, as on a hang-up: a terminal closed while a frame is written
		// ends the reader with an error (EIO) before its SIGHUP is handled.
		rememberState();
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
	rememberState();
	// Ink's render throttle and the key reader would keep the process alive a little longer.
	process.exit(0);
}

/**
 * Finds the remembered note in the library (by its file and id) and reads it; undefined when it is
 * not there (its file gone, renamed, or outside this library) or cannot be read now.
 */
function resumeNote(
	library: ReaderLibrary,
	place: NotePlace | undefined,
): { loaded: LoadedNote; place: NotePlace; row: number } | undefined {
	// A note whose file is gone costs no walk of the library's rows.
	if (place === undefined || !existsSync(place.file)) return undefined;
	const row = library.rowOf(place.file, place.id);
	const headed = library.at(row);
	if (headed === undefined) return undefined;
	try {
		return { loaded: library.open(headed), place, row };
	} catch {
		return undefined;
	}
}
