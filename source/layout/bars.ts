import type { Bar } from "../document/blocks.ts";

/**
 * Returns each bar's length in cells, out of `cells`, so the longest bar fills them. On a log scale
 * a bar's length grows with the logarithm of its value, measured from one decade below the smallest
 * value, so every bar stays visible and a tenfold step is always the same length.
 */
export function barLengths(bars: readonly Bar[], cells: number, scale: "linear" | "log"): number[] {
	const values = bars.map((bar) => Math.max(0, bar.value));
	if (scale === "log") {
		const positive = values.filter((value) => value > 0);
		if (positive.length === 0) return values.map(() => 0);
		const floor = Math.log10(Math.min(...positive)) - 1;
		const top = Math.log10(Math.max(...positive));
		return values.map((value) =>
			value > 0 ? Math.max(1, Math.round(((Math.log10(value) - floor) / (top - floor)) * cells)) : 0,
		);
	}
	const top = Math.max(...values, 0);
	return values.map((value) =>
		top === 0 ? 0 : Math.max(value > 0 ? 1 : 0, Math.round((value / top) * cells)),
	);
}
