import type { Chart, Localized, Note } from "../note/schema.ts";
import { firstSentence } from "../text/sentences.ts";
import type { Block, BriefingDocument, Section, SectionId } from "./blocks.ts";
import { chartChange, chartValue, formatAttribution, formatChange, formatPeriod } from "./format-figure.ts";
import { type LabelName, label, labels } from "./labels.ts";
import { type Language, localize, versions } from "./language.ts";

/** How much of the fine print to include: the disclaimer's first sentence, or all of it. */
export type Detail = "summary" | "full";

type Builder = (note: Note, language: Language, detail: Detail) => Block[];

function paragraphs(text: Localized | undefined, language: Language): Block[] {
	return versions(text, language).map((version) => ({ kind: "paragraph", text: version }));
}

function list(items: Localized[], language: Language, ordered = false): Block[] {
	return items.length === 0
		? []
		: [{ kind: "list", ordered, items: items.map((item) => localize(item, language)) }];
}

// The first sentence of a text in the note's language, … marking what is cut.
function leadSentence(text: string, language: "en" | "zh"): string {
	const { sentence, cut } = firstSentence(text, language);
	return !cut ? sentence : language === "en" ? `${sentence} …` : `${sentence}…`;
}

/** A line briefing writes where a section has nothing to show. */
function absent(name: LabelName, language: Language): Block {
	return { kind: "paragraph", text: label(name, language), absent: true };
}

function thesis(note: Note, language: Language): Block[] {
	const headline = localize(note.thesis?.headline, language);
	const points = note.thesis?.points ?? [];
	return [
		...(headline === "" ? [] : [{ kind: "heading", level: 1, text: headline } as const]),
		...paragraphs(note.thesis?.summary, language),
		...(points.length > 0
			? [
					{ kind: "heading", level: 2, text: label("focus", language) } as const,
					...list(points, language, true),
				]
			: []),
	];
}

function breakdown(note: Note, language: Language): Block[] {
	return note.breakdown.flatMap((pillar): Block[] => [
		{ kind: "heading", level: 2, text: localize(pillar.title, language) },
		{ kind: "heading", level: 1, text: localize(pillar.headline, language) },
		...paragraphs(pillar.body, language),
		...list(pillar.points ?? [], language),
	]);
}

function chart(note: Note, spec: Chart, language: Language): Block {
	const figures = spec.figures.flatMap((id) => note.figures.filter((figure) => figure.id === id));
	return {
		kind: "chart",
		title: localize(spec.title, language),
		scale: spec.scale,
		unit: spec.measure === "change" ? (figures[0]?.change?.unit ?? "") : (figures[0]?.unit ?? ""),
		bars: figures.map((figure) => ({
			label: localize(figure.label, language),
			...(spec.measure === "change"
				? { value: chartChange(figure.change), display: formatChange(figure.change, language) }
				: { value: chartValue(figure), display: localize(figure.display, language) }),
			figure: note.figures.indexOf(figure),
		})),
	};
}

/** The companies a note rates, with ticker, rating and target price; none when no company has either. */
function companyTable(note: Note, language: Language): Block[] {
	if (!note.companies.some((company) => company.rating !== undefined || company.targetPrice !== undefined))
		return [];
	return [
		{
			kind: "table",
			columns: (["company", "ticker", "rating", "targetPrice"] as const).map((name) => label(name, language)),
			align: ["left", "left", "left", "right"],
			rows: note.companies.map((company) => [
				localize(company.name, language),
				(company.tickers ?? []).join(", "),
				localize(company.rating, language),
				company.targetPrice ? `${company.targetPrice.value} ${company.targetPrice.currency}` : "",
			]),
		},
	];
}

function figures(note: Note, language: Language): Block[] {
	if (note.figures.length === 0) return companyTable(note, language);
	const table: Block = {
		kind: "table",
		figures: true,
		align: ["left", "right", "left", "left", "left"],
		columns: (["figure", "value", "period", "change", "attribution"] as const).map((name) =>
			label(name, language),
		),
		rows: note.figures.map((figure) => [
			localize(figure.label, language),
			localize(figure.display, language),
			formatPeriod(figure, language),
			formatChange(figure.change, language),
			formatAttribution(figure.attribution, language),
		]),
	};
	const quotes: Block = {
		kind: "list",
		ordered: true,
		items: note.figures.map((figure) => `${localize(figure.label, language)}: “${figure.quote}”`),
	};
	return [
		...companyTable(note, language),
		table,
		...(note.charts ?? []).map((spec) => chart(note, spec, language)),
		quotes,
	];
}

function risks(note: Note, language: Language): Block[] {
	return note.risks.flatMap((risk, index): Block[] => [
		{ kind: "heading", level: 2, text: `${index + 1}. ${localize(risk.title, language)}` },
		...paragraphs(risk.body, language),
	]);
}

