import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { BriefingError } from "../../base/briefing-error.ts";
import { type Draft, draftNote, withSourceText } from "../../import/draft-note.ts";
import { readInputText } from "../../import/input-text.ts";
import { isPdf } from "../../import/pdf/is-pdf.ts";
import { inputLimits, readLimited } from "../../load/read-input.ts";
import { fileName, sanitizeText } from "../../load/sanitize.ts";
import { sourceTextFor } from "../../load/source-text.ts";
import { LineIndex } from "../../text/line-column.ts";
import { exitCodes } from "../exit-codes.ts";
import type { Options } from "../options.ts";
import { reportError } from "../report-error.ts";
import { sameFile, writeAtomically } from "../write-atomically.ts";
import { writeOutput } from "../write-output.ts";

/** What `briefing import` is asked to do. */
export interface ImportRequest {
	/** The file to import, or "-" for standard input. */
	input: string;
	/** The file to write the note to, or undefined to print it. */
	output?: string | undefined;
	/** A folder to write the note to as ID.json (instead of `output`). */
	folder?: string | undefined;
	/** Whether an existing output file may be replaced. */
	force: boolean;
}

function isFolder(file: string): boolean {
	try {
		return statSync(file).isDirectory();
	} catch {
		return false;
	}
}

/**
 * `briefing import FILE… [-o NOTE|FOLDER]` with its resolved options: {@link importFile} of each
 * input. Into a folder (`-o` naming one), each note is written as ID.json and a file that fails is
 * reported (one line) without stopping the rest; resolves with 0, or the exit code of the first that
 * failed. Throws a usage error (exit 2) for several files without a folder, or `-` named twice.
 */
export async function runImport(options: Options): Promise<number> {
	const { inputs, output, force } = options;
	const folder = output !== undefined && isFolder(output) ? output : undefined;
	// `-o NAME/` names a folder too; one that is not there is made by the user, not guessed at.
	if (output !== undefined && folder === undefined && (inputs.length > 1 || /[/\\]$/u.test(output))) {
		if (!existsSync(output.replace(/(?<=.)[/\\]+$/u, ""))) {
			throw new BriefingError(`${fileName(output)}: no such folder; make it first`, "cannot-create");
		}
		if (inputs.length === 1) throw new BriefingError(`${fileName(output)}: not a folder`, "cannot-create");
	}
	if (inputs.length > 1 && folder === undefined) {
		const given = output === undefined ? "" : `; ${fileName(output)} is a file`;
		throw new BriefingError(
			`import: ${inputs.length} files are imported into a folder: -o FOLDER (each note is written there as ID.json)${given}`,
			"usage",
		);
	}
	if (inputs.filter((input) => input === "-").length > 1) {
		throw new BriefingError("import: - (standard input) can be named once", "usage");
	}
	if (folder === undefined) return importFile({ input: inputs[0] as string, output, force });
	let code: number = exitCodes.ok;
	for (const input of inputs) {
		try {
			await importFile({ input, folder, force });
		} catch (error) {
			if (!(error instanceof BriefingError)) throw error;
			// Each line names the file it is about, also when the problem is its note's.
			const name = fileName(input);
			const named = error.message.startsWith(`${name}:`)
				? error
				: new BriefingError(`${name}: ${error.message}`, error.kind);
			const reported = reportError(named, false);
			process.stderr.write(reported.text);
			if (code === exitCodes.ok) code = reported.exitCode;
		}
	}
	return code;
}

/**
 * Returns the raw bytes to import: a file (regular or a pipe) or standard input ("-"), at most the
 * import limit. Throws exit 66 for what cannot be read (a device, a folder), 65 past the limit.
 */
async function readInput(input: string): Promise<Uint8Array> {
	return readLimited(input, inputLimits.import);
}

function shorten(text: string, length: number): string {
	const flat = text.slice(0, length * 8).replace(/\s{1,1000}/gu, " ");
	const characters = Array.from(flat);
	return characters.length > length ? `${characters.slice(0, length - 1).join("")}…` : flat;
}

/**
 * Returns the import report: a line naming the file, the layout and the note, then one line for
 * each field found (with its line:column and value), each field left empty (with the reason), and
 * each number left out of the figures (with where and why). `encoding` names what the text was read
 * as (UTF-8, UTF-16LE, GB18030, …), for the first line.
 */
