import { readTerminalFacts } from "../terminal/read-terminal-facts.ts";
import type { TerminalFacts } from "../terminal/terminal-facts.ts";
import type { CommandLine } from "./command-line.ts";
import { type Options, rejectUnknownFlags, resolveOptions } from "./options.ts";

/**
 * Reads the terminal facts and resolves a parsed command line into the options of its command.
 * Throws a usage error (exit 2) for an unknown flag or a wrong value.
 */
export async function commandOptions(
	commandLine: CommandLine,
): Promise<{ options: Options; facts: TerminalFacts }> {
	const facts = await readTerminalFacts();
	rejectUnknownFlags(commandLine.flagNames);
	return { options: resolveOptions(commandLine.input, commandLine.flags, facts), facts };
}
