import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { label } from "../../source/document/labels.ts";
import type { Language } from "../../source/document/language.ts";
import type { Note } from "../../source/note/schema.ts";
import { expectFits } from "../support/expect-fits.ts";
import { bundledNote, renderApp } from "./render-app.tsx";

afterEach(cleanup);

const plain = (frame: string) => frame.replace(/\u001b\[[0-9;]*m/g, "");
const rated: Note = {
	...bundledNote,
	rating: { en: "Buy", zh: "买入" },
	targetPrice: { value: 45.6, currency: "CNY" },
};

describe("fields (the Source pane's, the Thesis pane's facts) on a narrow screen", () => {
	it.each(["en", "zh", "both"] as const)(
		"never cut a label at 40 columns, in %s",
		async (language: Language) => {
			const app = renderApp({ note: rated, columns: 40, rows: 40, language });
			await app.waitFor((frame) => frame.includes(`[${language.toUpperCase()}]`));
			const thesis = plain(app.frame());
			expectFits(thesis, 40, 40);
			const source = plain(await app.press("6"));
			expectFits(source, 40, 40);
			const names = {
				thesis: ["sector", "companies", "rating", "targetPrice"],
				source: ["broker", "reportDate", "repostDate", "channel", "compiledBy", "excerptOf", "address"],
			} as const;
			for (const [frame, labels] of [
				[thesis, names.thesis],
				[source, names.source],
			] as const)
				for (const name of labels) {
					// Each label is whole: a line of its own with its value under it, or its value beside it.
					const text = label(name, language);
					const lines = frame.split("\n");
					const at = lines.findIndex((line) => line.trim() === text || line.startsWith(` ${text}  `));
					expect(at, `${text} in ${language}`).toBeGreaterThan(2);
					if (lines[at]?.trim() === text)
						expect(lines[at + 1], `the value under ${text}`).toMatch(/^ {3}\S/u);
				}
			// No label cut with … before its value (the title above the tabs and the footer may be cut).
			expect(source.split("\n").slice(3, -1).join("\n")).not.toMatch(/…\s{2}/u);
		},
	);

	it("at 30 columns, asks for a larger terminal in a frame that fits", async () => {
		const app = renderApp({ columns: 30, rows: 12 });
		const frame = await app.waitFor((text) => text.includes("Enlarge the terminal"));
		expectFits(frame, 30, 12);
	});
});