export function importReport(draft: Draft, input: string, text: string, encoding = "UTF-8"): string {
	const lines = new LineIndex(text);
	const read = [` (${encoding}`, ...draft.repairs.map((repair) => `; ${repair}`), ")"].join("");
	const width = [...draft.found, ...draft.empty].reduce(
		(widest, finding) => Math.max(widest, finding.field.length),
		0,
	);
	return [
		`briefing import: read ${input}${read} as ${draft.description}: note ${draft.note.id}, ${draft.note.figures.length} figures`,
		...draft.found.map(
			(finding) =>
				`  found  ${finding.field.padEnd(width)}  ${lines.place(finding.offset ?? 0).padEnd(9)} ${shorten(finding.text, 90)}`,
		),
		...draft.empty.map(
			(finding) => `  empty  ${finding.field.padEnd(width)}  ${"".padEnd(9)} ${finding.text}`,
		),
		...draft.skipped.map(
			(number) => `  left out ${shorten(number.text, 20)} at ${lines.place(number.offset)}: ${number.reason}`,
		),
	]
		.map((line) => sanitizeText(line))
		.join("\n");
}

// NAME.txt beside NAME.json (NAME.txt.txt beside a note called NAME.txt, never the note itself).
function textBeside(output: string): string {
	return `${output.replace(/\.json$/iu, "")}.txt`;
}

// A PDF's text is written beside the note; checked before anything is written, so a refusal leaves
// no note behind. Never over the PDF itself (one called NAME.txt).
function pdfTextFile(output: string, input: string, force: boolean): string {
	const file = textBeside(output);
	if (input !== "-" && sameFile(input, file)) {
		throw new BriefingError(
			`${fileName(file)}: is the file being imported; write the note under another name`,
			"cannot-create",
		);
	}
	if (!force && existsSync(file)) {
		throw new BriefingError(`${fileName(file)}: exists; use --force to replace it`, "cannot-create");
	}
	return file;
}

/**
 * Where the text of a note written to `output` is kept when its source file cannot be linked (standard
 * input, or a file outside the note's folder and a sources folder beside it): NAME.txt beside the
 * note, to be written (`write`), or already holding this very text. A different file there is kept
 * unless `force`, and the file being imported (`input`) always, which its copy would replace: then
 * `kept` says which and the note has no source text.
 */
function textFileFor(
	output: string,
	input: string,
	text: string,
	force: boolean,
): { file: string; write: boolean; kept?: "other" | "input" } {
	const file = textBeside(output);
	if (input !== "-" && sameFile(input, file)) return { file, write: false, kept: "input" };
	if (force || !existsSync(file)) return { file, write: true };
	let same = false;
	try {
		same = readFileSync(file, "utf8") === text;
	} catch {
		// Unreadable: kept as it is, like any other file there.
	}
	return same ? { file, write: false } : { file, write: false, kept: "other" };
}

