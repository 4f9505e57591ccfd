import stringWidth from "string-width";
import { expect } from "vitest";
import { type Language, localize } from "../source/document/language.ts";
import type { Note } from "../source/note/schema.ts";

/** A line's text without a trailing "…": what a truncated line keeps of its item. */
const kept = (line: string) => line.replace(/…$/u, "");
/** The number a list's "left out" line gives, or 0 when the list is whole. */
export function leftOut(lines: string[], en: string, zh: string): number {
	const pattern = new RegExp(`\\+(\\d+) more ${en}|另有(\\d+)${zh}`, "u");
	const match = lines.map((line) => pattern.exec(line)).find(Boolean);
	return match ? Number(match[1] ?? match[2]) : 0;
}

/**
 * Checks a brief against the note it was made from: every item the note has is on a line of its own
 * (cut short only at the end, by "…"), or counted in the list's "left out" line; shown items keep
 * the note's order.
 */
export function expectItemsOf(note: Note, language: Language, lines: string[], whole: boolean) {
	const text = lines.join("\n");
	expect(localize(note.title, language).startsWith(kept(lines[0] ?? ""))).toBe(true);
	// At 20 columns the facts line is cut short like any other line; from 40 it holds the date.
	if (note.broker) expect(lines[1]).toContain(localize(note.broker, language).slice(0, 4));
	if (note.reportDate && stringWidth(lines[1] ?? "") >= 40) expect(text).toContain(note.reportDate);
	const headline = localize(note.thesis?.headline, language);
	if (headline !== "")
		expect(lines.some((line) => line !== "" && headline.startsWith(kept(line)))).toBe(true);

	const focus = note.thesis?.points ?? [];
	const focusLines = lines.filter((line) => line.startsWith("› "));
	expect(focusLines.length + leftOut(lines, "focus areas?", "项关注重点")).toBe(focus.length);
	focusLines.forEach((line, index) => {
		expect(localize(focus[index], language).startsWith(kept(line.slice(2)))).toBe(true);
	});

	const figureLines = lines.filter((line) => line.startsWith("• "));
	expect(figureLines.length + leftOut(lines, "figures?", "项数据")).toBe(note.figures.length);
	figureLines.forEach((line, index) => {
		const figure = note.figures[index] as Note["figures"][number];
		// The value as written is never cut; the label gives way first.
		expect(line).toContain(localize(figure.display, language));
		const label = localize(figure.label, language);
		expect(label.startsWith(kept(line.slice(2).split(": ")[0] ?? ""))).toBe(true);
		if (!line.endsWith("…")) {
			if (figure.period) expect(line).toContain(figure.period);
			if (figure.change?.value !== undefined) expect(line).toContain(String(Math.abs(figure.change.value)));
			if (figure.attribution.name) expect(line).toContain(localize(figure.attribution.name, language));
		}
	});

	const riskLines = lines.filter((line) => line.startsWith("! "));
	expect(riskLines.length + leftOut(lines, "risks?", "项风险")).toBe(note.risks.length);
	riskLines.forEach((line, index) => {
		const title = `${index + 1}. ${localize(note.risks[index]?.title, language)}`;
		expect(title.startsWith(kept(line.slice(2)))).toBe(true);
	});

	for (const analyst of note.analysts) {
		expect(text).toContain(localize(analyst.name, language));
		for (const registration of analyst.registrations) expect(text).toContain(registration.number);
	}
	if (note.source?.url) expect(lines).toContain(note.source.url);
	if (whole) {
		for (const [en, zh] of [
			["focus areas?", "项关注重点"],
			["figures?", "项数据"],
			["risks?", "项风险"],
		] as const)
			expect(leftOut(lines, en, zh)).toBe(0);
	}
}
