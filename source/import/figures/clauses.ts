import type { SourceText } from "../text-tools.ts";
import { lastBefore } from "./sorted.ts";

/** A piece of a sentence between commas, semicolons and colons (not inside brackets). */
export interface Piece {
	start: number;
	end: number;
	/** Whether a semicolon (or the sentence's start) comes right before it: a change never binds across one. */
	afterSemicolon: boolean;
}

/**
 * Returns where each sentence of a (folded) paragraph starts: after 。, ! or ?. (A regular
 * expression matching whole sentences would run out of stack on a sentence of many megabytes.)
 */
export function sentenceStarts(paragraph: string): number[] {
	const starts = [0];
	for (let index = 0; index < paragraph.length - 1; index += 1) {
		const character = paragraph[index];
		if (character === "。" || character === "!" || character === "?") starts.push(index + 1);
	}
	return starts;
}

/**
 * Splits a (folded) sentence into its pieces at , ; and : outside brackets (a colon between digits,
 * as in 3:1, does not split). Each piece is a clause or a part of one; a change in a piece that
 * starts with it belongs to the figure of the piece before.
 */
export function splitPieces(sentence: string): Piece[] {
	const pieces: Piece[] = [];
	let depth = 0;
	let start = 0;
	let afterSemicolon = true;
	for (let index = 0; index < sentence.length; index += 1) {
		const character = sentence[index];
		if (character === "(" || character === "《") depth += 1;
		else if ((character === ")" || character === "》") && depth > 0) depth -= 1;
		else if (depth === 0 && (character === "," || character === ";" || character === ":")) {
			// 3:1 and 3,200 are numbers, not two pieces.
			const between = /\d/u.test(sentence[index - 1] ?? "") && /\d/u.test(sentence[index + 1] ?? "");
			if (between && (character === ":" || /^\d{3}(?!\d)/u.test(sentence.slice(index + 1, index + 5))))
				continue;
			pieces.push({ start, end: index, afterSemicolon });
			afterSemicolon = character === ";";
			start = index + 1;
		}
	}
	pieces.push({ start, end: sentence.length, afterSemicolon });
	return pieces;
}

const cjk = /[\u3400-\u9fff]/u;

/**
 * Returns where the words before a number start once a headline before them is cut off: after the
 * last space between a Chinese character and a Chinese character or a digit (季度经营稳健 2Q25年…).
 */
export function afterHeadline(text: string, start: number, end: number): number {
	for (let index = end - 2; index > start; index -= 1) {
		if (
			text[index] === " " &&
			cjk.test(text[index - 1] ?? "") &&
			/[\u3400-\u9fff\d]/u.test(text[index + 1] ?? "")
		)
			return index + 1;
	}
	return start;
}

/**
 * Returns a paragraph with a PDF's line breaks taken out (a wrapped line may split a figure, even
 * 亿美\n元), in its original and folded forms, and a function from an offset in it back to the text.
 */
export function unwrap(text: SourceText, start: number, end: number) {
	const folded = text.folded.slice(start, end);
	if (!folded.includes("\n")) {
		return {
			original: text.original.slice(start, end),
			paragraph: folded,
			offsetOf: (at: number) => start + at,
		};
	}
	// Where each line starts in the text and in the joined paragraph.
	const starts: { start: number; at: number }[] = [];
	let at = 0;
	let joined = 0;
	for (const line of folded.split("\n")) {
		starts.push({ start: joined, at });
		at += line.length + 1;
		joined += line.length;
	}
	const original = text.original.slice(start, end).split("\n").join("");
	const offsetOf = (offset: number) => {
		const line = lastBefore(starts, offset + 1) as { start: number; at: number };
		return start + line.at + offset - line.start;
	};
	return { original, paragraph: folded.split("\n").join(""), offsetOf };
}
