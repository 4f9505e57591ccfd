import { supportsColor } from "chalk";
import type { TerminalFacts } from "./terminal-facts.ts";

/**
 * Reads the terminal facts from this process. The only place that looks at process.stdout and its kin.
 * The time zone is left to whoever needs it (`--since`/`--until` with a relative day): reading it loads
 * the time-zone data, about 14 ms that every other command would pay.
 */
export function readTerminalFacts(): TerminalFacts {
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
