import { sanitizeText } from "../load/sanitize.ts";
import { BriefingError } from "./briefing-error.ts";
import { type ExitCode, exitCodes } from "./exit-codes.ts";

/**
 * Returns what to print for an error that ended a run, and the exit code. A {@link BriefingError}
 * prints its message; anything else is a bug, printed as an internal error with its stack only
 * under --debug. File names and note text can reach a message, so it is sanitized here, the one
 * place every error passes on its way to the terminal.
 */
export function reportError(error: unknown, debug: boolean): { text: string; exitCode: ExitCode } {
	if (error instanceof BriefingError) {
		const usage = error.exitCode === exitCodes.usage;
		const text = usage ? `briefing: ${error.message}\nRun briefing --help for usage.` : error.message;
		return { text: `${sanitizeText(text)}\n`, exitCode: error.exitCode };
	}
	const message = error instanceof Error ? error.message : String(error);
	const detail = debug && error instanceof Error ? `\n${error.stack}` : "\n(run with --debug to see where)";
	return {
		text: `${sanitizeText(`briefing: internal error: ${message}${detail}`)}\n`,
		exitCode: exitCodes.software,
	};
}
