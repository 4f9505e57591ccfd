import { BriefingError } from "../base/briefing-error.ts";
import { type SectionId, sectionIds } from "../document/blocks.ts";
import { type Language, languageFromLocale } from "../document/language.ts";
import type { NoteFilter } from "../library/note-filter.ts";
import { resolveWhen } from "../library/when.ts";
import { oneLine } from "../load/sanitize.ts";
import type { TerminalFacts } from "../terminal/terminal-facts.ts";

/** The output formats of `--format`. */
export const formats = ["text", "markdown", "json"] as const;

/** An output format. */
export type Format = (typeof formats)[number];

/** The flags as meow parses them. */
export interface Flags {
	format?: string | undefined;
	section: string[];
	dir?: string[] | undefined;
	strict?: boolean | undefined;
	broker?: string | undefined;
	sector?: string | undefined;
	ticker?: string | undefined;
	since?: string | undefined;
	until?: string | undefined;
	lang?: string | undefined;
	width?: string | undefined;
	color?: boolean | undefined;
	mouse?: boolean | undefined;
	output?: string | undefined;
	force?: boolean | undefined;
	brief?: boolean | undefined;
	rebuild?: boolean | undefined;
	status?: boolean | undefined;
	figures?: boolean | undefined;
	debug: boolean;
}

/** What a run of briefing is asked to do, resolved from the flags and the terminal facts. */
export interface Options {
	command: "read" | "schema" | "list" | "search" | "validate" | "import" | "digest" | "index";
	inputs: string[];
	/** The query of `briefing search`. */
	query: string;
	/** Library folders from BRIEFING_PATH (skipped when missing, like PATH's), then from --dir. */
	pathFolders: string[];
	folders: string[];
	strict: boolean;
	filter: NoteFilter;
	/** The printed format, or undefined to open the interactive reader. */
	format: Format | undefined;
	sections: SectionId[];
	/** Whether the sections were chosen with --section (which prints the disclaimer in full). */
	sectionsChosen: boolean;
	language: Language;
	/** Whether the language was chosen with --lang (it then wins over the reader's remembered one). */
	languageChosen: boolean;
	width: number;
	color: boolean | undefined;
	/** Whether the reader may use the mouse (`--no-mouse` says no). */
	mouse: boolean;
	/** Where `briefing import` writes the note (--output), and whether it may replace a file (--force). */
	output: string | undefined;
	force: boolean;
	/** Print each note in brief (--brief; always for a digest). */
	brief: boolean;
	/** `briefing index`: make the index anew (--rebuild), or tell its state (--status). */
	rebuild: boolean;
	status: boolean;
	/** `briefing search --figures`: search the notes' key figures instead of their text. */
	figures: boolean;
	debug: boolean;
}

/** Returns a whole number of at least 1 from a flag or an environment variable, or undefined. */
export function positiveInteger(value: string | undefined): number | undefined {
	if (value === undefined || !/^\d+$/.test(value.trim())) return undefined;
	const number = Number.parseInt(value, 10);
	return number > 0 ? number : undefined;
}

/** Returns the time that `today` and `yesterday` count from: BRIEFING_NOW when set, else start-up. */
function clock(facts: TerminalFacts): number {
	const fixed = facts.environment.BRIEFING_NOW ?? "";
	if (fixed === "") return facts.now ?? Date.now();
	const time = Date.parse(fixed);
	if (Number.isNaN(time)) {
		throw usage(`BRIEFING_NOW: expected a date and time such as 2025-06-05T09:00:00+08:00, got "${fixed}"`);
	}
	return time;
}

// A usage error is one line: what the command line said (a file name, a value) cannot break it.
function usage(message: string): BriefingError {
	return new BriefingError(oneLine(message, 1000), "usage");
}

function parseSections(values: readonly string[]): SectionId[] {
	const names = values.flatMap((value) => value.split(",")).map((name) => name.trim().toLowerCase());
	for (const name of names) {
		if (!(sectionIds as readonly string[]).includes(name)) {
			throw usage(`--section: expected one of ${sectionIds.join(", ")}, got "${name}"`);
		}
	}
	// Sections print in the briefing's own order, whatever order they were asked for in.
	return sectionIds.filter((id) => names.includes(id));
}

// Every flag briefing takes, as meow names them (camel case), with meow's own --help and --version.
const knownFlags = new Set([
	"format",
	"section",
	"lang",
	"width",
	"color",
	"mouse",
	"debug",
	"dir",
	"strict",
	"broker",
	"sector",
	"ticker",
	"since",
	"until",
	"output",
	"o",
	"force",
	"brief",
	"rebuild",
	"status",
	"figures",
	"help",
	"version",
]);

