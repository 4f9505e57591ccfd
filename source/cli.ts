#!/usr/bin/env node
import type { CommandLine } from "./cli/command-line.ts";
import { rejectUnknownFlags, resolveOptions } from "./cli/options.ts";
import { printNotes } from "./cli/print-notes.ts";
import { readStdin } from "./cli/read-stdin.ts";
import { reportError } from "./cli/report-error.ts";
import { writeOutput } from "./cli/write-output.ts";
import { loadNotes } from "./load/load-notes.ts";
import { readTerminalFacts } from "./terminal/read-terminal-facts.ts";
import { colorLevel } from "./terminal/terminal-facts.ts";

// Without arguments (the usual `npx briefing` or `briefing | less`), every default: meow is not loaded.
let commandLine: CommandLine = { input: [], flags: { section: [], debug: false }, flagNames: [] };

async function main(): Promise<number> {
	if (process.argv.length > 2) commandLine = (await import("./cli/command-line.ts")).parseCommandLine();
	const facts = readTerminalFacts();
	rejectUnknownFlags(commandLine.flagNames);
	const options = resolveOptions(commandLine.input, commandLine.flags, facts);
	if (options.command === "schema") {
		const { noteJsonSchema } = await import("./note/json-schema.ts");
		return writeOutput(process.stdout, noteJsonSchema());
	}
	const notes = await loadNotes({ inputs: options.inputs, readStdin });
	if (options.format === undefined) {
		const { runApp } = await import("./app/run-app.tsx");
		return runApp(notes, options, facts);
	}
	return writeOutput(
		process.stdout,
		printNotes(notes, { ...options, format: options.format }, colorLevel(options.color, facts)),
	);
}

function report(error: unknown): number {
	const { text, exitCode } = reportError(error, commandLine.flags.debug);
	process.stderr.write(text);
	return exitCode;
}

process.exitCode = await main().catch(report);
