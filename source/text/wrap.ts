import { characterWidth, graphemesOf, textWidth } from "./width.ts";

// Punctuation that must not begin a line, and that which must not end one (CJK line-breaking rules).
const noLineStart = new Set([..."，。、；：！？）》」』】〕〉”’,.;:!?)]}%…·－"]);
const noLineEnd = new Set([..."（《「『【〔〈“‘([{"]);

const printableAscii = /^[\x20-\x7e]*$/;
const asciiPieces = /[^ ]+| /g;

/**
 * Splits a line into the pieces between which it may break: a run of Latin letters and digits stays
 * one piece, each wide (CJK) character is a piece of its own, and spaces are pieces that may vanish
 * at a break. Closing punctuation sticks to the piece before it, opening punctuation to the one after.
 * A piece is cut from the line once it ends, so a word of millions of characters takes time and
 * memory in step with its length.
 */
export function* pieces(line: string): Generator<{ text: string; width: number }> {
	// Printable ASCII (most English lines) has no wide characters and no CJK rules: a piece is a
	// run of non-spaces or one space, as the general loop below would find.
	if (printableAscii.test(line)) {
		for (const [piece] of line.matchAll(asciiPieces)) yield { text: piece, width: piece.length };
		return;
	}
	let start = 0;
	let end = 0;
	let pieceWidth = 0;
	let lastIsSpace = true;
	let glueNext = false;
	let lastIsWide = false;
	for (const character of graphemesOf(line)) {
		const isSpace = character === " ";
		const width = characterWidth(character);
		const isWide = width > 1;
		const attach =
			end > start &&
			!isSpace &&
			!lastIsSpace &&
			(glueNext || noLineStart.has(character) || (!isWide && !lastIsWide));
		if (!attach) {
			if (end > start) yield { text: line.slice(start, end), width: pieceWidth };
			start = end;
			pieceWidth = 0;
		}
		end += character.length;
		pieceWidth += width;
		lastIsSpace = isSpace;
		glueNext = noLineEnd.has(character);
		lastIsWide = isWide;
	}
	if (end > start) yield { text: line.slice(start, end), width: pieceWidth };
}

/**
 * Breaks a piece wider than the line between its characters. A character wider than the line
 * itself (a letter with several spacing marks, ि ि ि, takes a column for each) is broken between
 * its code points, each counted on its own: never less than the character counted whole.
 */
function hardBreak(piece: string, width: number): string[] {
	const lines: string[] = [];
	// The line being made is piece[start, end): cut from the piece, never built a character at a time.
	let start = 0;
	let end = 0;
	let currentWidth = 0;
	const add = (length: number, columns: number) => {
		if (end > start && currentWidth + columns > width) {
			lines.push(piece.slice(start, end));
			start = end;
			currentWidth = 0;
		}
		end += length;
		currentWidth += columns;
	};
	for (const character of graphemesOf(piece)) {
		const columns = characterWidth(character);
		if (columns <= width) add(character.length, columns);
		else for (const codePoint of character) add(codePoint.length, characterWidth(codePoint));
	}
	lines.push(piece.slice(start, end));
	return lines;
}

function wrapLine(line: string, width: number): string[] {
	// A line that fits is itself, without the spaces at its end, as the loop below would make it.
	if (line.length <= 4 * width && textWidth(line) <= width) return [line.trimEnd()];
	const lines: string[] = [];
	let current = "";
	let currentWidth = 0;
	for (const { text: piece, width: pieceWidth } of pieces(line)) {
		// Spaces left over from a run at a break do not start the next line.
		if (piece === " " && current === "" && lines.length > 0) continue;
		if (currentWidth + pieceWidth <= width) {
			current += piece;
			currentWidth += pieceWidth;
			continue;
		}
		if (piece === " ") {
			lines.push(current);
			current = "";
			currentWidth = 0;
			continue;
		}
		if (current.trim() !== "") lines.push(current.trimEnd());
		const parts = pieceWidth > width ? hardBreak(piece, width) : [piece];
		// One at a time: a word of megabytes breaks into more lines than a call can take arguments.
		for (const part of parts.slice(0, -1)) lines.push(part);
		current = parts.at(-1) ?? "";
		currentWidth = textWidth(current);
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
