#!/usr/bin/env node
// The entry: parses the command line, then loads the one command asked for. Everything is imported
// when it is needed, so `--version` loads meow and nothing else, and piped output never loads Ink.
import type { CommandLine } from "./cli/command-line.ts";
import { writeOutput } from "./cli/write-output.ts";

// Without arguments (the usual `npx briefing` or `briefing | less`), every default: meow is not loaded.
let commandLine: CommandLine = { input: [], flags: { section: [], debug: false }, flagNames: [] };

async function main(): Promise<number> {
	if (process.argv.length > 2) commandLine = (await import("./cli/command-line.ts")).parseCommandLine();
	if (commandLine.print !== undefined) return writeOutput(process.stdout, commandLine.print);
	// The importer and the options load as one file of their own, without the printing commands' chunk.
	if (commandLine.input[0] === "import") {
		const { commandOptions, runImport } = await import("./cli/import-entry.ts");
		return runImport((await commandOptions(commandLine)).options);
	}
	const { runCommand } = await import("./cli/run-command.ts");
	return runCommand(commandLine);
}

async function report(error: unknown): Promise<number> {
	const { reportError } = await import("./cli/report-error.ts");
	const { text, exitCode } = reportError(error, commandLine.flags.debug);
	process.stderr.write(text);
	return exitCode;
}

process.exitCode = await main().catch(report);
