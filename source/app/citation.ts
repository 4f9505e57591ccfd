import { formatAttribution, formatPeriod } from "../document/format-figure.ts";
import { type Language, localize } from "../document/language.ts";
import type { Figure, Note } from "../note/schema.ts";

/**
 * Returns a figure as a reader would cite it, in a language (English by default, falling back to
 * the note's other language where it has none; `both` gives both, `en / zh`):
 * `MAI-1 parameters: ~500B — The Information, via Huatai Securities, 2024-05-07: “MAI-1拥有大约5000亿参数”`,
 * in Chinese `MAI-1参数: 约5000亿 — The Information，经华泰证券，2024-05-07：“MAI-1拥有大约5000亿参数”`.
 * A broker or report date the note does not give is left out; the quote is always as the note has it.
 */
export function citation(figure: Figure, note: Note, language: Language = "en"): string {
	const chinese = language === "zh";
	const broker = localize(note.broker, language);
	const attribution = formatAttribution(figure.attribution, language);
	const who =
		figure.attribution.kind === "broker" && broker !== ""
			? broker
			: [attribution, broker].filter(Boolean).join(chinese ? "，经" : ", via ");
	const period = formatPeriod(figure, language);
	const value = `${localize(figure.display, language)}${period ? ` (${period})` : ""}`;
	const source = [who, note.reportDate].filter(Boolean).join(chinese ? "，" : ", ");
	return `${localize(figure.label, language)}: ${value} — ${source}${chinese ? "：" : ": "}“${figure.quote}”`;
}

/**
 * Returns the quote box's source line (without its dash): whose number it is, then the note's broker
 * and report date — `The Information · Huatai Securities 2024-05-07`. The broker's own figure names
 * the broker once (`Huatai Securities 2024-05-07`), as `citation` does; what the note lacks is left out.
 */
export function quoteSource(figure: Figure, note: Note, language: Language): string {
	const broker = localize(note.broker, language);
	const attribution =
		figure.attribution.kind === "broker" && broker !== ""
			? ""
			: formatAttribution(figure.attribution, language);
	return [attribution, [broker, note.reportDate ?? ""].filter(Boolean).join(" ")].filter(Boolean).join(" · ");
}
