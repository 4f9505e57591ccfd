import { splitGraphemes, textWidth } from "./width.ts";

// Punctuation that must not begin a line, and that which must not end one (CJK line-breaking rules).
const noLineStart = new Set([..."，。、；：！？）》」』】〕〉”’,.;:!?)]}%…·－"]);
const noLineEnd = new Set([..."（《「『【〔〈“‘([{"]);

/**
 * Splits a line into the pieces between which it may break: a run of Latin letters and digits stays
 * one piece, each wide (CJK) character is a piece of its own, and spaces are pieces that may vanish
 * at a break. Closing punctuation sticks to the piece before it, opening punctuation to the one after.
 */
function pieces(line: string): string[] {
	const result: string[] = [];
	let glueNext = false;
	for (const character of splitGraphemes(line)) {
		const last = result.at(-1);
		const isSpace = character === " ";
		const lastIsSpace = last === undefined || last.endsWith(" ");
		const isWide = textWidth(character) > 1;
		const lastIsWide = last !== undefined && textWidth(last.at(-1) ?? "") > 1;
		const attach =
			last !== undefined &&
			!isSpace &&
			!lastIsSpace &&
			(glueNext || noLineStart.has(character) || (!isWide && !lastIsWide));
		if (attach) result[result.length - 1] = last + character;
		else result.push(character);
		glueNext = noLineEnd.has(character);
	}
	return result;
}

function hardBreak(piece: string, width: number): string[] {
	const lines: string[] = [];
	let current = "";
	for (const character of splitGraphemes(piece)) {
		if (current !== "" && textWidth(current + character) > width) {
			lines.push(current);
			current = "";
		}
		current += character;
	}
	return [...lines, current];
}

function wrapLine(line: string, width: number): string[] {
	const lines: string[] = [];
	let current = "";
	for (const piece of pieces(line)) {
		if (textWidth(current + piece) <= width) {
			current += piece;
			continue;
		}
		if (piece === " ") {
			lines.push(current);
			current = "";
			continue;
		}
		if (current.trim() !== "") lines.push(current.trimEnd());
		current = "";
		const parts = textWidth(piece) > width ? hardBreak(piece, width) : [piece];
		lines.push(...parts.slice(0, -1));
		current = parts.at(-1) ?? "";
	}
	lines.push(current.trimEnd());
	return lines;
}

/**
 * Wraps text to a width in terminal columns, breaking between words and between CJK characters,
 * never inside a Latin word unless the word alone is wider than the line. Newlines in the text start
 * new lines. No returned line is wider than `width` (at least 2, the width of one CJK character).
 */
export function wrapText(text: string, width: number): string[] {
	const columns = Math.max(2, Math.floor(width));
	return text.split("\n").flatMap((line) => wrapLine(line, columns));
}
