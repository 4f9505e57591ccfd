import { existsSync } from "node:fs";
import { type Draft, draftNote } from "../import/draft-note.ts";
import { decodeInput } from "../import/input-text.ts";
import { LineIndex } from "../import/positions.ts";
import { inputLimits, readLimited } from "../load/read-input.ts";
import { fileName, sanitizeText } from "../load/sanitize.ts";
import { sourceTextFor } from "../load/source-text.ts";
import { BriefingError } from "./briefing-error.ts";
import { exitCodes } from "./exit-codes.ts";
import { sameFile, writeAtomically } from "./write-atomically.ts";
import { writeOutput } from "./write-output.ts";

/** What `briefing import` is asked to do. */
export interface ImportRequest {
	/** The file to import, or "-" for standard input. */
	input: string;
	/** The file to write the note to, or undefined to print it. */
	output?: string | undefined;
	/** Whether an existing output file may be replaced. */
	force: boolean;
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
 * each number left out of the figures (with where and why).
 */
export function importReport(draft: Draft, input: string, text: string): string {
	const lines = new LineIndex(text);
	const layout = draft.layout === "repost" ? "a WeChat repost" : "a PDF's first page";
	const width = [...draft.found, ...draft.empty].reduce(
		(widest, finding) => Math.max(widest, finding.field.length),
		0,
	);
	return [
		`briefing import: read ${input} as ${layout}: note ${draft.note.id}, ${draft.note.figures.length} figures`,
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

/**
 * `briefing import FILE|-`: drafts a note from a broker note's raw text and prints it as JSON, or
 * writes it to `--output` (never over an existing file without `--force`). The report goes to
 * standard error. Resolves with the exit code.
 */
export async function importFile(request: ImportRequest): Promise<number> {
	const { input, output, force } = request;
	const name = fileName(input);
	if (output !== undefined && input !== "-" && sameFile(input, output)) {
		throw new BriefingError(
			`${fileName(output)}: is the file being imported; write the note to another file`,
			exitCodes.cantCreate,
		);
	}
	if (output !== undefined && !force && existsSync(output)) {
		throw new BriefingError(`${fileName(output)}: exists; use --force to replace it`, exitCodes.cantCreate);
	}
	const text = sanitizeText(decodeInput(await readInput(input), name));
	const sourceText = output !== undefined && input !== "-" ? sourceTextFor(output, input) : undefined;
	const draft = draftNote(text, name, sourceText === undefined ? {} : { sourceText });
	const json = `${JSON.stringify(draft.note, null, 2)}\n`;
	if (output !== undefined) await writeAtomically(output, json, force);
	const unlinked =
		output !== undefined && input !== "-" && sourceText === undefined
			? `\n  note: source.text left out: ${name} is outside the note's folder and a sources folder beside it; copy it there to link the note to its text`
			: "";
	process.stderr.write(`${importReport(draft, name, text)}${unlinked}\n`);
	return output === undefined ? writeOutput(process.stdout, json) : exitCodes.ok;
}
