#!/usr/bin/env node
import { Chalk } from "chalk";
import { BriefingError } from "./base/briefing-error.ts";
import type { CommandLine } from "./cli/command-line.ts";
import { exitCodes } from "./cli/exit-codes.ts";
import { rejectUnknownFlags, resolveOptions } from "./cli/options.ts";
import { printNotes } from "./cli/print-notes.ts";
import { readStdin } from "./cli/read-stdin.ts";
import { reportError } from "./cli/report-error.ts";
import { writeOutput } from "./cli/write-output.ts";
import { matchesFilter, newestFirst } from "./library/note-filter.ts";
import { loadNotes } from "./load/load-notes.ts";
import { sanitizeText } from "./load/sanitize.ts";
import { readTerminalFacts } from "./terminal/read-terminal-facts.ts";
import { colorLevel } from "./terminal/terminal-facts.ts";

// Without arguments (the usual `npx briefing` or `briefing | less`), every default: meow is not loaded.
let commandLine: CommandLine = { input: [], flags: { section: [], debug: false }, flagNames: [] };

async function main(): Promise<number> {
	if (process.argv.length > 2) commandLine = (await import("./cli/command-line.ts")).parseCommandLine();
	if (commandLine.print !== undefined) return writeOutput(process.stdout, commandLine.print);
	const facts = readTerminalFacts();
	rejectUnknownFlags(commandLine.flagNames);
	const options = resolveOptions(commandLine.input, commandLine.flags, facts);
	if (options.command === "schema") {
		const { noteJsonSchema } = await import("./note/json-schema.ts");
		return writeOutput(process.stdout, noteJsonSchema());
	}
	if (options.command === "import") {
		const { importFile } = await import("./cli/commands/import.ts");
		return importFile({ input: options.inputs[0] as string, output: options.output, force: options.force });
	}
	if (options.command === "validate") {
		const { validateFiles } = await import("./cli/commands/validate.ts");
		return validateFiles(options.inputs);
	}
	const warn = (line: string) => process.stderr.write(`${sanitizeText(`briefing: ${line}`)}\n`);
	if (options.command === "index") {
		const { runIndexCommand } = await import("./cli/library-notes.ts");
		return runIndexCommand(options, warn);
	}
	if (options.command === "list" || options.command === "search") {
		const { runLibraryCommand } = await import("./cli/library-notes.ts");
		const color = colorLevel(options.color, facts);
		return runLibraryCommand(options, warn, color === 0 ? undefined : new Chalk({ level: color }));
	}
	const library = async (onProgress: (count: number) => void, onWarning: (line: string) => void) => {
		const loaded = await loadNotes({ ...options, readStdin, onProgress, onWarning });
		const notes = newestFirst(loaded.filter(({ note }) => matchesFilter(note, options.filter)));
		if (notes.length === 0 && options.command === "read") {
			throw new BriefingError("no notes match the filters", "no-match");
		}
		return notes;
	};
	if (options.command === "read" && options.format === undefined && !options.brief) {
		const [{ runApp }, { readerLibrary }] = await Promise.all([
			import("./app/run-app.tsx"),
			import("./cli/library-notes.ts"),
		]);
		return runApp(
			async (onProgress, onWarning) =>
				(await readerLibrary(options, onProgress, onWarning)) ??
				(await import("./app/reader-library.ts")).libraryOfNotes(await library(onProgress, onWarning)),
			options,
			facts,
		);
	}
	const notes = await library(() => {}, warn);
	const color = colorLevel(options.color, facts);
	if (options.brief) {
		const { printBriefs } = await import("./cli/print-briefs.ts");
		const { since, until } = options.filter;
		const digest = options.command === "digest" ? { since, until } : undefined;
		const text = printBriefs(notes, { ...options, format: options.format ?? "text" }, color, digest);
		// Like list, an empty digest is exit 1: as text it prints nothing, as JSON a count of 0.
		if (notes.length > 0) return writeOutput(process.stdout, text);
		const code = options.format === "json" ? await writeOutput(process.stdout, text) : exitCodes.ok;
		return code === exitCodes.ok ? exitCodes.noMatch : code;
	}
	return writeOutput(
		process.stdout,
		printNotes(notes, { ...options, format: options.format ?? "text" }, color),
	);
}

function report(error: unknown): number {
	const { text, exitCode } = reportError(error, commandLine.flags.debug);
	process.stderr.write(text);
	return exitCode;
}

process.exitCode = await main().catch(report);
