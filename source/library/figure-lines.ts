import { formatAttribution, formatPeriod } from "../document/format-figure.ts";
import { localize } from "../document/language.ts";
import type { Note } from "../note/schema.ts";
import type { NoteLine } from "./search-library.ts";

/**
 * Returns a line for each key figure of a note, as `briefing search --figures` looks at them: its
 * label and value as written (both languages), unit, period and source, joined by ` · `.
 */
export function figureLines(note: Note): NoteLine[] {
	return note.figures.map((figure) => ({
		section: "figures",
		text: [
			localize(figure.label, "both"),
			localize(figure.display, "both"),
			figure.unit,
			formatPeriod(figure),
			formatAttribution(figure.attribution, "both"),
		]
			.filter((part) => part.trim() !== "")
			.join(" · ")
			.replaceAll("\n", " "),
	}));
}
