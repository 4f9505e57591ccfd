import { describe, expect, it } from "vitest";
import type { BlockPlace } from "../../source/app/pane-content.ts";
import { paragraphAt } from "../../source/app/paragraph.ts";

describe("paragraphAt", () => {
	it("gives the original text's paragraph holding the line, as written, not as wrapped", () => {
		const original = "标题\n据公司财报，CY24Q1 合计资本开支443.5亿美元,\n同增35%。\n风险提示";
		const places: BlockPlace[] = [
			{
				block: -1,
				lines: [
					{ line: 10, offset: 0, text: "标题" },
					{ line: 11, offset: 0, text: "据公司财报，CY24Q1" },
					{ line: 12, offset: 0, text: "合计资本开支443.5亿美元," },
					{ line: 13, offset: 0, text: "同增35%。" },
				],
			},
		];
		expect(paragraphAt(undefined, places, 12, original)).toBe("据公司财报，CY24Q1 合计资本开支443.5亿美元,");
		expect(paragraphAt(undefined, places, 13, original)).toBe("同增35%。");
		// Above the original text, the first paragraph below the line.
		expect(paragraphAt(undefined, places, 3, original)).toBe("标题");
		expect(paragraphAt(undefined, places, 14, original)).toBeUndefined();
	});
});
