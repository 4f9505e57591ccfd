/**
 * Finds where offsets into one text are, as a reader counts: the line and the column, both from 1,
 * the column in characters (code points, so a character outside the BMP is one). An offset is a
 * UTF-16 index, as JavaScript's string methods give it. Each lookup is a binary search over the
 * line starts and the surrogate pairs, found once, so a report of thousands of places in a text of
 * tens of megabytes on one line stays fast.
 */
export class LineIndex {
	readonly #starts: number[] = [0];
	// Where the second half of each surrogate pair is: a character there adds no column.
	readonly #pairEnds: number[] = [];

	constructor(text: string) {
		for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) {
			this.#starts.push(index + 1);
		}
		for (const match of text.matchAll(/[\u{10000}-\u{10ffff}]/gu)) this.#pairEnds.push(match.index + 1);
	}

	/** Returns the line and column of an offset. */
	at(offset: number): { line: number; column: number } {
		const line = countAtMost(this.#starts, offset);
		const start = this.#starts[line - 1] as number;
		const halves = countAtMost(this.#pairEnds, offset - 1) - countAtMost(this.#pairEnds, start - 1);
		return { line, column: offset - start - halves + 1 };
	}

	/** Returns `line:column` of an offset, as a message shows it after a file's name. */
	place(offset: number): string {
		const { line, column } = this.at(offset);
		return `${line}:${column}`;
	}
}

/** Returns how many of the sorted numbers are at most `value` (a binary search). */
function countAtMost(sorted: readonly number[], value: number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if ((sorted[middle] as number) <= value) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** Returns the line and column of one offset into a text (see {@link LineIndex}). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
	return new LineIndex(text).at(offset);
}
