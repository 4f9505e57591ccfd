import type { Section } from "../document/blocks.ts";
import { blockTexts } from "../library/search-library.ts";
import { paragraphHolding } from "./original/quote-lines.ts";
import type { BlockPlace } from "./pane-content.ts";

// The first line of a list item as drawn: its number or bullet.
const itemStart = /^\s*(\d+\.|•) /u;

/**
 * Returns the text of the paragraph at a line of a pane, as the note writes it (not as wrapped): the
 * block drawn on that line (or the first one below it, headings skipped) — a paragraph, the item of
 * a list, a table or fields block whole — or, in the original text, its paragraph (line) holding
 * that drawn line. Undefined when nothing but headings and blank lines lie from there on.
 */
export function paragraphAt(
	section: Section | undefined,
	places: readonly BlockPlace[],
	line: number,
	original: string | undefined,
): string | undefined {
	const texts = places.filter((place) => !place.heading && place.lines.length > 0);
	const place =
		texts.find((candidate) => candidate.lines.some((at) => at.line === line)) ??
		texts
			.filter((candidate) => (candidate.lines[0]?.line ?? -1) >= line)
			.sort((a, b) => (a.lines[0]?.line ?? 0) - (b.lines[0]?.line ?? 0))[0];
	if (place === undefined) return undefined;
	const from = Math.max(line, place.lines[0]?.line ?? 0);
	if (place.block === -1) {
		const drawn = place.lines.find((at) => at.line >= from && at.text.trim() !== "")?.text ?? "";
		return original === undefined ? undefined : paragraphHolding(original, drawn);
	}
	const block = section?.blocks[place.block];
	if (block === undefined) return undefined;
	const parts = blockTexts(block);
	if (block.kind !== "list") return parts.join("\n") || undefined;
	// The item drawn on the line: count the items begun up to it.
	const begun = place.lines.filter((at) => at.line <= from && itemStart.test(at.text)).length;
	return parts[Math.max(0, begun - 1)];
}
