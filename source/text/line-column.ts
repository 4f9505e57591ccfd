/**
 * Finds where offsets into one text are, as a reader counts: the line and the column, both from 1,
 * the column in characters (code points, so a character outside the BMP is one). An offset is a
 * UTF-16 index, as JavaScript's string methods give it. Each lookup is a binary search over the
 * line starts, found once.
 */
export class LineIndex {
	readonly #text: string;
	readonly #starts: number[] = [0];

	constructor(text: string) {
		this.#text = text;
		for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) {
			this.#starts.push(index + 1);
		}
	}

	/** Returns the line and column of an offset. */
	at(offset: number): { line: number; column: number } {
		let low = 0;
		let high = this.#starts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if ((this.#starts[middle] as number) <= offset) low = middle;
			else high = middle - 1;
		}
		let column = 1;
		for (let index = this.#starts[low] as number; index < offset; index += 1) {
			const code = this.#text.charCodeAt(index);
			// A low surrogate after a high one is the second half of the same character.
			const second = code >= 0xdc00 && code <= 0xdfff && index > 0 && isHighSurrogate(this.#text, index - 1);
			if (!second) column += 1;
		}
		return { line: low + 1, column };
	}

	/** Returns `line:column` of an offset, as a message shows it after a file's name. */
	place(offset: number): string {
		const { line, column } = this.at(offset);
		return `${line}:${column}`;
	}
}

function isHighSurrogate(text: string, index: number): boolean {
	const code = text.charCodeAt(index);
	return code >= 0xd800 && code <= 0xdbff;
}

/** Returns the line and column of one offset into a text (see {@link LineIndex}). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
	return new LineIndex(text).at(offset);
}
