#!/usr/bin/env node
import meow from "meow";
import { BriefingError } from "./cli/briefing-error.ts";
import { exitCodes } from "./cli/exit-codes.ts";
import { helpText } from "./cli/help.ts";
import { resolveOptions } from "./cli/options.ts";
import { printNotes } from "./cli/print-notes.ts";
import { readStdin } from "./cli/read-stdin.ts";
import { writeOutput } from "./cli/write-output.ts";
import { loadNotes } from "./load/load-notes.ts";
import { sanitizeText } from "./load/sanitize.ts";
import { noteJsonSchema } from "./note/json-schema.ts";
import { readTerminalFacts } from "./terminal/read-terminal-facts.ts";
import { colorLevel } from "./terminal/terminal-facts.ts";

const cli = meow(helpText, {
	importMeta: import.meta,
	allowUnknownFlags: false,
	// Leave --color unset unless given, so that the terminal and NO_COLOR decide.
	booleanDefault: undefined,
	flags: {
		format: { type: "string" },
		section: { type: "string", isMultiple: true, default: [] },
		lang: { type: "string" },
		width: { type: "string" },
		color: { type: "boolean" },
		debug: { type: "boolean", default: false },
	},
});

async function main(): Promise<number> {
	const facts = readTerminalFacts();
	const options = resolveOptions(cli.input, cli.flags, facts);
	if (options.command === "schema") return writeOutput(process.stdout, noteJsonSchema());
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
	if (error instanceof BriefingError) {
		const hint = error.exitCode === exitCodes.usage ? "\nRun briefing --help for usage." : "";
		process.stderr.write(
			`${error.exitCode === exitCodes.usage ? "briefing: " : ""}${error.message}${hint}\n`,
		);
		return error.exitCode;
	}
	const message = error instanceof Error ? error.message : String(error);
	const detail =
		cli.flags.debug && error instanceof Error ? `\n${error.stack}` : "\n(run with --debug to see where)";
	process.stderr.write(sanitizeText(`briefing: internal error: ${message}${detail}`).concat("\n"));
	return exitCodes.software;
}

process.exitCode = await main().catch(report);
