import { it } from "vitest";
import { findFiguresIn } from "../../source/import/figures.ts";
import { foldText } from "../../source/import/fold.ts";
import { splitParagraphs } from "../../source/import/segments.ts";
it("probe", () => {
	const text = process.env.PROBE ?? "";
	const folded = foldText(text);
	const r = findFiguresIn({ original: text, folded }, splitParagraphs(folded, 0, text.length), "青岚证券");
	for (const f of r.figures) console.log("   ", f.figure.label.zh, f.figure.value, f.figure.unit, f.figure.period);
	for (const s of r.skipped) console.log("   left out:", s.text, "—", s.reason);
});