function analysts(note: Note, language: Language): Block[] {
	const people = note.analysts.flatMap((analyst): Block[] => [
		{
			kind: "heading",
			level: 2,
			text: [localize(analyst.name, language), localize(analyst.role, language)].filter(Boolean).join(" · "),
		},
		{
			kind: "fields",
			rows: analyst.registrations.map((registration) => ({
				label: registration.body,
				value: registration.number,
			})),
		},
	]);
	const portals = note.contacts.map(
		(contact): Block =>
			contact.url === undefined
				? {
						kind: "paragraph",
						text: [contact.name, contact.access]
							.map((text) => localize(text, language))
							.filter(Boolean)
							.join(language === "en" ? ": " : ":"),
					}
				: {
						kind: "link",
						label: localize(contact.name, language),
						url: contact.url,
						...(contact.access && {
							note: `${label("access", language)}: ${localize(contact.access, language)}`,
						}),
					},
	);
	return [
		...people,
		...(portals.length > 0
			? [{ kind: "heading", level: 2, text: label("contacts", language) } as const, ...portals]
			: []),
	];
}

function source(note: Note, language: Language, detail: Detail): Block[] {
	const facts = [
		{ label: label("broker", language), value: localize(note.broker, language) },
		{ label: label("reportDate", language), value: note.reportDate ?? "" },
		{ label: label("repostDate", language), value: note.repostDate ?? "" },
		{ label: label("channel", language), value: localize(note.source?.channel, language) },
		{ label: label("compiledBy", language), value: localize(note.source?.compiledBy, language) },
		{ label: label("excerptOf", language), value: localize(note.source?.excerptOf, language) },
		{ label: label("address", language), value: note.source?.url ?? "", url: note.source?.url },
	]
		.filter((row) => row.value !== "")
		.map(({ url, ...row }) => (url === undefined ? row : { ...row, url }));
	const related = note.related.map((report) => ({
		en: [report.title.en ?? report.title.zh, report.date].filter(Boolean).join(", "),
		zh: [report.title.zh ?? report.title.en, report.date].filter(Boolean).join(" "),
	}));
	const disclaimer = versions(note.disclaimer, language).map((text) =>
		detail === "full" ? text : leadSentence(text, text === note.disclaimer?.en ? "en" : "zh"),
	);
	return [
		...(facts.length > 0 ? [{ kind: "fields", rows: facts } as const] : []),
		...(related.length > 0
			? [{ kind: "heading", level: 2, text: label("related", language) } as const, ...list(related, language)]
			: []),
		...(disclaimer.length > 0
			? [
					{ kind: "heading", level: 2, text: label("disclaimer", language) } as const,
					...disclaimer.map((text): Block => ({ kind: "paragraph", text })),
				]
			: []),
	];
}

const builders: Record<SectionId, Builder> = { thesis, breakdown, figures, risks, analysts, source };

/** What a section says when the note gives nothing for it. */
const nothing: Record<SectionId, LabelName> = {
	thesis: "noThesis",
	breakdown: "noBreakdown",
	figures: "noFigures",
	risks: "noRisks",
	analysts: "noAnalysts",
	source: "noSource",
};

function sectionBlocks(id: SectionId, note: Note, language: Language, detail: Detail): Block[] {
	const blocks = builders[id](note, language, detail);
	return blocks.length > 0 ? blocks : [absent(nothing[id], language)];
}

/**
 * Turns a note into the document every renderer draws: a title, header facts, a notice when the
 * note lacks the language asked for, and the sections asked for, in a language. A section the note
 * gives nothing for says so in one line. With `detail: "summary"` the disclaimer is cut to its first
 * sentence.
 */
export function buildDocument(
	note: Note,
	options: { language: Language; sections: readonly SectionId[]; detail: Detail },
): BriefingDocument {
	const { language, sections, detail } = options;
	const companies = note.companies.map((company) =>
		[localize(company.name, language), ...(company.tickers ?? [])].join(" "),
	);
	const header = [
		{ label: label("broker", language), value: localize(note.broker, language) },
		{ label: label("sector", language), value: localize(note.sector, language) },
		{ label: label("reportDate", language), value: note.reportDate ?? "" },
		{ label: label("companies", language), value: companies.join(", ") },
		{ label: label("rating", language), value: localize(note.rating, language) },
		{
			label: label("targetPrice", language),
			value: note.targetPrice ? `${note.targetPrice.value} ${note.targetPrice.currency}` : "",
		},
	].filter((row) => row.value !== "");
	// A note drafted from Chinese text has no English: a reader who asked for English is told why.
	const notice = language !== "zh" && note.title.en === undefined ? labels.noEnglish.en : undefined;
	return {
		title: localize(note.title, language),
		header,
		...(notice === undefined ? {} : { notice }),
		sections: sections.map(
			(id): Section => ({
				id,
				title: label(id, language),
				blocks: sectionBlocks(id, note, language, detail),
			}),
		),
	};
}
