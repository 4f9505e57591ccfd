import { describe, expect, it } from "vitest";
import { findFigures } from "../../source/import/figures.ts";
import { foldText } from "../../source/import/fold.ts";
import type { Figure } from "../../source/note/schema.ts";

// What the figure-kind tests compare: each figure of a paragraph in the note format's fields, the
// numbers left out as written, and each figure's quote with its display; and the runner of their tables.

export type Facts = Partial<
	Pick<Figure, "value" | "range" | "unit" | "period" | "change" | "qualifier" | "estimate"> & {
		label: string;
		source: string;
	}
>;

export function read(text: string) {
	const { figures, skipped } = findFigures(
		{ original: text, folded: foldText(text) },
		0,
		text.length,
		"青岚证券",
	);
	return {
		figures: figures.map(({ figure }) => {
			const { label, value, range, unit, period, change, qualifier, estimate, attribution } = figure;
			const source = attribution.kind === "broker" ? "broker" : `${attribution.kind}:${attribution.name?.zh}`;
			return Object.fromEntries(
				Object.entries({
					label: label.zh,
					value,
					range,
					unit,
					period,
					change,
					qualifier,
					estimate,
					source,
				}).filter(([, item]) => item !== undefined),
			);
		}),
		skipped: skipped.map((number) => number.text),
		quotes: figures.map(({ figure }) => [figure.quote, figure.display.zh]),
	};
}

export const yoy = (value: number) => ({ value, unit: "%", basis: "yoy" }) as const;

/** Kinds of failure, each with its cases: a paragraph, the figures it must give, the numbers it must leave out. */
export type Kinds = Record<string, [string, Facts[], string[]][]>;

/** Checks each case of each kind: exactly these figures and left-out numbers, and quotes that are the text's own. */
export function describeKinds(kinds: Kinds): void {
	describe.each(Object.entries(kinds))("%s", (_, cases) => {
		it.each(cases)("%s", (text, figures, skipped) => {
			const result = read(text);
			expect(result.figures).toEqual(figures);
			expect(result.skipped).toEqual(skipped);
			for (const [quote, display] of result.quotes) {
				expect(text).toContain(quote);
				expect(quote).toContain(display);
			}
		});
	});
}
