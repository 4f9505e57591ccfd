import type { BriefingDocument } from "./blocks.ts";
import { label } from "./labels.ts";
import type { Language } from "./language.ts";

/**
 * Returns a document (built in `language`) whose Thesis section starts with the header's facts that
 * no section shows — sector, companies and tickers, rating, target price; the broker and the report
 * date are in the Source section's facts — as a fields block, so each fact is drawn, and found, on a
 * pane: the reader shows them there, and the library's search finds them there. The document is
 * returned as it is when it has no such fact or no Thesis section.
 */
export function withHeaderFacts(document: BriefingDocument, language: Language): BriefingDocument {
	const shownElsewhere = new Set([label("broker", language), label("reportDate", language)]);
	const rows = document.header.filter((row) => !shownElsewhere.has(row.label));
	if (rows.length === 0) return document;
	return {
		...document,
		sections: document.sections.map((section) =>
			section.id === "thesis"
				? { ...section, blocks: [{ kind: "fields", rows }, ...section.blocks] }
				: section,
		),
	};
}
