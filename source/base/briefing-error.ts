import type { ExitCode } from "../cli/exit-codes.ts";

/**
 * An error meant for the user: its message is printed as it is, on one line per problem, with no
 * stack trace, and the process exits with its exit code.
 */
export class BriefingError extends Error {
	readonly exitCode: ExitCode;

	constructor(message: string, exitCode: ExitCode) {
		super(message);
		this.name = "BriefingError";
		this.exitCode = exitCode;
	}
}
