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
	it("places offsets as lineColumn does, over one scan of the text", () => {
		const text = "标题😀\nab\r\n\n𠀀中x";
		const lines = new LineIndex(text);
		for (let offset = 0; offset <= text.length; offset += 1) {
			expect(lines.at(offset)).toEqual(lineColumn(text, offset));
		}
		expect(lines.place(text.length)).toBe("4:4");
	});
});
