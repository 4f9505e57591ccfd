/** What briefing knows about where it runs, read once at start-up and passed down. */
export interface TerminalFacts {
	/** Whether standard output is a terminal. */
	stdoutIsTTY: boolean;
	/** Whether standard input is a terminal. */
	stdinIsTTY: boolean;
	/** The terminal's width, when standard output is one. */
	columns: number | undefined;
	/** The terminal's height, when standard output is one. */
	rows: number | undefined;
	/** The environment, for COLUMNS, NO_COLOR, FORCE_COLOR, TERM and the locale. */
	environment: Record<string, string | undefined>;
	/** The colour level the terminal supports by itself (0 none, 1 basic, 2 256, 3 true colour). */
	colorSupport: 0 | 1 | 2 | 3;
	/** The time at start-up, in ms since the epoch (the clock when not given). */
	now?: number;
	/** The local time zone, an IANA name read from TZ or the system (the system's when not given). */
	timeZone?: string;
}

/**
 * Returns the colour level to use: off with `--no-color`, at least basic with `--color`;
 * otherwise off when NO_COLOR is set to anything non-empty, else what the terminal supports.
 */
export function colorLevel(flag: boolean | undefined, facts: TerminalFacts): 0 | 1 | 2 | 3 {
	if (flag === false) return 0;
	if (flag === true) return facts.colorSupport === 0 ? 1 : facts.colorSupport;
	if ((facts.environment.NO_COLOR ?? "") !== "") return 0;
	return facts.colorSupport;
}

/**
 * Returns whether the terminal is known to show OSC 8 hyperlinks: FORCE_HYPERLINK=1 says yes (0 no);
 * otherwise a short list of terminals that support them, recognised by their environment variables.
 */
export function supportsHyperlinks(environment: Record<string, string | undefined>): boolean {
	if (environment.FORCE_HYPERLINK !== undefined) return environment.FORCE_HYPERLINK !== "0";
	if (environment.TERM === "dumb") return false;
	const program = environment.TERM_PROGRAM ?? "";
	return (
		["iTerm.app", "WezTerm", "vscode", "ghostty", "Hyper"].includes(program) ||
		environment.WT_SESSION !== undefined ||
		environment.KITTY_WINDOW_ID !== undefined ||
		Number(environment.VTE_VERSION ?? 0) >= 5000
	);
}
