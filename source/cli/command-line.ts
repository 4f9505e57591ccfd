import meow from "meow";
import packageJson from "../../package.json" with { type: "json" };
import { BriefingError } from "../base/briefing-error.ts";
import { helpText } from "./help.ts";
import type { Flags } from "./options.ts";

/** The command line, parsed: the arguments that are not flags, the flags, and every flag name given. */
export interface CommandLine {
	input: string[];
	flags: Flags;
	flagNames: string[];
	/** What `--help` or `--version` (anywhere on the line) asks to print instead of running a command. */
	print?: string;
}

/**
 * Parses the process's arguments with meow. `--help` or `--version`, wherever given, come back as
 * the text to print (written like any output, so a full disk is exit 74, not a silent 0). Loading meow
 * costs tens of milliseconds, so the CLI calls this only when there are arguments.
 */
export function parseCommandLine(): CommandLine {
	try {
		return parse();
	} catch (error) {
		// meow refuses a flag given twice that is not a list (--lang en --lang zh): which one was meant
		// cannot be told, so it is a usage error (exit 2), not a last-one-wins guess.
		const repeated = /^The flag --(\S+) can only be set once\.$/u.exec((error as Error).message ?? "");
		if (repeated === null) throw error;
		const flag = `--${(repeated[1] as string).replace(/[A-Z]/gu, (letter) => `-${letter.toLowerCase()}`)}`;
		throw new BriefingError(`${flag}: given more than once; give it once`, "usage");
	}
}

// The flags that take a value, as typed (meow's `string` flags below).
const valueFlags = new Set([
	"--format",
	"--section",
	"--lang",
	"--width",
	"--dir",
	"--broker",
	"--sector",
	"--ticker",
	"--since",
	"--until",
	"--output",
	"-o",
]);

/**
 * Throws a usage error (exit 2) naming the first flag that takes a value but is given none: last on
 * the line (`--dir`), followed by another flag (`--broker --lang en`) or empty (`--since=`). meow
 * reads such a flag as empty, or drops it, and the run would go on as if it had not been given.
 * Such a flag negated (`--no-width`) is unknown: meow would give it the value `false`.
 */
function rejectMissingValues(args: readonly string[]): void {
	for (const [index, arg] of args.entries()) {
		if (arg === "--") return;
		const equals = arg.indexOf("=");
		const flag = equals === -1 ? arg : arg.slice(0, equals);
		if (flag.startsWith("--no-") && valueFlags.has(`--${flag.slice(5)}`))
			throw new BriefingError(`unknown flag ${flag}`, "usage");
		if (!valueFlags.has(flag)) continue;
		const value = equals === -1 ? args[index + 1] : arg.slice(equals + 1);
		const missing = value === undefined || value === "" || (equals === -1 && /^-./u.test(value));
		if (equals === -1 && value !== undefined && /^-\d/u.test(value))
			throw new BriefingError(
				`${flag}: expected a value, got "${value}", which reads as a flag (write ${flag}=${value})`,
				"usage",
			);
		if (missing) throw new BriefingError(`${flag}: expected a value`, "usage");
	}
}

function parse(): CommandLine {
	rejectMissingValues(process.argv.slice(2));
	const cli = meow(helpText, {
		importMeta: import.meta,
		// The package's own fields, bundled: meow need not look for package.json and read it.
		pkg: { description: packageJson.description, version: packageJson.version },
		// Unknown flags are reported by rejectUnknownFlags, in briefing's own words.
		allowUnknownFlags: true,
		autoHelp: false,
		autoVersion: false,
		// Leave --color unset unless given, so that the terminal and NO_COLOR decide.
		booleanDefault: undefined,
		flags: {
			format: { type: "string" },
			section: { type: "string", isMultiple: true, default: [] },
			lang: { type: "string" },
			width: { type: "string" },
			color: { type: "boolean" },
			mouse: { type: "boolean" },
			debug: { type: "boolean", default: false },
			dir: { type: "string", isMultiple: true },
			strict: { type: "boolean" },
			broker: { type: "string" },
			sector: { type: "string" },
			ticker: { type: "string" },
			since: { type: "string" },
			until: { type: "string" },
			output: { type: "string", shortFlag: "o" },
			force: { type: "boolean" },
			brief: { type: "boolean" },
			rebuild: { type: "boolean" },
			status: { type: "boolean" },
			figures: { type: "boolean" },
			// Declared, so that the argument after them is not read as their value (`--help note.json`).
			help: { type: "boolean" },
			version: { type: "boolean" },
		},
	});
	const flagNames = Object.keys(cli.unnormalizedFlags);
	// Wherever they stand (`briefing list --help`), help and the version are printed instead of a run.
	const print =
		cli.unnormalizedFlags.help === true
			? `${cli.help}\n`
			: cli.unnormalizedFlags.version === true
				? `${packageJson.version}\n`
				: undefined;
	return { input: cli.input, flags: cli.flags, flagNames, ...(print === undefined ? {} : { print }) };
}
