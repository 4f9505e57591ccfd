import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findFigures } from "../../source/import/figures.ts";
import { foldText } from "../../source/import/fold.ts";
import type { Figure } from "../../source/note/schema.ts";

// Random sentences built from subject, period, amount, unit, qualifier and change fragments, with
// what each fragment means; every figure drafted from them must agree with how they were built.

const subjects = [
	{ words: "营收", unit: "CNY", written: "元" },
	{ words: "归母净利润", unit: "CNY", written: "元" },
	{ words: "毛利率", unit: "%", written: "%" },
	{ words: "出货量", unit: "units", written: "台" },
	{ words: "门诊量", unit: "人次", written: "人次" },
] as const;

const periods = [
	["2024年", "2024"],
	["2025 年", "2025"],
	["2025年一季度", "2025Q1"],
	["2024年第三季度", "2024Q3"],
	["25Q2", "2025Q2"],
	["2Q25", "2025Q2"],
	["1Q24", "2024Q1"],
	["2025年上半年", "2025H1"],
	["25H1", "2025H1"],
	["2025年前三季度", "2025Q1-Q3"],
	["CY24Q1", "CY24Q1"],
	["2025年1-9月", "2025Q1-Q3"],
	["2025年1—6月", "2025H1"],
	["25年4-6月", "2025Q2"],
	["2024年1-10月", "2024-01/2024-10"],
	["2024 年 1 至 11 月", "2024-01/2024-11"],
] as const;

type Change = NonNullable<Figure["change"]>;
const changes: [(size: string) => string, (size: number) => Change][] = [
	[(size) => `同比增长${size}%`, (size) => ({ value: size, unit: "%", basis: "yoy" })],
	[(size) => `同比下降${size}%`, (size) => ({ value: -size, unit: "%", basis: "yoy" })],
	[(size) => `同减${size}%`, (size) => ({ value: -size, unit: "%", basis: "yoy" })],
	[(size) => `环比增长${size}%`, (size) => ({ value: size, unit: "%", basis: "qoq" })],
	[(size) => `yoy-${size}%`, (size) => ({ value: -size, unit: "%", basis: "yoy" })],
];
// 环比 is against the period before: a quarter's is qoq, a month's mom; a year's or a half year's names
// no period, and is left out (the figure stays, without it).
const sequentialOf = (change: Change, period: string | undefined): { change?: Change } => {
	if (change.basis !== "qoq") return { change };
	if (/Q[1-4]$/u.test(period ?? "")) return { change };
	if (/^\d{4}-\d{2}$/u.test(period ?? "")) return { change: { ...change, basis: "mom" } };
	return {};
};
const qualifiers = [
	["", undefined],
	["约", "about"],
	["超", "more-than"],
	["近", "nearly"],
	["达", undefined],
] as const;
const magnitudes = [
	["", 0],
	["万", 4],
	["亿", 8],
] as const;

const clause = fc.record({
	subject: fc.nat(subjects.length - 1),
	period: fc.option(fc.nat(periods.length - 1), { nil: undefined }),
	integer: fc.integer({ min: 1, max: 9999 }),
	fraction: fc.stringMatching(/^\d{0,2}$/),
	magnitude: fc.nat(magnitudes.length - 1),
	qualifier: fc.nat(qualifiers.length - 1),
	change: fc.option(
		fc.record({
			kind: fc.nat(changes.length - 1),
			// After the value (…亿元,同比增长5%), in brackets ((+5%)), or before it (同比增长5%至…亿元).
			// Or paired with a second change (…亿元,同/环比+5%/-3%), or approximate (同比增长约5%): no
			// figure can hold either.
			place: fc.constantFrom("after", "bracket", "before", "paired", "approximate"),
			size: fc.integer({ min: 1, max: 300 }),
		}),
		{
			nil: undefined,
		},
	),
	spaced: fc.boolean(),
	comparison: fc.boolean(),
	// The high end of a range (3.10-3.85亿元), as a number written before the magnitude.
	high: fc.option(fc.integer({ min: 1, max: 99999 }), { nil: undefined }),
	dash: fc.constantFrom("-", "~", "至"),
});

const sentence = fc.record({
	leading: fc.option(fc.nat(periods.length - 1), { nil: undefined }),
	clauses: fc.array(clause, { minLength: 1, maxLength: 4 }),
	joiners: fc.array(fc.constantFrom(",", ";", ", "), { minLength: 4, maxLength: 4 }),
	source: fc.constantFrom("", "据公司公告,", "根据IDC,", "我们测算,"),
	traditional: fc.boolean(),
});

const toTraditional = (text: string) =>
	text.replace(
		/[营亿万约为长净润门诊减较]/gu,
		(character) => "營億萬約為長淨潤門診減較"["营亿万约为长净润门诊减较".indexOf(character)] as string,
	);

interface Built {
	text: string;
	/** Each clause's number as written, with the figure it must make (or that it must make none). */
	truths: { written: string; figure?: Partial<Figure> }[];
}

type Spec = typeof sentence extends fc.Arbitrary<infer T> ? T : never;

