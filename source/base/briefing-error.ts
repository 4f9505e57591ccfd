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

// `briefing import` is a bundle of its own (scripts/build.js), which may hold its own copy of this
// class: an error made by either copy is an instance of both, by this mark in the global registry.
const mark = Symbol.for("briefing.BriefingError");

/**
 * An error meant for the user: its message is printed as it is, on one line per problem, with no
 * stack trace, and the process exits with the exit code of its kind.
 */
export class BriefingError extends Error {
	readonly kind: ErrorKind;

	static [Symbol.hasInstance](value: unknown): boolean {
		return typeof value === "object" && value !== null && mark in value;
	}

	get [mark](): true {
		return true;
	}

	constructor(message: string, kind: ErrorKind) {
		super(message);
		this.name = "BriefingError";
		this.kind = kind;
	}
}
