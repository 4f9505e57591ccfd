import { formatAttribution, formatPeriod } from "../document/format-figure.ts";
import { localize } from "../document/language.ts";
import type { Figure, Note } from "../note/schema.ts";

/**
 * Returns a figure as a reader would cite it, in English where the note has it:
 * `MAI-1 parameters: ~500B — The Information, via Huatai Securities, 2024-05-07: “MAI-1拥有大约5000亿参数”`.
 * A broker or report date the note does not give is left out.
 */
export function citation(figure: Figure, note: Note): string {
	const broker = localize(note.broker, "en");
	const attribution = formatAttribution(figure.attribution, "en");
	const who =
		figure.attribution.kind === "broker" && broker !== ""
			? broker
			: [attribution, broker].filter(Boolean).join(", via ");
	const period = formatPeriod(figure, "en");
	const value = `${localize(figure.display, "en")}${period ? ` (${period})` : ""}`;
	const source = [who, note.reportDate].filter(Boolean).join(", ");
	return `${localize(figure.label, "en")}: ${value} — ${source}: “${figure.quote}”`;
}

/** Returns the OSC 52 sequence that asks the terminal to put text on the clipboard. */
export function clipboardSequence(text: string): string {
	return `\u001b]52;c;${Buffer.from(text, "utf8").toString("base64")}\u0007`;
}
