import { it } from "vitest";
import { findFigures } from "../../source/import/figures.ts";
import { foldText } from "../../source/import/fold.ts";
it("probe", () => {
	for (const text of (process.env.PROBE ?? "").split("\n")) {
		const r = findFigures({ original: text, folded: foldText(text) }, 0, text.length, "青岚证券");
		console.log(`\n### ${text}`);
		for (const s of r.skipped) console.log("   left out:", s.text, "—", s.reason);
	}
});
