import type { TextItem } from "./text-item.ts";

/**
 * Drops the second drawing of a run drawn twice a fraction of a point apart, which is how a PDF
 * fakes bold type: a run whose text equals a kept run's and whose start lies within a fifth of its
 * font size (at least 1 pt) of it, on the same baseline, is left out. Returns the kept items in
 * their original order.
 */
export function dropDoubledRuns(items: readonly TextItem[]): TextItem[] {
	const kept: TextItem[] = [];
	const byText = new Map<string, TextItem[]>();
	for (const item of items) {
		const same = byText.get(item.str) ?? [];
		const near = Math.max(1, item.height / 5);
		if (same.some((other) => Math.abs(other.x - item.x) <= near && Math.abs(other.y - item.y) <= near)) {
			continue;
		}
		same.push(item);
		byText.set(item.str, same);
		kept.push(item);
	}
	return kept;
}
