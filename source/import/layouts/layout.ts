import type { ParsedNote } from "../parsed-note.ts";
import type { SourceText } from "../text-tools.ts";

/** Whether a text is in a layout: yes, or what it lacks, in words for the refusal message. */
export type Detection = { found: true } | { found: false; lacking: string };

/**
 * One layout broker notes come in: how to tell it, how to read it, and why each field it does not
 * find is empty. Adding a layout is adding one module with one of these and listing it in
 * `layouts/index.ts`.
 */
export interface Layout {
	/** The layout's name, as the draft and the tests name it: `repost`, `first-page`, …. */
	name: string;
	/** What the text is, for the report: "a WeChat repost". */
	description: string;
	/** Tells the layout from the text's first lines, folded (see `foldText`). */
	detect(head: string): Detection;
	/** Reads the fields of a text in this layout. */
	parse(text: SourceText): ParsedNote;
	/** Why a field is left empty when the layout does not find it, by field path. */
	reasons: Record<string, string>;
}
