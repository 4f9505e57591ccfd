import type { Figure } from "../../note/schema.ts";
import type { AttributionMark } from "../attribution.ts";
import type { TimeExpression } from "../time-expressions.ts";
import type { ChangeToken } from "./tokens.ts";

/** Whose number a figure is. */
export type Attribution = Figure["attribution"];

/** A figure of a sentence, with where its number and quote are (offsets in the sentence). */
export interface SentenceFigure {
	at: number;
	figure: Omit<Figure, "id" | "pillar">;
}

/** A number of a sentence left out, with where it is and why. */
export interface SentenceSkip {
	at: number;
	text: string;
	reason: string;
}

/** A figure being drafted: where its number and quote are in the sentence. */
export interface Drafted {
	at: number;
	/** Where its number (with its unit) ends. */
	end: number;
	quoteStart: number;
	quoteEnd: number;
	figure: Omit<Figure, "id" | "pillar">;
	/** The change bound to it, as found in the sentence. */
	changeToken?: ChangeToken;
}

/** The sentence as the importer reads it, and what has been read of it. */
export interface Reading {
	sentence: string;
	original: string;
	times: TimeExpression[];
	/** The times of `times` that name no year (一季度, 1-9月, 9月), in order. */
	yearless: TimeExpression[];
	/** periodsBefore[i]: how many of the first i times name a period or day of the figures. */
	periodsBefore: number[];
	marks: AttributionMark[];
	leading: TimeExpression | undefined;
	broker: string | undefined;
	lastNamed: Attribution | undefined;
	figures: Drafted[];
	skipped: SentenceSkip[];
	/** The periods the sentence's last list was paired with (2025-2027年…分别为), for a list after it that says 对应. */
	listPeriods?: TimeExpression[];
	/** Where the part of the sentence being read starts: after its last semicolon. */
	segmentStart: number;
}

// How far before a number its label, qualifier and estimate words are looked for: a scan stays linear.
export const lookBack = 80;

/** Records a number left out, with its text and why. */
export function skip(reading: Reading, start: number, end: number, reason: string) {
	reading.skipped.push({ at: start, text: reading.original.slice(start, end).trim(), reason });
}
