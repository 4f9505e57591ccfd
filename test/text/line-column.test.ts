import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineIndex, lineColumn } from "../../source/text/line-column.ts";

describe("lineColumn", () => {
	it("returns 1-based lines and columns", () => {
		expect(lineColumn("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
		expect(lineColumn("ab\ncd", 2)).toEqual({ line: 1, column: 3 });
		expect(lineColumn("ab\ncd", 3)).toEqual({ line: 2, column: 1 });
		expect(lineColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
		expect(lineColumn("a\n\n\nb", 4)).toEqual({ line: 4, column: 1 });
	});

	it("counts a CRLF as one line break", () => {
		expect(lineColumn("a\r\nbc", 4)).toEqual({ line: 2, column: 2 });
	});

	it("counts an astral character as one column", () => {
		expect(lineColumn("😀x", 2)).toEqual({ line: 1, column: 2 });
		expect(lineColumn("中😀x", 3)).toEqual({ line: 1, column: 3 });
	});
});

describe("LineIndex", () => {
	// What a reader counts, the slow way: lines before the offset, characters since the last newline.
	const reference = (text: string, offset: number) => {
		const lines = text.slice(0, offset).split("\n");
		return { line: lines.length, column: [...(lines.at(-1) as string)].length + 1 };
	};

	it("places every offset where a reader counts it, in any text", () => {
		const parts = fc.constantFrom("a", "中", "😀", "𠀀", "\n", "\r\n", "é", " ");
		fc.assert(
			fc.property(fc.array(parts, { maxLength: 60 }), (pieces) => {
				const text = pieces.join("");
				const lines = new LineIndex(text);
				// Offsets at the start of each character (not inside a surrogate pair), and the end.
				let offset = 0;
				for (const character of [...text, ""]) {
					expect(lines.at(offset)).toEqual(reference(text, offset));
					offset += character.length;
				}
			}),
			{ numRuns: 300 },
		);
		expect(new LineIndex("标题😀\nab\r\n\n𠀀中x").place(14)).toBe("4:4");
	});
});