// Whether a text is a JSON object, as a note is (a broker's text never is).
function isObject(text: string): boolean {
	if (!/^\s*\{/u.test(text)) return false;
	try {
		JSON.parse(text);
		return true;
	} catch {
		return false;
	}
}

// The longest text, in UTF-16 units, whose patterns are compiled without V8's optimisations (below).
const shortText = 10_000;

/**
 * `briefing import FILE|-`: drafts a note from a broker note's raw text, or from the text read off a
 * PDF's first pages (a file that starts `%PDF-`), and prints it as JSON, or writes it to `--output` or
 * into `folder` as ID.json (never over an existing file without `--force`; into a folder, a note
 * imported before is kept, with one line), with its text beside it as NAME.txt when the text is
 * a PDF's or cannot be linked where it is (see {@link textFileFor}). The report goes to standard error.
 * Resolves with the exit code.
 */
export async function importFile(request: ImportRequest): Promise<number> {
	// The import runs some 90 patterns over one note, most of them once or twice. V8 first runs a new
	// pattern in its bytecode interpreter and compiles it to machine code on the next run; compiling
	// straight away halves their cost (about 10 ms of a 7 KB note's import). Results are the same.
	setFlagsFromString("--no-regexp-tier-up");
	const { input, force } = request;
	const name = fileName(input);
	const refuse = (output: string) => {
		if (input !== "-" && sameFile(input, output)) {
			throw new BriefingError(
				`${fileName(output)}: is the file being imported; write the note to another file`,
				"cannot-create",
			);
		}
		if (!force && existsSync(output)) {
			throw new BriefingError(`${fileName(output)}: exists; use --force to replace it`, "cannot-create");
		}
	};
	if (request.output !== undefined) refuse(request.output);
	const bytes = await readInput(input);
	const pdf = isPdf(bytes)
		? await (await import("../../import/pdf/read-pdf.ts")).readPdf(bytes, name)
		: undefined;
	const decoded = pdf === undefined ? readInputText(bytes, name) : { text: pdf.text, encoding: "PDF" };
	const text = sanitizeText(decoded.text);
	if (isObject(text)) {
		throw new BriefingError(
			`${name}: JSON, not a broker's text to import (a note is opened with briefing ${name})`,
			"invalid-input",
		);
	}
	// V8 spends longer compiling a pattern's machine code when it optimises it (quick checks, look-ahead
	// for alternatives) than a note of a few thousand characters takes to match: about 2 ms of a 7 KB
	// note's import. On longer text the optimised code pays for itself (past about 20,000 characters
	// the import is slower without it: a 50 KB repost by 4 ms). Results are the same either way.
	if (text.length <= shortText) setFlagsFromString("--no-regexp-optimization");
	// Drafted once: into a folder, the note is named by its id; its source text is set once known.
	const draft = draftNote(text, name);
	let output = request.output;
	if (request.folder !== undefined) {
		output = path.join(request.folder, `${draft.note.id}.json`);
		// The note's name is its text's hash: the same text was imported before, and its note (which may
		// have been edited since) is kept. That is no failure: a folder imported again adds what is new.
		if (!force && existsSync(output) && !sameFile(input, output)) {
			process.stderr.write(
				`briefing import: ${name}: imported before as ${fileName(output)}; kept (--force drafts it again)\n`,
			);
			return exitCodes.ok;
		}
		refuse(output);
	}
	// A PDF's text is written beside the note, so its quotes can be checked against it; so is a text
	// that cannot be linked where it is (standard input, a file outside the note's folders, a file the
	// reader, which reads UTF-8, would show garbled), so that the reader can show every figure in its
	// context.
	const utf8 = decoded.encoding === "UTF-8";
	const linked = utf8 && output !== undefined && input !== "-" ? sourceTextFor(output, input) : undefined;
	const beside =
		output === undefined || linked !== undefined
			? undefined
			: pdf !== undefined
				? { file: pdfTextFile(output, input, force), write: true }
				: textFileFor(output, input, text, force);
	const sourceText = linked ?? (beside?.kept ? undefined : beside && path.basename(beside.file));
	const note = sourceText === undefined ? draft.note : withSourceText(draft.note, sourceText);
	const json = `${JSON.stringify(note, null, 2)}\n`;
	// A note larger than a note may be would be refused by everything that reads it.
	const size = Buffer.byteLength(json);
	if (output !== undefined && size > inputLimits.note) {
		throw new BriefingError(
			`${name}: its note would be ${Math.ceil(size / 2 ** 20)} MB, larger than a note may be (${inputLimits.note / 2 ** 20} MB); nothing was written`,
			"invalid-input",
		);
	}
	// The note and the text beside it (the text it was drafted from, as it was: imported again, it is
	// the same note) are written as one: a note never names a text that is not there,
	// nor one it was not drafted from.
	if (output !== undefined) {
		await writeAtomically(
			[{ file: output, text: json }, ...(beside?.write ? [{ file: beside.file, text }] : [])],
			force,
		);
	}
	if (pdf !== undefined && pdf.pages > pdf.pagesRead) {
		process.stderr.write(`briefing import: read pages 1–${pdf.pagesRead} of the ${pdf.pages} in ${name}\n`);
	}
	const where =
		input === "-"
			? "standard input"
			: utf8
				? `${name} is outside the note's folder and a sources folder beside it`
				: `${name} is in ${decoded.encoding}`;
	const unlinked =
		pdf !== undefined || beside === undefined
			? ""
			: beside.kept === "input"
				? `\n  note: source.text left out: ${where}, and its ${utf8 ? "" : "UTF-8 "}copy would go beside the note in its place (write the note under another name${utf8 ? "" : ", or the text in UTF-8"})`
				: beside.kept === "other"
					? `\n  note: source.text left out: ${where}, and ${fileName(beside.file)} holds another text (--force replaces it)`
					: `\n  note: source.text is ${fileName(path.basename(beside.file))}, the imported text beside the note${utf8 ? "" : " in UTF-8"} (${where})`;
	process.stderr.write(`${importReport(draft, name, text, decoded.encoding)}${unlinked}\n`);
	return output === undefined ? writeOutput(process.stdout, json) : exitCodes.ok;
}
