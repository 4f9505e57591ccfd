/**
 * Returns how many items of a list sorted by `start` start before `at`, by binary search: lookups
 * by place stay logarithmic however long a sentence runs.
 */
export function countBefore(list: readonly { start: number }[], at: number): number {
	let low = 0;
	let high = list.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if ((list[middle] as { start: number }).start < at) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** Returns the items of a list sorted by `start` that start in [start, end). */
export function startingIn<T extends { start: number }>(list: readonly T[], start: number, end: number): T[] {
	return list.slice(countBefore(list, start), countBefore(list, end));
}

/** Returns the last item of a list sorted by `start` that starts before `at`, or undefined. */
export function lastBefore<T extends { start: number }>(list: readonly T[], at: number): T | undefined {
	return list[countBefore(list, at) - 1];
}
