import type { Brief, BriefFigure } from "../document/brief.ts";
import { type BriefList, leftOutText } from "../document/brief-words.ts";
import type { Language } from "../document/language.ts";
import { textWidth, truncate } from "../text/width.ts";
import { wrapText } from "../text/wrap.ts";
import { addressSpan } from "./address.ts";
import { type Line, line, type Tone } from "./line.ts";

/** The most lines a brief takes. */
export const briefLineLimit = 20;

/** A brief cut to fit its lines: the lists keep their first items, and `leftOut` counts the rest. */
export interface FittedBrief {
	brief: Brief;
	leftOut: Record<BriefList, number>;
}

const prefixes: Record<BriefList, string> = { focus: "› ", figures: "• ", risks: "! " };

const analystText = (analyst: Brief["analysts"][number]) =>
	[analyst.name, ...analyst.registrations].join(" ");

/** Returns the analysts of a brief as one text: `Xie Chunsheng SAC S0570519080006 SFC BQZ938 · Peng Gang …`. */
export function analystsText(brief: Brief): string {
	return brief.analysts.map(analystText).join(" · ");
}

/** Lays out the analysts, breaking a line between two analysts rather than inside one where it can. */
function analystsLines(brief: Brief, width: number): string[] {
	const lines: string[] = [];
	for (const text of brief.analysts.map(analystText)) {
		const last = lines.at(-1);
		if (last !== undefined && textWidth(`${last} · ${text}`) <= width)
			lines[lines.length - 1] = `${last} · ${text}`;
		else lines.push(...wrapText(text, width));
	}
	return lines;
}

/** Returns a figure's cells after its label: `~500B · 2024 · +35% yoy · The Information`. */
export function figureFacts(figure: BriefFigure): string {
	return [figure.value, figure.period, figure.change, figure.source].filter(Boolean).join(" · ");
}

function upTo(lines: string[], width: number, most: number, tone?: Tone): Line[] {
	const kept = lines.slice(0, most);
	if (lines.length > most) kept[most - 1] = truncate(`${kept[most - 1]} ${lines[most]}`, width);
	return kept.map((part) => line(part, tone));
}

/**
 * Lays out the lines of a brief that are not its lists. The analysts wrap rather than being cut short
 * (a registration number cut is wrong), into every line the brief can spare after one line for each
 * list (its items or what it left out); only past that is the last one cut.
 */
function fixedLines(
	brief: Brief,
	width: number,
	limit: number,
	lists: number,
): { top: Line[]; bottom: Line[] } {
	const one = (text: string | undefined, tone?: Tone): Line[] =>
		text === undefined || text === "" ? [] : [line(truncate(text, width), tone)];
	const top = [
		...one(brief.title, "heading"),
		...one(brief.facts.join(" · "), "dim"),
		...(brief.notice === undefined ? [] : upTo(wrapText(brief.notice, width), width, 2, "dim")),
		...one(brief.headline, "subheading"),
	];
	const address = brief.address === undefined ? [] : [[addressSpan(brief.address, width, "link")]];
	const spare = Math.max(1, limit - top.length - address.length - lists);
	const analysts = brief.analysts.length === 0 ? [] : upTo(analystsLines(brief, width), width, spare);
	return { top, bottom: [...analysts, ...address] };
}

/**
 * Cuts a brief's lists so that it takes at most `limit` lines at `width` columns. The rule: while the
 * brief is too long, the list showing the most items gives up its last one (on a tie risks first,
 * then focus areas, figures last), and a cut list takes one line to say how many it left out.
 */
export function fitBrief(brief: Brief, width: number, limit = briefLineLimit): FittedBrief {
	const lists = [brief.focus, brief.figures, brief.risks].filter((list) => list.length > 0).length;
	const { top, bottom } = fixedLines(brief, width, limit, lists);
	const counts: Record<BriefList, number> = {
		focus: brief.focus.length,
		figures: brief.figures.length,
		risks: brief.risks.length,
	};
	const shown = { ...counts };
	const order: BriefList[] = ["risks", "focus", "figures"];
	const cost = () =>
		top.length +
		bottom.length +
		order.reduce((sum, list) => sum + shown[list] + (shown[list] < counts[list] ? 1 : 0), 0);
	while (cost() > limit) {
		const list = order.reduce((most, next) => (shown[next] > shown[most] ? next : most));
		if (shown[list] === 0) break;
		shown[list] -= 1;
	}
	return {
		brief: {
			...brief,
			focus: brief.focus.slice(0, shown.focus),
			figures: brief.figures.slice(0, shown.figures),
			risks: brief.risks.slice(0, shown.risks),
		},
		leftOut: {
			focus: counts.focus - shown.focus,
			figures: counts.figures - shown.figures,
			risks: counts.risks - shown.risks,
		},
	};
}

function figureLine(figure: BriefFigure, width: number): Line {
	const prefix = prefixes.figures;
	const rest = [figure.period, figure.change, figure.source].filter(Boolean).join(" · ");
	const tail = rest === "" ? "" : ` · ${rest}`;
	const room = width - textWidth(prefix) - 2;
	// The value as written stays whole; the label gives way first (to 10 columns), then the tail.
	const labelRoom = Math.max(
		// One column is kept for a "…" that says the tail was cut.
		Math.min(textWidth(figure.label), 10, room - textWidth(figure.value) - (tail === "" ? 0 : 1)),
		room - textWidth(figure.value) - textWidth(tail),
	);
	if (labelRoom < 2) return line(truncate(`${prefix}${figure.label}: ${figureFacts(figure)}`, width));
	const label = truncate(figure.label, labelRoom);
	const left = room - textWidth(label) - textWidth(figure.value);
	return [
		{ text: `${prefix}${label}: ` },
		{ text: `${figure.value}${left >= 1 ? truncate(tail, left) : ""}`, tone: "number" },
	];
}

/** Lays out a fitted brief as lines no wider than `width` columns (the width it was fitted for). */
export function briefLines(
	fitted: FittedBrief,
	width: number,
	language: Language,
	limit = briefLineLimit,
): Line[] {
	const { brief, leftOut } = fitted;
	const lists = (["focus", "figures", "risks"] as const).filter(
		(name) => brief[name].length + leftOut[name] > 0,
	).length;
	const { top, bottom } = fixedLines(brief, width, limit, lists);
	const list = (name: BriefList, items: Line[]): Line[] => [
		...items,
		...(leftOut[name] === 0
			? []
			: [line(truncate(leftOutText(name, leftOut[name], language), width), "dim")]),
	];
	const item = (name: BriefList, text: string) => line(truncate(`${prefixes[name]}${text}`, width));
	return [
		...top,
		...list(
			"focus",
			brief.focus.map((text) => item("focus", text)),
		),
		...list(
			"figures",
			brief.figures.map((figure) => figureLine(figure, width)),
		),
		...list(
			"risks",
			brief.risks.map((text) => item("risks", text)),
		),
		...bottom,
	];
}
