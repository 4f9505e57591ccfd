import type { SectionId } from "../document/blocks.ts";
import type { Language } from "../document/language.ts";
import { type Anchor, anchorOf, lineOf } from "./anchor.ts";
import { type FactsOf, type ReaderState, type Step, settle, withOriginal } from "./reader-state.ts";

/** Where the reader was in a note: the note (its file and id), the pane, and the place in it. */
export interface NotePlace {
	/** The note's file, as the library names it (an absolute path when the reader saves it). */
	file: string;
	id: string;
	pane: SectionId;
	/** The breakdown's pillar tab, and the selected figure of Key numbers. */
	tab: number;
	figure: number;
	/** The pane's top line by its content, so the place survives another width or language. */
	anchor: Anchor;
}

/** What the reader remembers from one session to the next: its language and the last note's place. */
export interface Remembered {
	language: Language;
	note?: NotePlace;
}

/** Returns the place of the note on screen in a state, or undefined when no note is open. */
export function placeOf(state: ReaderState, factsOf: FactsOf): NotePlace | undefined {
	const note = state.note;
	const facts = factsOf(state).note;
	if (note === undefined || facts === undefined) return undefined;
	const { section, tab, figure, scroll } = note.view;
	return {
		file: note.loaded.file,
		id: note.loaded.note.id,
		pane: section,
		tab,
		figure,
		anchor: anchorOf(facts.places, scroll[section], facts.lineCount),
	};
}

/**
 * Returns the state with its open note at a remembered place: the pane, pillar tab and figure
 * (each kept within what the note has), the top line found again by its anchor, then settled as
 * any state is (the selected figure on screen); the original text is asked for when the place
 * needs it. A state without a note is returned as it is.
 */
export function resumeAt(state: ReaderState, place: NotePlace, factsOf: FactsOf): Step {
	const note = state.note;
	if (note === undefined) return { state, effects: [] };
	const inPane: ReaderState = { ...state, note: { ...note, view: { ...note.view, section: place.pane } } };
	const facts = factsOf(inPane).note;
	if (facts === undefined) return { state, effects: [] };
	const figures = facts.figureRows?.length ?? 0;
	const view = {
		...note.view,
		section: place.pane,
		tab: Math.min(place.tab, Math.max(0, facts.tabCount - 1)),
		figure: Math.min(place.figure, Math.max(0, figures - 1)),
	};
	const tabbed: ReaderState = { ...state, note: { ...note, view } };
	const laidOut = factsOf(tabbed).note ?? facts;
	const top = lineOf(laidOut.places, place.anchor, laidOut.lineCount);
	const placed: ReaderState = {
		...tabbed,
		note: { ...note, view: { ...view, scroll: { ...view.scroll, [place.pane]: top } } },
	};
	return withOriginal({ state: settle(placed, note.view, factsOf), effects: [] });
}
