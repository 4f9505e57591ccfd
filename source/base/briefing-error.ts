/**
 * What went wrong, as the code that finds it knows it. Only the command layer turns a kind into an
 * exit code (source/cli/exit-codes.ts, the documented table).
 */
export type ErrorKind =
	/** Nothing matched: a search without a hit, filters that no note passes. */
	| "no-match"
	/** The command line is wrong: an unknown flag, a bad value. */
	| "usage"
	/** A note, or text to import, is malformed, invalid or too large. */
	| "invalid-input"
	/** A file or folder to read is missing or cannot be read. */
	| "unreadable"
	/** An output file exists (without --force), or its folder cannot be written. */
	| "cannot-create"
	/** Output could not be written whole (a full disk). */
	| "write-failed";

/**
 * An error meant for the user: its message is printed as it is, on one line per problem, with no
 * stack trace, and the process exits with the exit code of its kind.
 */
export class BriefingError extends Error {
	readonly kind: ErrorKind;

	constructor(message: string, kind: ErrorKind) {
		super(message);
		this.name = "BriefingError";
		this.kind = kind;
	}
}
