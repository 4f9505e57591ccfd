import { BriefingError } from "../base/briefing-error.ts";
import { oneLine, sanitizeText } from "../load/sanitize.ts";
import { type ExitCode, exitCodeOfKind, exitCodes } from "./exit-codes.ts";

// The longest line an error prints: a path as long as a system allows (4,096 bytes), and a problem.
const longestLine = 5000;

/**
 * Returns what to print for an error that ended a run, and the exit code. A {@link BriefingError}
 * prints its message; anything else is a bug, printed as an internal error with its stack only
 * under --debug. File names and note text can reach a message, so it is sanitized here, the one
 * place every error passes on its way to the terminal: a {@link BriefingError} keeps its lines (one
 * per problem), each cut to a length that a file's path and a problem fit in; any other error's
 * message, which nothing has checked, is one line of at most 200 characters.
 */
export function reportError(error: unknown, debug: boolean): { text: string; exitCode: ExitCode } {
	if (error instanceof BriefingError) {
		const usage = error.kind === "usage";
		const text = usage ? `briefing: ${error.message}\nRun briefing --help for usage.` : error.message;
		const lines = sanitizeText(text)
			.split("\n")
			.map((line) => (line.length > longestLine ? oneLine(line, longestLine) : line));
		return { text: `${lines.join("\n")}\n`, exitCode: exitCodeOfKind[error.kind] };
	}
	const message = oneLine(error instanceof Error ? error.message : String(error), 200);
	const detail = debug && error instanceof Error ? `\n${error.stack}` : "\n(run with --debug to see where)";
	return {
		text: `${sanitizeText(`briefing: internal error: ${message}${detail}`)}\n`,
		exitCode: exitCodes.software,
	};
}
