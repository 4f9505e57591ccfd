import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Bar } from "../../source/document/blocks.ts";
import { barLengths } from "../../source/layout/bars.ts";

const bars = (...values: number[]): Bar[] => values.map((value) => ({ label: "", value, display: "" }));

describe("barLengths: linear", () => {
	it("makes the longest bar fill the cells and the others proportional", () => {
		expect(barLengths(bars(10, 5, 2.5), 40, "linear")).toEqual([40, 20, 10]);
		expect(barLengths(bars(3, 1), 9, "linear")).toEqual([9, 3]);
	});

	it("gives zero and negative values no bar", () => {
		expect(barLengths(bars(10, 0, -5), 20, "linear")).toEqual([20, 0, 0]);
		expect(barLengths(bars(0, 0), 20, "linear")).toEqual([0, 0]);
		expect(barLengths(bars(-1, -2), 20, "linear")).toEqual([0, 0]);
	});

	it("keeps a tiny positive value visible", () => {
		expect(barLengths(bars(1_000_000, 1), 30, "linear")).toEqual([30, 1]);
	});
});

describe("barLengths: log", () => {
	it("makes every tenfold step the same length", () => {
		const lengths = barLengths(bars(1, 10, 100, 1000), 40, "log");
		expect(lengths).toEqual([10, 20, 30, 40]);
		const steps = barLengths(bars(5e3, 5e4, 5e5, 5e6, 5e7), 50, "log");
		const differences = steps.slice(1).map((length, index) => length - (steps[index] ?? 0));
		expect(new Set(differences).size).toBe(1);
	});

	it("fills the cells with the largest value and keeps the smallest visible", () => {
		const lengths = barLengths(bars(0.001, 1e9), 10, "log");
		expect(lengths[1]).toBe(10);
		expect(lengths[0]).toBeGreaterThanOrEqual(1);
	});

	it("gives zero and negative values no bar, and all-zero charts none at all", () => {
		expect(barLengths(bars(100, 0, -3), 20, "log")).toEqual([20, 0, 0]);
		expect(barLengths(bars(0, 0), 20, "log")).toEqual([0, 0]);
	});

	it("draws equal values as full bars", () => {
		expect(barLengths(bars(7, 7), 12, "log")).toEqual([12, 12]);
	});
});

describe("barLengths: properties", () => {
	const value = fc.double({ min: 1e-6, max: 1e12, noNaN: true });

	it.each(["linear", "log"] as const)(
		"%s: positive values get 1 to cells, the largest all of it, larger never shorter",
		(scale) => {
			fc.assert(
				fc.property(
					fc.array(value, { minLength: 1, maxLength: 8 }),
					fc.integer({ min: 1, max: 200 }),
					(values, cells) => {
						const lengths = barLengths(bars(...values), cells, scale);
						expect(lengths).toHaveLength(values.length);
						for (const length of lengths) {
							expect(Number.isInteger(length)).toBe(true);
							expect(length).toBeGreaterThanOrEqual(1);
							expect(length).toBeLessThanOrEqual(cells);
						}
						expect(lengths[values.indexOf(Math.max(...values))]).toBe(cells);
						values.forEach((a, i) => {
							values.forEach((b, j) => {
								if (a < b) expect(lengths[i]).toBeLessThanOrEqual(lengths[j] ?? 0);
							});
						});
					},
				),
			);
		},
	);
});
