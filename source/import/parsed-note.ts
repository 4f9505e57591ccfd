import type { z } from "zod";
import type { analystSchema, Note } from "../note/schema.ts";
import type { Range } from "./segments.ts";

/** A value the importer read, with the offset in the text it was read at. */
export interface Found<T> {
	value: T;
	offset: number;
}

/** An analyst the importer read, with the offset of their name. */
export interface FoundAnalyst {
	offset: number;
	analyst: z.infer<typeof analystSchema>;
}

/** A pillar of the argument: its heading's two parts and its body's paragraphs. */
export interface FoundPillar {
	title: Found<string>;
	headline: Found<string>;
	body: Range[];
}

/** What a layout's parser read from a note's text, before figures are found and the note is drafted. */
export interface ParsedNote {
	/** The name of the layout that read it (see `layouts/`). */
	layout: string;
	title?: Found<string>;
	broker?: Found<string>;
	sector?: Found<string>;
	reportDate?: Found<string>;
	repostDate?: Found<string>;
	channel?: Found<string>;
	compiledBy?: Found<string>;
	url?: Found<string>;
	excerptOf?: Found<string>;
	rating?: Found<string>;
	targetPrice?: Found<NonNullable<Note["targetPrice"]>>;
	companies: Found<Note["companies"][number]>[];
	headline?: Found<string>;
	summary: Range[];
	points: Found<string>[];
	pillars: FoundPillar[];
	risks: Found<Note["risks"][number]>[];
	analysts: FoundAnalyst[];
	contacts: Found<Note["contacts"][number]>[];
	related: Found<Note["related"][number]>[];
	disclaimer?: Found<string>;
	/** What was read but left out of the note, with where and why (a stock table row's target price). */
	skipped: { offset: number; text: string; reason: string }[];
	/** Why a field was left empty, by field path, where the layout's usual reason does not say it. */
	reasons: Record<string, string>;
}

/** Returns a parse of a layout with nothing found yet. */
export function emptyParse(layout: string): ParsedNote {
	return {
		layout,
		companies: [],
		summary: [],
		points: [],
		pillars: [],
		risks: [],
		analysts: [],
		contacts: [],
		related: [],
		skipped: [],
		reasons: {},
	};
}
