import { type SectionId, sectionIds } from "../document/blocks.ts";
import { type Language, nextLanguage } from "../document/language.ts";
import type { Command } from "./keymap.ts";
import { type BlockPlace, headerCover, rowOnScreen, type StickyHeader, topShowing } from "./pane-content.ts";
import type { Match } from "./search.ts";
import { wordsFor } from "./ui-words.ts";

/** Everything the reader remembers between key presses. The view is a function of this and the note. */
export interface ViewState {
	/** The pane shown, by its section. */
	section: SectionId;
	/** The top line shown, for each pane. */
	scroll: Record<SectionId, number>;
	/** The breakdown's pillar tab, when its pillars do not fit side by side. */
	tab: number;
	/** The selected figure in the Key numbers pane. */
	figure: number;
	language: Language;
	/** The search: its query, whether it is being typed, and the current match. */
	search: { query: string; editing: boolean; match: number };
	/** A message for the status line, cleared by the next key. */
	status: string | undefined;
}

/** What the view looks like now, as far as moving around in it goes; computed by the app per frame. */
export interface ViewFacts {
	/** Lines in the current pane. */
	lineCount: number;
	/** Lines of the current pane that fit on the screen. */
	viewport: number;
	/** The current pane's figure rows, where it has a figure table. */
	figureRows: readonly { start: number; end: number }[] | undefined;
	/** The figure table's header, which stays on screen while its rows scroll (none for cards). */
	tableHeader?: StickyHeader | undefined;
	/** Where each block of the current pane was drawn. */
	places: readonly BlockPlace[];
	/** Pillar tabs of the breakdown; 0 when they show side by side. */
	tabCount: number;
	matches: readonly Match[];
}

/** An input to the reducer: a command from the keymap, or text typed into the search line. */
export type Action =
	| { type: "command"; command: Command; input: string }
	| { type: "type"; text: string }
	| { type: "erase" }
	| { type: "submit" }
	/** Go to match `index` (as when a library search result is opened at its place). */
	| { type: "match"; index: number }
	| { type: "status"; text: string }
	/** Scroll the pane by lines (the mouse wheel), whatever is selected. */
	| { type: "scroll"; by: number }
	/** Select figure `index` of the Key numbers table (a click on its row). */
	| { type: "figure"; index: number };

/** Returns the state a reader starts in. */
export function initialState(language: Language): ViewState {
	return {
		section: "thesis",
		scroll: { thesis: 0, breakdown: 0, figures: 0, risks: 0, analysts: 0, source: 0 },
		tab: 0,
		figure: 0,
		language,
		search: { query: "", editing: false, match: 0 },
		status: undefined,
	};
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));

/** The lines (or rows) half a page moves: half the viewport, at least one. */
export const halfPage = (viewport: number) => Math.max(1, Math.ceil(viewport / 2));

function scrollTo(state: ViewState, top: number, facts: ViewFacts): ViewState {
	const scroll = {
		...state.scroll,
		[state.section]: clamp(top, 0, Math.max(0, facts.lineCount - facts.viewport)),
	};
	return { ...state, scroll };
}

function scrollBy(state: ViewState, by: number, facts: ViewFacts): ViewState {
	return scrollTo(state, state.scroll[state.section] + by, facts);
}

/** Scrolls the least needed to show lines start…end-1 of the current pane (below a table header that stays). */
function reveal(state: ViewState, start: number, end: number, facts: ViewFacts): ViewState {
	const top = state.scroll[state.section];
	const header = facts.tableHeader;
	if (start < top + headerCover(header, top)) return scrollTo(state, topShowing(start, header), facts);
	if (end > top + facts.viewport) {
		const bottom = end - facts.viewport;
		const fits = start >= bottom + headerCover(header, bottom);
		return scrollTo(state, fits ? bottom : topShowing(start, header), facts);
	}
	return state;
}

function selectFigure(state: ViewState, figure: number, facts: ViewFacts): ViewState {
	const row = facts.figureRows?.[figure];
	if (row === undefined) return state;
	// Keep the table's header in view while the first figure is selected.
	return reveal({ ...state, figure }, figure === 0 ? 0 : row.start, row.end, facts);
}

function rowVisible(state: ViewState, facts: ViewFacts): boolean {
	const row = facts.figureRows?.[state.figure];
	const top = state.scroll[state.section];
	return rowOnScreen(row, top, facts.viewport, facts.tableHeader) && (row?.end ?? 0) <= top + facts.viewport;
}

/** Returns the index of a state's pane among the sections. */
export function paneIndex(state: ViewState): number {
	return sectionIds.indexOf(state.section);
}

function goToPane(state: ViewState, pane: number): ViewState {
	const count = sectionIds.length;
	return { ...state, section: sectionIds[(pane + count) % count] ?? state.section };
}

