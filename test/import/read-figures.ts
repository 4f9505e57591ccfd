import { findFigures } from "../../source/import/figures.ts";
import { foldText } from "../../source/import/fold.ts";
import type { Figure } from "../../source/note/schema.ts";

// What the figure-kind tests compare: each figure of a paragraph in the note format's fields, the
// numbers left out as written, and each figure's quote with its display.

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
