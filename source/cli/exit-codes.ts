import type { ErrorKind } from "../base/briefing-error.ts";

/** The exit codes of `briefing`, after BSD's sysexits where one fits. The readme lists them. */
export const exitCodes = {
	/** Everything went well. */
	ok: 0,
	/** A search found nothing (like grep). */
	noMatch: 1,
	/** The command line was wrong: an unknown flag, a bad value. */
	usage: 2,
	/** A note is not valid: malformed JSON or a schema violation. */
	dataError: 65,
	/** A file or folder named on the command line cannot be read. */
	noInput: 66,
	/** A bug in briefing itself. */
	software: 70,
	/** The output file cannot be made: it exists (without --force), or its folder cannot be written. */
	cantCreate: 73,
	/** Output could not be written (a full disk, for example). */
	ioError: 74,
} as const;

/** One of the exit codes above. */
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

/** The exit code of each kind of {@link BriefingError}. */
export const exitCodeOfKind: Record<ErrorKind, ExitCode> = {
	"no-match": exitCodes.noMatch,
	usage: exitCodes.usage,
	"invalid-input": exitCodes.dataError,
	unreadable: exitCodes.noInput,
	"cannot-create": exitCodes.cantCreate,
	"write-failed": exitCodes.ioError,
};
