#!/usr/bin/env node
import meow from "meow";
import { helpText } from "./cli/help.ts";
import { rejectUnknownFlags, resolveOptions } from "./cli/options.ts";
import { printNotes } from "./cli/print-notes.ts";
import { readStdin } from "./cli/read-stdin.ts";
import { reportError } from "./cli/report-error.ts";
import { writeOutput } from "./cli/write-output.ts";
import { loadNotes } from "./load/load-notes.ts";
import { readTerminalFacts } from "./terminal/read-terminal-facts.ts";
import { colorLevel } from "./terminal/terminal-facts.ts";

const cli = meow(helpText, {
	importMeta: import.meta,
	// Unknown flags are reported by rejectUnknownFlags, in briefing's own words.
	allowUnknownFlags: true,
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
	rejectUnknownFlags(Object.keys(cli.unnormalizedFlags));
	const options = resolveOptions(cli.input, cli.flags, facts);
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
	const { text, exitCode } = reportError(error, cli.flags.debug);
	process.stderr.write(text);
	return exitCode;
}

process.exitCode = await main().catch(report);
