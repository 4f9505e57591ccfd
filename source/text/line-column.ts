/** Finds the line and column of an offset in a text, for the import report. */
export class LineIndex {
	readonly #starts: number[] = [0];

	constructor(text: string) {
		for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) {
			this.#starts.push(index + 1);
		}
	}

	/** Returns `line:column`, both counted from 1, of an offset. */
	place(offset: number): string {
		let low = 0;
		let high = this.#starts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if ((this.#starts[middle] as number) <= offset) low = middle;
			else high = middle - 1;
		}
		return `${low + 1}:${offset - (this.#starts[low] as number) + 1}`;
	}
}