function build(spec: Spec): Built {
	let text = spec.source;
	const truths: Built["truths"] = [];
	let leading = spec.leading === undefined ? undefined : periods[spec.leading];
	if (leading !== undefined) text += `${leading[0]},`;
	let earlierOwn = false;
	spec.clauses.forEach((part, index) => {
		const subject = subjects[part.subject] as (typeof subjects)[number];
		const [magnitudeWord, exponent] =
			subject.unit === "%" ? magnitudes[0] : (magnitudes[part.magnitude] as (typeof magnitudes)[number]);
		const number = `${part.integer}${part.fraction === "" ? "" : `.${part.fraction}`}`;
		const gap = part.spaced ? " " : "";
		const low = Number(`${part.integer}${part.fraction}e${exponent - part.fraction.length}`);
		const high = part.high === undefined ? undefined : Number(`${part.high}e${exponent}`);
		const ranged = high !== undefined && high > low;
		const written = `${number}${ranged ? `${part.dash}${part.high}` : ""}${gap}${magnitudeWord}${subject.written}`;
		if (truths.some((truth) => truth.written === written)) return;
		const period = part.period === undefined ? undefined : periods[part.period];
		// A sentence's first clause that starts with its period governs the sentence, as a leading period does.
		if (index === 0 && leading === undefined && period !== undefined) leading = period;
		const [qualifierWord, qualifier] = qualifiers[part.qualifier] as (typeof qualifiers)[number];
		if (part.comparison && index > 0) {
			// 较2024年的…: a number of the time compared with, never a figure of its own.
			text += `${spec.joiners[index]}较${(period ?? periods[0])[0]}的${written}`;
			truths.push({ written });
			return;
		}
		let said = `${index > 0 ? spec.joiners[index] : ""}${period?.[0] ?? ""}${subject.words}${gap}${qualifierWord}${written}`;
		let change: Change | undefined;
		if (part.change !== undefined) {
			const [words, meaning] = changes[part.change.kind] as (typeof changes)[number];
			const wordsSaid = words(String(part.change.size));
			if (part.change.place === "paired" || part.change.place === "approximate") {
				const size = part.change.size;
				text +=
					part.change.place === "paired" ? `${said},同/环比+${size}%/-3%` : `${said},同比增长约${size}%`;
				if (period !== undefined && !(index === 0 && spec.leading === undefined)) earlierOwn = true;
				truths.push({ written });
				return;
			}
			if (part.change.place === "before" && subject.unit === "%") {
				// 增长5%至30%: a range of growth, or growth to a rate? It must be left out.
				text += `${index > 0 ? spec.joiners[index] : ""}${period?.[0] ?? ""}${subject.words}${wordsSaid}至${written}`;
				if (period !== undefined && !(index === 0 && spec.leading === undefined)) earlierOwn = true;
				if (index === 0 && leading === undefined && period !== undefined) leading = period;
				truths.push({ written });
				return;
			}
			if (part.change.place === "before") {
				// 至达 is not written: 至 already says the value was reached.
				const before = qualifierWord === "达" ? "" : qualifierWord;
				said = `${index > 0 ? spec.joiners[index] : ""}${period?.[0] ?? ""}${subject.words}${wordsSaid}至${before}${written}`;
				change = meaning(part.change.size);
			} else if (part.change.place === "bracket") {
				const sign = meaning(part.change.size).value as number;
				said += `(${sign > 0 ? "+" : "-"}${part.change.size}%)`;
				change = { value: sign, unit: "%" };
			} else {
				said += `,${wordsSaid}`;
				change = meaning(part.change.size);
			}
		}
		text += said;
		const expectedPeriod = period?.[1] ?? (earlierOwn && index > 0 ? undefined : leading?.[1]);
		// Another period after the leading one makes a later clause's period unclear: it gets none.
		if (period !== undefined && !(index === 0 && spec.leading === undefined)) earlierOwn = true;
		truths.push({
			written,
			figure: {
				label: { zh: spec.traditional ? toTraditional(subject.words) : subject.words },
				...(ranged ? { range: { low, high } } : { value: low }),
				unit: subject.unit,
				...(expectedPeriod !== undefined && { period: expectedPeriod }),
				...(change !== undefined && sequentialOf(change, expectedPeriod)),
				...(qualifier !== undefined && { qualifier }),
			},
		});
	});
	text += "。";
	return { text: spec.traditional ? toTraditional(text) : text, truths };
}

describe("figures drafted from random sentences", () => {
	it("agree with how each sentence was built, or are left out; none is wrong", () => {
		let drafted = 0;
		let clauses = 0;
		fc.assert(
			fc.property(sentence, (spec) => {
				const { text, truths } = build(spec);
				const { figures } = findFigures(
					{ original: text, folded: foldText(text) },
					0,
					text.length,
					"青岚证券",
				);
				const fold = (value: string) => foldText(value);
				drafted += figures.length;
				clauses += truths.filter((truth) => truth.figure !== undefined).length;
				for (const { figure } of figures) {
					const display = fold(figure.display.zh ?? "");
					const truth = truths.find((item) => {
						const written = fold(item.written);
						return display.endsWith(written) && !/[\d.]$/u.test(display.slice(0, -written.length));
					});
					expect(
						truth,
						`${text}: a figure from no number of the sentence: ${figure.display.zh}`,
					).toBeDefined();
					expect(truth?.figure, `${text}: ${figure.display.zh} must be left out`).toBeDefined();
					const { label, value, range, unit, period, change, qualifier } = figure;
					expect(
						Object.fromEntries(
							Object.entries({ label, value, range, unit, period, change, qualifier }).filter(
								([, item]) => item !== undefined,
							),
						),
						text,
					).toEqual(truth?.figure);
				}
			}),
			{ numRuns: 1000 },
		);
		// Leaving every number out would pass the check above: most clauses must make their figure.
		expect(drafted / clauses).toBeGreaterThan(0.8);
	});
});
