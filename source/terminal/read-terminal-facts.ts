import type { TerminalFacts } from "./terminal-facts.ts";

/**
 * Reads the terminal facts from this process. The only place that looks at process.stdout and its kin.
 * The time zone is left to whoever needs it (`--since`/`--until` with a relative day): reading it loads
 * the time-zone data, about 14 ms that every other command would pay. Colour support is chalk's
 * reading, and chalk (with the `tty` and `os` modules it loads) is loaded only when that reading can
 * be more than none: on a terminal, or with FORCE_COLOR or a --color flag, which chalk also reads.
 */
export async function readTerminalFacts(): Promise<TerminalFacts> {
	const colorPossible =
		process.stdout.isTTY === true ||
		process.env.FORCE_COLOR !== undefined ||
		process.argv.some((argument) => argument.startsWith("--color"));
	const supportsColor = colorPossible ? (await import("chalk")).supportsColor : false;
	return {
		stdoutIsTTY: process.stdout.isTTY === true,
		stdinIsTTY: process.stdin.isTTY === true,
		columns: process.stdout.isTTY ? process.stdout.columns : undefined,
		rows: process.stdout.isTTY ? process.stdout.rows : undefined,
		environment: process.env,
		colorSupport: supportsColor === false ? 0 : supportsColor.level,
		now: Date.now(),
	};
}
