import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findFiguresIn } from "../../source/import/figures.ts";
import { foldText } from "../../source/import/fold.ts";
import { splitParagraphs } from "../../source/import/segments.ts";
import type { Figure } from "../../source/note/schema.ts";

// Random forecast tables built from headers, separators, rows and cells, with what each cell means;
// every figure drafted from them must be the cell's own (its row's label and unit, its column's year,
// the growth row's change), or the cell is left out. A number bound to the wrong year or row fails.

const rows = [
	{
		label: "营业收入(百万元)",
		traditional: "營業收入(百萬元)",
		name: "营业收入",
		unit: "CNY",
		exponent: 6,
		amount: true,
	},
	{
		label: "归母净利润(亿元)",
		traditional: "歸母淨利潤(億元)",
		name: "归母净利润",
		unit: "CNY",
		exponent: 8,
		amount: true,
	},
	{
		label: "营业收入(百万美元)",
		traditional: "營業收入(百萬美元)",
		name: "营业收入",
		unit: "USD",
		exponent: 6,
		amount: true,
	},
	{ label: "EPS(元)", traditional: "EPS(元)", name: "EPS", unit: "CNY/股", exponent: 0, amount: true },
	{ label: "PE(倍)", traditional: "PE(倍)", name: "PE", unit: "x", exponent: 0, amount: false },
	{ label: "PB(x)", traditional: "PB(x)", name: "PB", unit: "x", exponent: 0, amount: false },
	{ label: "毛利率(%)", traditional: "毛利率(%)", name: "毛利率", unit: "%", exponent: 0, amount: false },
	{
		label: "增长率(%)",
		traditional: "增長率(%)",
		name: "",
		unit: "%",
		exponent: 0,
		amount: false,
		growth: true,
	},
	{
		label: "销量(万辆)",
		traditional: "銷量(萬輛)",
		name: "",
		unit: "",
		exponent: 0,
		amount: false,
		unknown: true,
	},
] as const;
const separators = ["\t", " ", "   ", "\u3000", " | "] as const;

const table = fc.record({
	first: fc.integer({ min: 2020, max: 2024 }),
	years: fc.integer({ min: 2, max: 5 }),
	actual: fc.integer({ min: 0, max: 5 }),
	separator: fc.nat(separators.length - 1),
	traditional: fc.boolean(),
	header: fc.constantFrom("", "会计年度", "单位:百万元"),
	rows: fc.array(
		fc.record({
			kind: fc.nat(rows.length - 1),
			cells: fc.array(fc.option(fc.integer({ min: -99_999, max: 999_999 }), { nil: undefined, freq: 6 }), {
				minLength: 5,
				maxLength: 5,
			}),
			short: fc.boolean(),
		}),
		{ minLength: 1, maxLength: 7 },
	),
});

type Spec = typeof table extends fc.Arbitrary<infer T> ? T : never;
type Truth = Pick<Figure, "value" | "unit" | "period" | "change"> & { label: string; estimate?: true };

/** Writes a table and what each of its cells (by offset) means; undefined for a cell to be left out. */
function build(spec: Spec): { text: string; truths: Map<number, Truth | undefined> } {
	const separator = separators[spec.separator] as string;
	const years = Array.from({ length: spec.years }, (_, index) => spec.first + index);
	const suffix = (index: number) => (index < spec.actual ? "A" : "E");
	let text = `${[spec.header, ...years.map((year, index) => `${year}${suffix(index)}`)].filter(Boolean).join(separator)}\n`;
	const truths = new Map<number, Truth | undefined>();
	let above: (Truth | undefined)[] | undefined;
	for (const row of spec.rows) {
		const kind = rows[row.kind] as (typeof rows)[number];
		const count = row.short && spec.years > 2 ? spec.years - 1 : spec.years;
		const cells = row.cells
			.slice(0, count)
			.map((cell) => (cell === undefined ? "-" : (cell / 100).toFixed(2)));
		let line = `${spec.traditional ? kind.traditional : kind.label}`;
		const own: (Truth | undefined)[] = [];
		for (const [index, cell] of cells.entries()) {
			line += separator;
			const at = text.length + line.length;
			line += cell;
			if (cell === "-") {
				own.push(undefined);
				continue;
			}
			const number = Number(cell);
			const readable = count === spec.years && !("unknown" in kind);
			if (!readable) {
				truths.set(at, undefined);
				continue;
			}
			if ("growth" in kind) {
				const figure = above?.[index];
				truths.set(at, undefined);
				if (figure !== undefined) figure.change = { value: number, unit: "%", basis: "yoy" };
				continue;
			}
			const truth: Truth = {
				label: kind.name,
				value: Number(`${cell}e${kind.exponent}`),
				unit: kind.unit,
				period: String(years[index]),
				...(suffix(index) === "E" && { estimate: true as const }),
			};
			truths.set(at, truth);
			own.push(truth);
		}
		text += `${line}\n`;
		// A growth row binds to an amount row above it only: one under a rate, a multiple or a growth
		// row, or under a row left out, is left out; a short row ends nothing, but is no row above.
		if ("growth" in kind) above = undefined;
		else above = kind.amount && count === spec.years && !("unknown" in kind) ? own : undefined;
	}
	return { text, truths };
}

describe("figures drafted from random forecast tables", () => {
	it("are each cell's own, with its row's label and unit, its column's year and its growth, or left out", () => {
		let drafted = 0;
		let cells = 0;
		fc.assert(
			fc.property(table, (spec) => {
				const { text, truths } = build(spec);
				const original = text;
				const folded = foldText(original);
				const { figures } = findFiguresIn(
					{ original, folded },
					splitParagraphs(folded, 0, original.length),
					"青岚证券",
				);
				cells += [...truths.values()].filter((truth) => truth !== undefined).length;
				drafted += figures.length;
				for (const { offset, figure } of figures) {
					expect(truths.has(offset), `${text}: a figure at ${offset} from no cell`).toBe(true);
					const truth = truths.get(offset);
					expect(truth, `${text}: the cell at ${offset} must be left out`).toBeDefined();
					const label = foldText(figure.label.zh ?? "");
					expect(
						{
							label,
							value: figure.value,
							unit: figure.unit,
							period: figure.period,
							...(figure.change !== undefined && { change: figure.change }),
							...(figure.estimate === true && { estimate: true }),
						},
						text,
					).toEqual({ ...truth, label: foldText(truth?.label ?? "") });
				}
			}),
			{ numRuns: 500 },
		);
		// Leaving every cell out would pass the check above: most readable cells must make their figure.
		expect(drafted / cells).toBeGreaterThan(0.95);
	});
});
