import type { ChalkInstance } from "chalk";
import { buildBrief } from "../document/brief.ts";
import { digestHeader } from "../document/brief-words.ts";
import { fitBrief } from "../layout/brief-lines.ts";
import type { LoadedNote } from "../load/load-notes.ts";
import { briefData, renderBriefsMarkdown, renderBriefsText } from "../render/render-brief.ts";
import { chalkFor } from "./chalk-for.ts";
import { exitCodes } from "./exit-codes.ts";
import type { Format, Options } from "./options.ts";
import { writeOutput } from "./write-output.ts";

/**
 * Returns notes in brief (at most 20 lines each at the width) in a format. A digest (`window` given:
 * the --since and --until dates, either may be undefined) starts with a header line that counts the
 * notes and names the dates they span; its JSON is `{count, from, to, notes}`, a lone brief's JSON the
 * brief itself, several briefs' an array.
 */
export function printBriefs(
	notes: readonly LoadedNote[],
	options: Pick<Options, "language" | "width"> & { format: Format },
	chalk: ChalkInstance | undefined,
	window?: { since: string | undefined; until: string | undefined },
): string {
	const { language, width, format } = options;
	const briefs = notes.map(({ note }) => fitBrief(buildBrief(note, language), width));
	const dates = notes.flatMap(({ note }) => (note.reportDate === undefined ? [] : [note.reportDate])).sort();
	const from = window?.since ?? dates[0];
	const to = window?.until ?? dates.at(-1);
	if (format === "json") {
		const values = briefs.map(briefData);
		const data =
			window === undefined
				? values.length === 1
					? values[0]
					: values
				: { count: values.length, from: from ?? null, to: to ?? null, notes: values };
		return `${JSON.stringify(data, null, 2)}\n`;
	}
	const header = window === undefined ? undefined : digestHeader(notes.length, from, to, language);
	if (format === "markdown") return renderBriefsMarkdown(briefs, { language, ...(header && { header }) });
	return renderBriefsText(briefs, { width, language, ...(header && { header }) }, chalk);
}

/**
 * Writes notes in brief to standard output (see {@link printBriefs}) and resolves with the exit
 * code. Like list, an empty digest is exit 1: as text it prints nothing, as JSON a count of 0.
 */
export async function writeBriefs(
	notes: readonly LoadedNote[],
	options: Pick<Options, "language" | "width" | "format">,
	colorLevel: 0 | 1 | 2 | 3,
	window?: { since: string | undefined; until: string | undefined },
): Promise<number> {
	const format = options.format ?? "text";
	const text = printBriefs(notes, { ...options, format }, await chalkFor(colorLevel), window);
	if (notes.length > 0) return writeOutput(process.stdout, text);
	const code = format === "json" ? await writeOutput(process.stdout, text) : exitCodes.ok;
	return code === exitCodes.ok ? exitCodes.noMatch : code;
}
