import { createHash } from "node:crypto";
import { BriefingError } from "../base/briefing-error.ts";
import type { Figure, Localized, Note } from "../note/schema.ts";
import { bareYuanDoubt, yuanContext } from "./figures/bare-yuan.ts";
import { type FoundFigure, findFiguresIn, type SkippedNumber } from "./figures.ts";
import { detectLayout } from "./layouts/index.ts";
import { normalise } from "./normalise.ts";
import type { Found } from "./parsed-note.ts";
import type { Range } from "./segments.ts";
import type { SourceText } from "./text-tools.ts";

/** One line of the import report: a field found (with where) or left empty (with why). */
export interface Finding {
	field: string;
	/** The offset in the text the value was read at; undefined for a field left empty. */
	offset?: number;
	/** The value as found, or why the field is empty. */
	text: string;
}

/** A drafted note, what was found and left empty, and the numbers left out. */
export interface Draft {
	note: Note;
	/** The name of the layout the text was read in: `repost`, `morning-digest`, `first-page`. */
	layout: string;
	/** What the text was read as, for the report: "a WeChat repost". */
	description: string;
	/** What text extraction had done to the text that was undone first (see `normalise`). */
	repairs: string[];
	/** Offsets in found, empty and skipped are offsets in the input text. */
	found: Finding[];
	empty: Finding[];
	skipped: SkippedNumber[];
}

// Joins a PDF's wrapped lines back into running text: a space only between two Latin words, since
// a line may break anywhere in Chinese, even inside a number ("+3\n5%").
function reflow(text: string): string {
	return text.replace(/[ \t]{0,200}\n[ \t]{0,200}/gu, (gap: string, offset: number, whole: string) =>
		/[A-Za-z]/u.test(whole[offset - 1] ?? "") && /[A-Za-z]/u.test(whole[offset + gap.length] ?? "")
			? " "
			: "",
	);
}

function paragraphs(text: SourceText, ranges: Range[]): string | undefined {
	const joined = ranges
		.map((range) => reflow(text.original.slice(range.start, range.end)).trim())
		.filter(Boolean);
	return joined.length === 0 ? undefined : joined.join("\n\n");
}

function zh(value: string): Localized {
	return { zh: value };
}

function slug(label: string): string {
	const words = label.toLowerCase().match(/[a-z0-9]+(?:[.-][a-z0-9]+)*/gu) ?? [];
	return words.join("-").replaceAll(".", "-").slice(0, 60).replace(/-+$/u, "");
}

function figureIds(figures: FoundFigure[]): string[] {
	const used = new Set<string>();
	const next = new Map<string, number>();
	return figures.map((found, index) => {
		const base = slug(found.figure.label.zh ?? "") || `figure-${index + 1}`;
		let id = base;
		for (let count = next.get(base) ?? 2; used.has(id); count += 1) {
			id = `${base}-${count}`;
			next.set(base, count + 1);
		}
		used.add(id);
		return id;
	});
}

/**
 * Returns `note` with `source.text` set to `text` (the path of its original text, relative to the
 * note), its fields where the note format puts them: `source` before `companies`, `text` after `url`.
 */
export function withSourceText(note: Note, text: string): Note {
	const { channel, compiledBy, url, excerptOf } = note.source ?? {};
	const source = {
		...(channel !== undefined && { channel }),
		...(compiledBy !== undefined && { compiledBy }),
		...(url !== undefined && { url }),
		text,
		...(excerptOf !== undefined && { excerptOf }),
	};
	const entries: [string, unknown][] = Object.entries(note).filter(([key]) => key !== "source");
	entries.splice(
		entries.findIndex(([key]) => key === "companies"),
		0,
		["source", source],
	);
	return Object.fromEntries(entries) as Note;
}

/**
 * Drafts a note from a broker note's raw text, in any layout of `layouts/` (a WeChat repost, a
 * morning digest, a PDF's first page). The text is normalised first (see `normalise`: deletions
 * only, so what is read is still the input's text); everything filled in is read from it (figures
 * with their verbatim quotes); everything not found is left out and listed with the reason. The
 * note is Chinese only: there is no machine translation. Throws a one-line error (exit 65) naming
 * the layouts tried and what each lacked, for text in none of them, or with no title to name the note.
 */
