// A minimal valid note, built fresh for every test so that tests can break it without sharing state.
// Mixed Chinese and English on purpose: the bundled notes are bilingual.

type Path = readonly (string | number)[];

/** Returns a new minimal note that passes the schema. */
export function minimalNote(): Record<string, unknown> {
	return {
		id: "example-2025-01-02-widgets",
		language: "zh",
		title: { zh: "小部件：需求稳健", en: "Widgets: demand holds up" },
		broker: { en: "Example Research" },
		sector: { zh: "工业" },
		reportDate: "2025-01-02",
		source: { channel: { zh: "客户邮件", en: "Client email" } },
		companies: [{ name: { en: "Widget Co" }, tickers: ["WDGT"] }],
		thesis: {
			headline: { zh: "订单持续增长", en: "Orders keep growing" },
			summary: { en: "Widget orders grew again this quarter." },
			points: [{ en: "Orders" }],
		},
		breakdown: [
			{ id: "orders", title: { en: "Orders" }, headline: { en: "Up again" }, body: { en: "Orders rose." } },
		],
		figures: [
			{
				id: "orders",
				label: { zh: "订单", en: "Orders" },
				value: 1200,
				unit: "orders",
				display: { en: "1,200" },
				period: "4Q24",
				change: { value: 12, unit: "%", basis: "qoq" },
				attribution: { kind: "filings" },
				pillar: "orders",
				quote: "订单1200张，环比+12%",
			},
		],
		charts: [
			{ id: "orders", title: { en: "Orders" }, measure: "value", scale: "linear", figures: ["orders"] },
		],
		risks: [{ title: { en: "Demand may slow" } }],
		analysts: [{ name: { en: "A. Analyst" }, role: { en: "Analyst" }, registrations: [] }],
		contacts: [],
		related: [],
		disclaimer: { en: "This is an example. It is not advice." },
	};
}

/** Marks a field to delete in {@link noteWith}. */
export const remove = Symbol("remove");

/** Replaces (or removes, with {@link remove}) the value at `path` in a note, and returns the note. */
export function setAt(note: Record<string, unknown>, path: Path, value: unknown): Record<string, unknown> {
	let parent: Record<string | number, unknown> = note;
	for (const key of path.slice(0, -1)) {
		parent = parent[key] as Record<string | number, unknown>;
	}
	const last = path.at(-1);
	if (last === undefined) throw new Error("empty path");
	if (value === remove) delete parent[last];
	else parent[last] = value;
	return note;
}

/** Returns a minimal note with the value at `path` replaced (or removed, with {@link remove}). */
export function noteWith(path: Path, value: unknown): Record<string, unknown> {
	return setAt(minimalNote(), path, value);
}
