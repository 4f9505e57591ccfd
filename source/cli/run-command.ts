import type { TerminalFacts } from "../terminal/terminal-facts.ts";
import type { CommandLine } from "./command-line.ts";
import { commandOptions } from "./command-options.ts";
import { runDigest } from "./commands/digest.ts";
import { runIndex } from "./commands/index-command.ts";
import { runList } from "./commands/list.ts";
import { runRead } from "./commands/read.ts";
import { runSearch } from "./commands/search.ts";
import type { Options } from "./options.ts";

type Command = (options: Options, facts: TerminalFacts) => Promise<number>;

// The commands that print (read, digest, list, search, index) are small and share most of their
// code, so they come in this module's chunk: each further chunk costs about half a millisecond to
// load. The others, and what is heavy in any (the reader, the validator, the index's SQLite), are
// loaded only when used.
const commands: Record<Options["command"], Command> = {
	read: runRead,
	digest: runDigest,
	list: runList,
	search: runSearch,
	index: runIndex,
	schema: async () => (await import("./commands/schema.ts")).runSchema(),
	validate: async (options) => (await import("./commands/validate.ts")).validateFiles(options.inputs),
	import: async (options) => (await import("./import-entry.ts")).runImport(options),
};

/**
 * Runs the command a parsed command line asks for and resolves with the exit code. Throws a
 * usage error (exit 2) for a wrong command line, and whatever the command throws.
 */
export async function runCommand(commandLine: CommandLine): Promise<number> {
	const { options, facts } = await commandOptions(commandLine);
	return commands[options.command](options, facts);
}