function goToMatch(state: ViewState, index: number, facts: ViewFacts): ViewState {
	const count = facts.matches.length;
	if (count === 0)
		return { ...state, status: state.search.query === "" ? undefined : wordsFor(state.language).noMatches };
	const match = (index + count) % count;
	const found = facts.matches[match];
	if (found === undefined) return state;
	const section = sectionIds[found.pane] ?? state.section;
	// The pane changed, so its own line count is not known here: put the match a third of the way down,
	// and let the reader clamp the scroll to the pane's length.
	const scroll = { ...state.scroll, [section]: Math.max(0, found.line - Math.floor(facts.viewport / 3)) };
	return { ...state, section, tab: found.tab, scroll, search: { ...state.search, match } };
}

/** Returns the first match at or after the top of the current pane, or the first of all. */
function firstMatchFromHere(state: ViewState, facts: ViewFacts): number {
	const top = state.scroll[state.section];
	const index = facts.matches.findIndex(
		(match) => match.pane > paneIndex(state) || (match.pane === paneIndex(state) && match.line >= top),
	);
	return index === -1 ? 0 : index;
}

function command(state: ViewState, name: Command, input: string, facts: ViewFacts): ViewState {
	const inFigures = facts.figureRows !== undefined && facts.figureRows.length > 0;
	switch (name) {
		case "nextPane":
			return goToPane(state, paneIndex(state) + 1);
		case "previousPane":
			return goToPane(state, paneIndex(state) - 1);
		case "jumpPane":
			return goToPane(state, Number(input) - 1);
		case "down":
		case "up": {
			// In the Key numbers pane the arrows move the selection while its row is on screen, and
			// scroll past the table (to the charts) from the last figure.
			const step = name === "down" ? 1 : -1;
			const next = state.figure + step;
			const count = facts.figureRows?.length ?? 0;
			if (inFigures && next >= 0 && next < count && rowVisible(state, facts))
				return selectFigure(state, next, facts);
			return scrollBy(state, step, facts);
		}
		case "pageDown":
			return scrollBy(state, Math.max(1, facts.viewport - 1), facts);
		case "pageUp":
			return scrollBy(state, -Math.max(1, facts.viewport - 1), facts);
		case "halfPageDown":
		case "halfPageUp":
			return scrollBy(state, (name === "halfPageDown" ? 1 : -1) * halfPage(facts.viewport), facts);
		case "lineDown":
		case "lineUp":
			// Scrolls the text whatever is selected (as Ctrl-E and Ctrl-Y do in less and vim).
			return scrollBy(state, name === "lineDown" ? 1 : -1, facts);
		case "top":
			return inFigures ? selectFigure(scrollTo(state, 0, facts), 0, facts) : scrollTo(state, 0, facts);
		case "bottom":
			return scrollTo(state, facts.lineCount, facts);
		case "nextTab":
		case "previousTab": {
			if (facts.tabCount === 0) return state;
			const tab = (state.tab + (name === "nextTab" ? 1 : -1) + facts.tabCount) % facts.tabCount;
			return scrollTo({ ...state, tab }, 0, facts);
		}
		case "search":
			return { ...state, search: { query: "", editing: true, match: 0 } };
		case "nextMatch":
			return goToMatch(state, state.search.match + 1, facts);
		case "previousMatch":
			return goToMatch(state, state.search.match - 1, facts);
		case "language": {
			const next = nextLanguage(state.language);
			// The reader keeps each pane's place (see reader-state's keepPlace) and the selected figure.
			return { ...state, language: next };
		}
		case "close":
			return { ...state, search: { query: "", editing: false, match: 0 } };
		case "help":
		case "filter":
		case "sort":
		case "previousNote":
		case "nextNote":
		case "copy":
		case "open":
		case "type":
		case "erase":
		case "submit":
		case "quit":
		case "back":
		case "suspend":
		case "wheel":
		case "click":
		case "context":
		case "pager":
		case "copyText":
			return state;
	}
}

/**
 * The reader's reducer: returns the state after an action, given the facts of the view it acts on.
 * Pure, so every key's effect can be tested without drawing anything.
 */
export function reduce(state: ViewState, action: Action, facts: ViewFacts): ViewState {
	const cleared = { ...state, status: undefined };
	switch (action.type) {
		case "command":
			return command(cleared, action.command, action.input, facts);
		case "type":
			return { ...cleared, search: { ...state.search, query: state.search.query + action.text, match: 0 } };
		case "erase":
			return {
				...cleared,
				search: { ...state.search, query: [...state.search.query].slice(0, -1).join(""), match: 0 },
			};
		case "submit": {
			const submitted = { ...cleared, search: { ...state.search, editing: false } };
			return facts.matches.length === 0
				? {
						...submitted,
						status:
							state.search.query === ""
								? undefined
								: wordsFor(state.language).noMatchesFor(state.search.query),
					}
				: goToMatch(submitted, firstMatchFromHere(state, facts), facts);
		}
		case "match":
			return goToMatch({ ...cleared, search: { ...state.search, editing: false } }, action.index, facts);
		case "status":
			return { ...state, status: action.text };
		case "scroll":
			return scrollBy(cleared, action.by, facts);
		case "figure":
			return selectFigure(cleared, action.index, facts);
	}
}