export function draftNote(original: string, file: string): Draft {
	// The layout shows in the first lines: a long text in no layout is refused without reading it all.
	const detected = detectLayout(normalise(original.slice(0, 8000)).folded);
	if ("lacking" in detected) {
		throw new BriefingError(
			`${file}: not a broker note in a layout briefing reads: tried ${detected.lacking}`,
			"invalid-input",
		);
	}
	const normal = normalise(original);
	const text: SourceText = { original: normal.text, folded: normal.folded };
	const { layout } = detected;
	const parsed = layout.parse(text);
	if (parsed.title === undefined) {
		throw new BriefingError(
			`${file}: read as ${layout.description} but found no title; expected ${layout.reasons.title?.replace(/^no /u, "")}`,
			"invalid-input",
		);
	}
	const found: Finding[] = [];
	const empty: Finding[] = [];
	const reasons = { ...layout.reasons, ...parsed.reasons };
	const take = <T>(
		field: string,
		value: Found<T> | undefined,
		show: (value: T) => string = String,
	): T | undefined => {
		if (value === undefined) empty.push({ field, text: reasons[field] ?? "not found" });
		else found.push({ field, offset: value.offset, text: show(value.value) });
		return value?.value;
	};
	const takeAll = <T>(field: string, values: Found<T>[], show: (value: T) => string): T[] => {
		if (values.length === 0) empty.push({ field, text: reasons[field] ?? "not found" });
		values.forEach((value, index) => {
			found.push({ field: `${field}[${index}]`, offset: value.offset, text: show(value.value) });
		});
		return values.map((value) => value.value);
	};
	const localizedText = (value: { zh?: string | undefined }) => value.zh ?? "";

	const title = take("title", parsed.title) as string;
	const broker = take("broker", parsed.broker);
	const sector = take("sector", parsed.sector);
	const reportDate = take("reportDate", parsed.reportDate);
	const repostDate = take("repostDate", parsed.repostDate);
	const channel = take("source.channel", parsed.channel);
	const compiledBy = take("source.compiledBy", parsed.compiledBy);
	const url = take("source.url", parsed.url);
	const excerptOf = take("source.excerptOf", parsed.excerptOf);
	const rating = take("rating", parsed.rating);
	const targetPrice = take("targetPrice", parsed.targetPrice, (price) => `${price.value} ${price.currency}`);
	const companies = takeAll("companies", parsed.companies, (company) =>
		[
			localizedText(company.name),
			...(company.tickers ?? []),
			company.targetPrice ? `${company.targetPrice.value} ${company.targetPrice.currency}` : "",
			company.rating ? localizedText(company.rating) : "",
		]
			.filter(Boolean)
			.join(" "),
	);
	const headline = take("thesis.headline", parsed.headline);
	const summaryText = paragraphs(text, parsed.summary);
	const summary = take(
		"thesis.summary",
		summaryText === undefined
			? undefined
			: { value: summaryText, offset: (parsed.summary[0] as Range).start },
	);
	const points = takeAll("thesis.points", parsed.points, String);

	const pillars = parsed.pillars.map((pillar, index) => ({ id: `pillar-${index + 1}`, pillar }));
	const breakdown = takeAll(
		"breakdown",
		pillars.map(({ id, pillar }) => ({
			value: {
				id,
				title: zh(pillar.title.value),
				headline: zh(pillar.headline.value),
				body: zh(paragraphs(text, pillar.body) ?? pillar.headline.value),
			},
			offset: pillar.title.offset,
		})),
		(pillar) => `${pillar.title.zh}:${pillar.headline.zh}`,
	);

	const skipped: SkippedNumber[] = [...parsed.skipped];
	const drafted: (FoundFigure & { pillar?: string })[] = [];
	const yuan = yuanContext(
		text,
		[
			title,
			excerptOf,
			...(parsed.companies.length === 1 ? (parsed.companies[0]?.value.tickers ?? []) : []),
		].join(" "),
	);
	const scan = (ranges: Range[], pillar?: string) => {
		const result = findFiguresIn(text, ranges, broker);
		for (const figure of result.figures) {
			const doubt = bareYuanDoubt(text, yuan, { offset: figure.offset, ...figure.figure });
			if (doubt !== undefined)
				skipped.push({ offset: figure.offset, text: figure.figure.display.zh ?? "", reason: doubt });
			else drafted.push(pillar === undefined ? figure : { ...figure, pillar });
		}
		for (const number of result.skipped) skipped.push(number);
	};
	scan(parsed.summary);
	for (const { id, pillar } of pillars) scan(pillar.body, id);
	const ids = figureIds(drafted);
	const figures: Figure[] = takeAll(
		"figures",
		drafted.map((figure, index) => ({
			value: {
				id: ids[index] as string,
				...figure.figure,
				...(figure.pillar !== undefined && { pillar: figure.pillar }),
			},
			offset: figure.offset,
		})),
		(figure) =>
			`${figure.label.zh} = ${figure.range ? `${figure.range.low}-${figure.range.high}` : figure.value} ${figure.unit} “${figure.quote}”`,
	);
	empty.push({ field: "charts", text: "charts are chosen by hand from the figures" });
	const risks = takeAll("risks", parsed.risks, (risk) => localizedText(risk.title));
	const analysts = takeAll(
		"analysts",
		parsed.analysts.map((found) => ({ value: found.analyst, offset: found.offset })),
		(analyst) =>
			[
				localizedText(analyst.name),
				analyst.role ? localizedText(analyst.role) : "",
				...analyst.registrations.map((r) => `${r.body} ${r.number}`),
			]
				.filter(Boolean)
				.join(" "),
	);
	const contacts = takeAll("contacts", parsed.contacts, (contact) =>
		[localizedText(contact.name), contact.url ?? ""].join(" ").trim(),
	);
	const related = takeAll("related", parsed.related, (report) =>
		[localizedText(report.title), report.date ?? ""].join(" ").trim(),
	);
	const disclaimer = take("disclaimer", parsed.disclaimer, (value) => value.slice(0, 40));
	empty.push({ field: "English", text: "no machine translation: the note is in Chinese only" });

	const hash = createHash("sha256").update(original).digest("hex").slice(0, 8);
	const inInput = <T extends { offset?: number }>(item: T): T =>
		item.offset === undefined ? item : { ...item, offset: normal.inputOffset(item.offset) };
	const note: Note = {
		id: `${reportDate ?? repostDate ?? "undated"}-${hash}`,
		language: "zh",
		title: zh(title),
		...(broker !== undefined && { broker: zh(broker) }),
		...(sector !== undefined && { sector: zh(sector) }),
		...(reportDate !== undefined && { reportDate }),
		...(repostDate !== undefined && { repostDate }),
		...((channel ?? compiledBy ?? url ?? excerptOf) !== undefined && {
			source: {
				...(channel !== undefined && { channel: zh(channel) }),
				...(compiledBy !== undefined && { compiledBy: zh(compiledBy) }),
				...(url !== undefined && { url }),
				...(excerptOf !== undefined && { excerptOf: zh(excerptOf) }),
			},
		}),
		companies,
		...(rating !== undefined && { rating: zh(rating) }),
		...(targetPrice !== undefined && { targetPrice }),
		...((headline !== undefined || summary !== undefined || points.length > 0) && {
			thesis: {
				...(headline !== undefined && { headline: zh(headline) }),
				...(summary !== undefined && { summary: zh(summary) }),
				...(points.length > 0 && { points: points.map(zh) }),
			},
		}),
		breakdown,
		figures,
		risks,
		analysts,
		contacts,
		related,
		...(disclaimer !== undefined && { disclaimer: zh(disclaimer) }),
	};
	return {
		note,
		layout: layout.name,
		description: layout.description,
		repairs: normal.repairs,
		found: found.map(inInput),
		empty,
		skipped: skipped.map(inInput),
	};
}
