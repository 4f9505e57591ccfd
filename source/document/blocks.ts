/** The panes of a briefing, in order; also the values of `--section`. */
export const sectionIds = ["thesis", "breakdown", "figures", "risks", "analysts", "source"] as const;

/** One of the panes of a briefing. */
export type SectionId = (typeof sectionIds)[number];

/** A bar of a chart: its label, its length in the chart's units, and its value as the note writes it. */
export interface Bar {
	label: string;
	value: number;
	display: string;
	/** The figure the bar draws, as its index in the note's figures (the reader marks the selected one). */
	figure?: number;
}

/**
 * A piece of a section, drawn the same way by every renderer. Level-2 headings start a group (a
 * pillar of the breakdown, an analyst), which the app may lay out as a column of its own.
 */
export type Block =
	| { kind: "heading"; level: 1 | 2; text: string }
	/** `absent` marks a line briefing writes where the note has nothing: shown dim, never searched. */
	| { kind: "paragraph"; text: string; absent?: true }
	| { kind: "list"; ordered: boolean; items: string[] }
	/**
	 * `figures` marks the key-figure table: one row per figure of the note, in order (the reader
	 * selects them). `align` says, by column, which hold numbers (right-aligned); left when absent.
	 */
	| { kind: "table"; columns: string[]; rows: string[][]; figures?: true; align?: ("left" | "right")[] }
	| { kind: "chart"; title: string; scale: "linear" | "log"; unit: string; bars: Bar[] }
	/** A row whose `url` is set holds that address as its value: drawn on one line, never broken. */
	| { kind: "fields"; rows: { label: string; value: string; url?: string }[] }
	| { kind: "link"; label: string; url: string; note?: string };

/** A titled part of a briefing. */
export interface Section {
	id: SectionId;
	title: string;
	blocks: Block[];
}

/**
 * A note made ready to draw: its title line, the facts of its header, and its sections. `notice`,
 * shown dim under the header, tells a reader who asked for English that the note has none.
 */
export interface BriefingDocument {
	title: string;
	header: { label: string; value: string }[];
	notice?: string;
	sections: Section[];
}