/** Throws a usage error (exit 2) naming the first flag that briefing does not know. */
export function rejectUnknownFlags(names: readonly string[]): void {
	const unknown = names.find((name) => !knownFlags.has(name));
	if (unknown !== undefined) {
		const flag =
			unknown.length === 1
				? `-${unknown}`
				: `--${unknown.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
		throw usage(`unknown flag ${flag}`);
	}
}

/**
 * Returns a search query without the quote marks around its words or phrases (`"capex rises"`,
 * “算力”), a habit from web search: a note holds the words, not the quotes. A part made only of
 * quote marks, and a quote inside a word (sector's), are kept.
 */
function withoutQuotes(query: string): string {
	return query.replace(
		/\S+/gu,
		(part) => part.replace(/^["'“”‘’「」『』]+|["'“”‘’「」『』]+$/gu, "") || part,
	);
}

/** Resolves the command line into options. A wrong value throws a usage error (exit 2). */
export function resolveOptions(input: readonly string[], flags: Flags, facts: TerminalFacts): Options {
	const [first, ...rest] = input;
	const commands = ["schema", "list", "search", "validate", "import", "digest", "index"] as const;
	const command = commands.find((name) => name === first) ?? "read";
	const inputs = command === "read" ? [...input] : rest;
	// (import says so in its own words.)
	if (command !== "import" && inputs.filter((name) => name === "-").length > 1)
		throw usage(`${command === "read" ? "" : `${command}: `}- (standard input) can be named once`);
	if (command === "schema" && inputs.length > 0)
		throw usage(`schema: expected no arguments, got "${inputs[0]}"`);
	if (command === "validate" && inputs.length === 0) throw usage("validate: expected one or more note files");
	if (command === "import" && inputs.length === 0) {
		throw usage("import: expected a file to import (or - for standard input)");
	}
	if (command !== "import" && (flags.output !== undefined || flags.force !== undefined)) {
		throw usage(`--${flags.output === undefined ? "force" : "output"}: only with briefing import`);
	}
	if (command !== "index" && (flags.rebuild !== undefined || flags.status !== undefined)) {
		throw usage(`--${flags.rebuild === undefined ? "status" : "rebuild"}: only with briefing index`);
	}
	if (command !== "search" && flags.figures !== undefined)
		throw usage("--figures: only with briefing search");
	if (flags.output === "") throw usage("--output: expected a file name");
	if (command === "import" && flags.format !== undefined && flags.format !== "json") {
		throw usage("import: prints the note as JSON; to read it, pipe it on: briefing import FILE | briefing -");
	}
	const printsOnly = { schema: "JSON Schema", validate: "one line per problem", index: "text" } as const;
	if (flags.format !== undefined && (command === "schema" || command === "validate" || command === "index")) {
		throw usage(`--format: not with ${command}, which prints ${printsOnly[command]}`);
	}
	if ((command === "list" || command === "search" || command === "index") && flags.section.length > 0) {
		throw usage(`--section: only when reading notes (${command} does not print sections)`);
	}
	if ((command === "list" || command === "search") && flags.format === "markdown") {
		throw usage(`${command}: prints text or JSON (--format text or json), not markdown`);
	}
	const query = command === "search" ? withoutQuotes(inputs.shift() ?? "") : "";
	if (command === "search" && query.trim() === "") throw usage("search: expected a query");
	if (flags.brief !== undefined && command !== "read") throw usage(`--brief: only when reading notes`);
	if ((flags.brief === true || command === "digest") && flags.section.length > 0) {
		throw usage("--section: a brief is always the same selection; leave out --section");
	}
	const dates: Pick<Flags, "since" | "until"> = {};
	for (const name of ["since", "until"] as const) {
		const value = flags[name];
		if (value === undefined) continue;
		const date = resolveWhen(
			value,
			clock(facts),
			facts.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
		);
		if (date === undefined) {
			throw usage(
				`--${name}: expected a date written YYYY, YYYY-MM or YYYY-MM-DD (a month and day that exist), or today, yesterday, Nd or Nw (N days or weeks ago, N at most 9999), got "${value}"`,
			);
		}
		dates[name] = date;
	}
	// Compared as far as both are written: --since 2025-06 --until 2025 is June to December.
	const { since: from, until: to } = dates;
	const shared = Math.min(from?.length ?? 0, to?.length ?? 0);
	if (from !== undefined && to !== undefined && from.slice(0, shared) > to.slice(0, shared)) {
		throw usage(`--since ${from} is after --until ${to}: no date is in between`);
	}

	if (flags.format !== undefined && !(formats as readonly string[]).includes(flags.format)) {
		throw usage(`--format: expected one of ${formats.join(", ")}, got "${flags.format}"`);
	}
	if (flags.lang !== undefined && !["en", "zh", "both"].includes(flags.lang)) {
		throw usage(`--lang: expected en, zh or both, got "${flags.lang}"`);
	}
	const width = flags.width === undefined ? undefined : positiveInteger(flags.width);
	if (flags.width !== undefined && (width === undefined || width < 20 || width > 1000)) {
		throw usage(`--width: expected a whole number from 20 to 1000, got "${flags.width}"`);
	}
	// A dumb terminal cannot move the cursor, which the reader needs: it gets the printed briefing.
	const interactive = facts.stdoutIsTTY && facts.environment.TERM !== "dumb";
	const format = (flags.format as Format | undefined) ?? (interactive ? undefined : "text");
	const { broker, sector, ticker } = flags;
	const { since, until } = dates;
	const filter = Object.fromEntries(
		Object.entries({ broker, sector, ticker, since, until }).filter(([, value]) => value !== undefined),
	) as NoteFilter;

	return {
		command,
		inputs,
		query,
		pathFolders: (facts.environment.BRIEFING_PATH ?? "").split(":").filter(Boolean),
		folders: flags.dir ?? [],
		strict: flags.strict === true,
		filter,
		format,
		sections: flags.section.length > 0 ? parseSections(flags.section) : [...sectionIds],
		sectionsChosen: flags.section.length > 0,
		language: (flags.lang as Language | undefined) ?? languageFromLocale(facts.environment),
		languageChosen: flags.lang !== undefined,
		// COLUMNS and the terminal are held to the range --width takes: a tiny one would break every
		// word, a huge one draw rules of a hundred thousand columns.
		width:
			width ??
			Math.min(
				1000,
				Math.max(20, positiveInteger(facts.environment.COLUMNS) ?? (facts.columns || undefined) ?? 80),
			),
		color: flags.color,
		mouse: flags.mouse !== false,
		output: flags.output,
		force: flags.force === true,
		brief: flags.brief === true || command === "digest",
		rebuild: flags.rebuild === true,
		figures: flags.figures === true,
		status: flags.status === true,
		debug: flags.debug,
	};
}
