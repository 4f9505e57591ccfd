import type { ChalkInstance } from "chalk";
import { type BriefList, leftOutText } from "../document/brief-words.ts";
import type { Language } from "../document/language.ts";
import { analystsText, briefLines, type FittedBrief, figureFacts } from "../layout/brief-lines.ts";
import { line } from "../layout/line.ts";
import { wrapText } from "../text/wrap.ts";
import { paintLine } from "./paint.ts";
import { escapeMarkdown } from "./render-markdown.ts";

/** Renders fitted briefs as plain text, each under the last after a rule, after a header line if given. */
export function renderBriefsText(
	briefs: readonly FittedBrief[],
	options: { width: number; language: Language; header?: string },
	chalk?: ChalkInstance,
): string {
	const { width, language, header } = options;
	const notes = briefs.map((fitted) =>
		briefLines(fitted, width, language)
			.map((line) => paintLine(line, chalk))
			.join("\n"),
	);
	const head =
		header === undefined
			? []
			: [
					wrapText(header, width)
						.map((part) => paintLine(line(part, "title"), chalk))
						.join("\n"),
				];
	return `${[...head, ...notes].join(`\n\n${"─".repeat(width)}\n\n`)}\n`;
}

function briefMarkdown({ brief, leftOut }: FittedBrief, language: Language): string {
	const more = (list: BriefList, marker: string) =>
		leftOut[list] === 0 ? [] : [`${marker} _${escapeMarkdown(leftOutText(list, leftOut[list], language))}_`];
	// Lines of a group end in two spaces (a Markdown line break); groups are separate paragraphs and
	// lists, each list with its own marker so that Markdown does not run them together.
	const group = (lines: string[]) => lines.join("  \n");
	const groups = [
		group([
			`**${escapeMarkdown(brief.title)}**`,
			...(brief.facts.length === 0 ? [] : [escapeMarkdown(brief.facts.join(" · "))]),
			...(brief.notice === undefined ? [] : [`_${escapeMarkdown(brief.notice)}_`]),
			...(brief.headline === undefined ? [] : [`_${escapeMarkdown(brief.headline)}_`]),
		]),
		[...brief.focus.map((text) => `- ${escapeMarkdown(text)}`), ...more("focus", "-")].join("\n"),
		[
			...brief.figures.map(
				(figure) => `* **${escapeMarkdown(figure.label)}:** ${escapeMarkdown(figureFacts(figure))}`,
			),
			...more("figures", "*"),
		].join("\n"),
		// A risk's heading is already numbered (`1. …`), which Markdown reads as an ordered list.
		[...brief.risks.map(escapeMarkdown), ...more("risks", "+")].join("\n"),
		group([
			...(brief.analysts.length === 0 ? [] : [escapeMarkdown(analystsText(brief))]),
			...(brief.address === undefined ? [] : [`<${brief.address.replace(/[<>\s]/g, encodeURIComponent)}>`]),
		]),
	];
	return groups.filter((text) => text !== "").join("\n\n");
}

/** Renders fitted briefs as Markdown, separated by rules, after a bold header line if given. */
export function renderBriefsMarkdown(
	briefs: readonly FittedBrief[],
	options: { language: Language; header?: string },
): string {
	const head = options.header === undefined ? [] : [`**${escapeMarkdown(options.header)}**`];
	return `${[...head, ...briefs.map((fitted) => briefMarkdown(fitted, options.language))].join("\n\n---\n\n")}\n`;
}

/** Returns a fitted brief as data: what its text shows, and how many items of each list it left out. */
export function briefData({ brief, leftOut }: FittedBrief) {
	return {
		id: brief.id,
		reportDate: brief.reportDate ?? null,
		title: brief.title,
		facts: brief.facts,
		...(brief.notice === undefined ? {} : { notice: brief.notice }),
		headline: brief.headline ?? null,
		focus: brief.focus,
		figures: brief.figures,
		risks: brief.risks,
		analysts: brief.analysts,
		address: brief.address ?? null,
		leftOut,
	};
}
