import type { Note } from "../note/schema.ts";
import type { Block, BriefingDocument, SectionId } from "./blocks.ts";
import { sectionIds } from "./blocks.ts";
import { buildDocument } from "./build-document.ts";
import { label } from "./labels.ts";
import type { Language } from "./language.ts";

/** A key figure in a brief: the cells of its row in the briefing's figure table ("" where empty). */
export interface BriefFigure {
	label: string;
	value: string;
	period: string;
	change: string;
	source: string;
}

/** An analyst in a brief: the name, and the registration numbers as `SAC S0570519080006`. */
export interface BriefAnalyst {
	name: string;
	registrations: string[];
}

/**
 * A note in brief: a selection of the blocks of its full briefing (all sections, in one language),
 * so nothing can be in a brief that the briefing lacks. Lists hold every item; a layout fits them.
 */
export interface Brief {
	id: string;
	/** The report date, or undefined for an undated note. */
	reportDate: string | undefined;
	title: string;
	/** The header's broker, report date, rating and companies (names with tickers), those the note has. */
	facts: string[];
	/** Said when the note lacks the language asked for. */
	notice: string | undefined;
	headline: string | undefined;
	focus: string[];
	figures: BriefFigure[];
	/** The risks' headings, numbered as in the briefing: `1. …`. */
	risks: string[];
	analysts: BriefAnalyst[];
	address: string | undefined;
}

/** A text on one line: a brief holds one line an item, so a line break in a note's text is a space. */
const oneLine = (text: string) => text.replace(/[ \t]*\n\s*/gu, " ");

function sectionBlocks(document: BriefingDocument, id: SectionId): Block[] {
	return document.sections.find((section) => section.id === id)?.blocks ?? [];
}

/** The ordered list that follows a level-2 heading with the given text. */
function listAfter(blocks: readonly Block[], heading: string): string[] {
	const at = blocks.findIndex(
		(block) => block.kind === "heading" && block.level === 2 && block.text === heading,
	);
	const next = blocks[at + 1];
	return at >= 0 && next?.kind === "list" ? next.items.map(oneLine) : [];
}

function figureRows(blocks: readonly Block[], language: Language): BriefFigure[] {
	const table = blocks.find(
		(block): block is Extract<Block, { kind: "table" }> =>
			block.kind === "table" && block.columns[0] === label("figure", language),
	);
	return (table?.rows ?? []).map((row) => {
		const [label = "", value = "", period = "", change = "", source = ""] = row.map(oneLine);
		return { label, value, period, change, source };
	});
}

function analystsOf(blocks: readonly Block[]): BriefAnalyst[] {
	// Each analyst is a level-2 heading "name · role" followed by their registrations as fields.
	return blocks.flatMap((block, index): BriefAnalyst[] => {
		const next = blocks[index + 1];
		if (block.kind !== "heading" || block.level !== 2 || next?.kind !== "fields") return [];
		return [
			{
				name: oneLine(block.text.split(" · ")[0] ?? block.text),
				registrations: next.rows.map((row) => oneLine(`${row.label} ${row.value}`)),
			},
		];
	});
}

/**
 * Selects a brief from a note's full briefing document (built with every section): the title, the
 * header's broker, date, rating and companies, the thesis headline, the focus areas, the figure
 * table's rows, the risk headings, the analysts with their registrations, and the source address,
 * each on one line (a line break in the note's text is a space).
 */
export function selectBrief(
	note: Pick<Note, "id" | "reportDate">,
	document: BriefingDocument,
	language: Language,
): Brief {
	const wanted = (["broker", "reportDate", "rating", "companies"] as const).map((name) =>
		label(name, language),
	);
	const thesis = sectionBlocks(document, "thesis");
	const first = thesis[0];
	const address = sectionBlocks(document, "source")
		.flatMap((block) => (block.kind === "fields" ? block.rows : []))
		.find((row) => row.label === label("address", language));
	return {
		id: note.id,
		reportDate: note.reportDate,
		title: oneLine(document.title),
		facts: wanted.flatMap((name) =>
			document.header.filter((row) => row.label === name).map((row) => oneLine(row.value)),
		),
		notice: document.notice,
		headline: first?.kind === "heading" && first.level === 1 ? oneLine(first.text) : undefined,
		focus: listAfter(thesis, label("focus", language)),
		figures: figureRows(sectionBlocks(document, "figures"), language),
		risks: sectionBlocks(document, "risks").flatMap((block) =>
			block.kind === "heading" && block.level === 2 ? [oneLine(block.text)] : [],
		),
		analysts: analystsOf(sectionBlocks(document, "analysts")),
		address: address?.value,
	};
}

/** Returns the brief of a note in a language (see selectBrief). */
export function buildBrief(note: Note, language: Language): Brief {
	return selectBrief(
		note,
		buildDocument(note, { language, sections: sectionIds, detail: "summary" }),
		language,
	);
}
