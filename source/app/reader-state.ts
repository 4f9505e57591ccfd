import { type SectionId, sectionIds } from "../document/blocks.ts";
import { type Language, nextLanguage } from "../document/language.ts";
import type { HeadedNote } from "../library/index/note-head.ts";
import type { LoadedNote } from "../load/load-notes.ts";
import type { SourceTextProblem } from "../load/source-text.ts";
import type { CopyResult } from "../terminal/clipboard.ts";
import type { PagerFailure } from "../terminal/pager.ts";
import { textWidth } from "../text/width.ts";
import { anchorOf, lineOf } from "./anchor.ts";
import { bindingFor, type Command, type Mode } from "./keymap.ts";
import type { KeyName, MouseInput } from "./keys/decode-keys.ts";
import {
	initialLibraryState,
	type LibraryAction,
	type LibraryState,
	reduceLibrary,
	select,
} from "./library/library-state.ts";
import { mouseTarget, type ScreenMap } from "./mouse/screen-map.ts";
import { unreadableLine } from "./original/unreadable-line.ts";
import { lineOnRow, rowOnScreen, topShowing } from "./pane-content.ts";
import { wordsFor } from "./ui-words.ts";
import {
	type Action,
	halfPage,
	initialState,
	paneIndex,
	reduce,
	type ViewFacts,
	type ViewState,
} from "./view-state.ts";

/**
 * The note's original text: not asked for yet, being read, not there (none named, or empty; with the
 * problem when the note names one that cannot be read), or read.
 */
export type OriginalText =
	| { status: "unrequested" }
	| { status: "loading" }
	| { status: "absent"; problem?: SourceTextProblem }
	| { status: "present"; text: string };

/** A figure shown in the note's original text: the figure, and the top line (undefined: at its quote). */
export interface InContext {
	figure: number;
	top: number | undefined;
}

/** The note on screen: the note itself, where the reader is in it, and its original text. */
export interface OpenNote {
	loaded: LoadedNote;
	view: ViewState;
	original: OriginalText;
	/** The selected figure in the original text (`o`), over the note's panes. */
	context?: InContext;
}

/** Where a note opens: at match `match` (counted from 0, in reading order) of a search for `query`. */
export interface OpenAt {
	query: string;
	match: number;
}

/** The smallest terminal the reader draws in; below it, it asks for a larger one. */
export const minimumSize = { columns: 40, rows: 10 };

/** Whether a terminal of this size is below the reader's minimum. */
export function tooSmall(size: { columns: number; rows: number }): boolean {
	return size.columns < minimumSize.columns || size.rows < minimumSize.rows;
}

/** Everything the reader remembers between events; every frame is a function of this. */
export interface ReaderState {
	size: { columns: number; rows: number };
	/** The language the library is shown in and a note opens in. */
	language: Language;
	/** The library's list, filter and search; undefined when the reader was given one note. */
	library: LibraryState | undefined;
	note: OpenNote | undefined;
	/** The help overlay: the mode whose keys it lists, and its top line. */
	help: { mode: Mode; top: number } | undefined;
	/** A message for the library's footer (a copy made or not), cleared by the next key. */
	status?: string;
}

/** What happens to the reader: a key, a new terminal size, a note read, an original text read. */
export type ReaderEvent =
	| { type: "key"; key: KeyName }
	| { type: "mouse"; mouse: MouseInput }
	| { type: "resize"; columns: number; rows: number }
	| { type: "opened"; loaded: LoadedNote; at?: OpenAt }
	| { type: "original"; loaded: LoadedNote; text: string | undefined; problem?: SourceTextProblem }
	/** What came of an effect, for the footer, worded in the language on screen. */
	| { type: "told"; told: Told };

/**
 * What the edge tells of an effect: a copy made or not, a pager that failed, no original text (with
 * why, when the note names one that cannot be read).
 */
export type Told =
	| { kind: "copied"; result: CopyResult; text: string }
	| { kind: "pagerFailed"; failure: PagerFailure }
	| { kind: "noOriginalText"; problem?: SourceTextProblem };

// The footer's right end (the position, " figure 10/10") takes at most this many columns.
const positionWidth = 13;

/**
 * Returns the footer's line for a note without an original text to show: that it has none, or where
 * the one it names is and why it cannot be read, fitted to a terminal `columns` wide.
 */
export function noOriginalLine(
	problem: SourceTextProblem | undefined,
	language: Language,
	columns: number,
): string {
	const room = columns - 2 - positionWidth;
	if (problem !== undefined) return unreadableLine(problem, language, room);
	const words = wordsFor(language);
	return textWidth(words.noOriginalText) <= room ? words.noOriginalText : words.noOriginalTextShort;
}

/** Returns the footer's line for what the edge tells, in the words of a language, on a terminal `columns` wide. */
export function toldLine(told: Told, language: Language, columns: number): string {
	const words = wordsFor(language);
	if (told.kind === "noOriginalText") return noOriginalLine(told.problem, language, columns);
	if (told.kind === "pagerFailed") return words.pagerFailed(told.failure);
	return told.result.copied ? words.copied(told.result.via, told.text) : words.nothingCopied(told.result);
}

/** What the reducer asks the edge (run-app) to do; the results come back as events. */
export type Effect =
	| { type: "quit" }
	| { type: "suspend" }
	| { type: "copy"; text: string }
	| { type: "open"; headed: HeadedNote; at?: OpenAt }
	| { type: "loadOriginal"; loaded: LoadedNote }
	/** Show the note's original text in the pager, at the line of `quote` when given. */
	| { type: "pager"; loaded: LoadedNote; quote: string | undefined };

/** What the reader sees now, as far as moving in it goes; derived from a state by the reader model. */
export interface ReaderFacts {
	library?: {
		rowCount: number;
		resultCount: number;
		viewport: number;
		/** The note of list row `index` (of the filtered list). */
		row: (index: number) => HeadedNote | undefined;
		/** The list row of a note (of the filtered list, in its order), or -1. */
		rowOf: (headed: HeadedNote) => number;
		/** The note and place of search result `index`, and the text of its line. */
		result: (index: number) => { headed: HeadedNote; at: OpenAt; text?: string } | undefined;
	};
	note?: ViewFacts & {
		/** The citation of the selected figure, when the figure table is on screen. */
		citation: string | undefined;
		/** The selected figure (an index into the note's figures), when its row is on screen. */
		figure: number | undefined;
		/** The paragraph at the current search match, else at the top of the pane, as the note writes it. */
		paragraph: string | undefined;
	};
	/**
	 * The original text with a figure in context: its lines, the lines shown, the top one shown; the
	 * figure's citation, and the paragraph at its quote (else at the top line), as `y` and `Y` copy.
	 */
	original?: {
		lineCount: number;
		viewport: number;
		top: number;
		citation: string | undefined;
		paragraph: string | undefined;
	};
	help?: { lineCount: number; viewport: number };
	/** Where what is drawn lies on the screen, for the mouse. */
	screen?: ScreenMap;
}

/** Derives the facts of any state (the reducer asks for those of states it is about to return). */
export type FactsOf = (state: ReaderState) => ReaderFacts;

/** The state and the effects an event leads to. */
export interface Step {
	state: ReaderState;
	effects: Effect[];
}

/**
 * Returns the state the reader starts in: on the library, or (with `note`) on that note; with
 * `libraryRow` too, on that note opened from the library, whose row `libraryRow` is selected.
 */
export function initialReaderState(options: {
	columns: number;
	rows: number;
	language: Language;
	note?: LoadedNote;
	libraryRow?: number;
}): ReaderState {
	const { columns, rows, language, note, libraryRow } = options;
	const library = initialLibraryState();
	return {
		size: { columns, rows },
		language,
		library:
			note === undefined
				? library
				: libraryRow === undefined
					? undefined
					: { ...library, list: { selected: libraryRow, top: libraryRow } },
		note: note === undefined ? undefined : openNote(note, language),
		help: undefined,
	};
}

function openNote(loaded: LoadedNote, language: Language): OpenNote {
	return { loaded, view: initialState(language), original: { status: "unrequested" } };
}

/** Returns the mode the reader's keys are in. */
export function modeOf(state: ReaderState): Mode {
	if (state.help) return "help";
	if (state.note?.context) return "original";
	if (state.note) return state.note.view.search.editing ? "noteInput" : "note";
	if (state.library?.mode === "searching") return "libraryInput";
	if (state.library?.mode === "filtering") return "libraryFilter";
	return state.library?.mode === "results" ? "results" : "list";
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));

const none = (state: ReaderState): Step => ({ state, effects: [] });

/** Asks for the original text when the note needs it (its pane is shown, or a search runs) and has not got it. */
export function withOriginal(step: Step): Step {
	const note = step.state.note;
	if (note === undefined || note.original.status !== "unrequested") return step;
	const wanted =
		note.view.section === "source" ||
		note.view.search.query !== "" ||
		note.view.search.editing ||
		note.context !== undefined;
	if (!wanted) return step;
	return {
		state: { ...step.state, note: { ...note, original: { status: "loading" } } },
		effects: [...step.effects, { type: "loadOriginal", loaded: note.loaded }],
	};
}

function withView(state: ReaderState, note: OpenNote, action: Action, factsOf: FactsOf): Step {
	const facts = factsOf(state).note;
	if (facts === undefined) return none(state);
	const next = { ...state, note: { ...note, view: reduce(note.view, action, facts) } };
	return withOriginal(none(settle(next, note.view, factsOf)));
}

/**
 * Keeps a note's view sound after any change: the scroll within its pane; a search that lands on a
 * figure's row selects that figure; a pane entered shows its selected figure; and the selected figure
 * stays on screen: when scrolling (a page, g, G, a resize) takes its row away, the selection moves to
 * the nearest row on screen. Where no figure row is on screen, nothing is selected for `y` to copy.
 */
export function settle(state: ReaderState, before: ViewState | undefined, factsOf: FactsOf): ReaderState {
	const note = state.note;
	const facts = factsOf(state).note;
	if (note === undefined || facts === undefined) return state;
	let view = note.view;
	const rows = facts.figureRows;
	// Whether a figure's row starts on screen (a row taller than the screen counts when its top is shown).
	const onScreen = (row: { start: number; end: number } | undefined, top: number, viewport: number) =>
		rowOnScreen(row, top, viewport, facts.tableHeader);
	const room = Math.max(0, facts.lineCount - facts.viewport);
	const scrollTo = (top: number) => {
		view = { ...view, scroll: { ...view.scroll, [view.section]: clamp(top, 0, room) } };
	};
	scrollTo(view.scroll[view.section]);
	if (rows && rows.length > 0) {
		const search = view.search;
		const landed =
			search.query !== "" &&
			!search.editing &&
			(before === undefined ||
				before.search.match !== search.match ||
				before.search.query !== search.query ||
				before.search.editing);
		const match = landed ? facts.matches[search.match] : undefined;
		const hit =
			match && match.pane === paneIndex(view)
				? rows.findIndex((row) => match.line >= row.start && match.line < row.end)
				: -1;
		if (hit !== -1) view = { ...view, figure: hit };
		const top = view.scroll[view.section];
		const row = rows[view.figure];
		if (
			(before === undefined || before.section !== view.section || hit !== -1) &&
			row &&
			!onScreen(row, top, facts.viewport)
		) {
			// Keep the table's header in view for the first figure, where it fits.
			scrollTo(view.figure === 0 && row.end <= facts.viewport ? 0 : topShowing(row.start, facts.tableHeader));
		}
		const shownTop = view.scroll[view.section];
		if (!onScreen(rows[view.figure], shownTop, facts.viewport)) {
			const visible = rows.flatMap((candidate, index) =>
				onScreen(candidate, shownTop, facts.viewport) ? [index] : [],
			);
			const nearest = visible.reduce<number | undefined>(
				(best, index) =>
					best === undefined || Math.abs(index - view.figure) < Math.abs(best - view.figure) ? index : best,
				undefined,
			);
			if (nearest !== undefined) view = { ...view, figure: nearest };
		}
	}
	return view === note.view ? state : { ...state, note: { ...note, view } };
}

function backToLibrary(state: ReaderState): Step {
	return none(state.library ? { ...state, note: undefined } : state);
}

/**
 * Keeps every pane's place by its content from one state to another (a new size, a new language):
 * each pane's top line in `after` is the line under the same heading, as far down, as in `before`.
 */
function keepPlace(before: ReaderState, after: ReaderState, factsOf: FactsOf): ReaderState {
	const was = before.note;
	const now = after.note;
	if (was === undefined || now === undefined) return after;
	const inPane = (state: ReaderState, note: OpenNote, section: SectionId) =>
		factsOf({ ...state, note: { ...note, view: { ...note.view, section } } }).note;
	const scroll = { ...now.view.scroll };
	for (const section of sectionIds) {
		const old = inPane(before, was, section);
		const fresh = inPane(after, now, section);
		if (old === undefined || fresh === undefined) continue;
		const anchor = anchorOf(old.places, was.view.scroll[section], old.lineCount);
		const line = lineOf(fresh.places, anchor, fresh.lineCount);
		scroll[section] = clamp(line, 0, Math.max(0, fresh.lineCount - fresh.viewport));
	}
	return { ...after, note: { ...now, view: { ...now.view, scroll } } };
}

/** Returns the note view with a message in its status line. */
function withStatus(state: ReaderState, note: OpenNote, status: string): Step {
	return none({ ...state, note: { ...note, view: { ...note.view, status } } });
}

/**
 * Opens the next (`by` 1) or previous (-1) note of the library without going back to it: the next
 * row of the list, or in search results the first hit of the next note found. The library's selection
 * follows, so going back shows that note's row. At either end the note stays and the footer says so.
 */
function stepNote(state: ReaderState, note: OpenNote, by: 1 | -1, factsOf: FactsOf): Step {
	const library = state.library;
	const facts = factsOf(state).library;
	const words = wordsFor(note.view.language);
	if (library === undefined || facts === undefined) return withStatus(state, note, words.notFromLibrary);
	const end = by === 1 ? words.lastNote : words.firstNote;
	if (library.mode === "results") {
		const current = facts.result(library.results.selected)?.headed;
		let index = library.results.selected + by;
		while (facts.result(index) !== undefined && facts.result(index)?.headed === current) index += by;
		const target = facts.result(index)?.headed;
		if (target === undefined) return withStatus(state, note, end);
		while (facts.result(index - 1)?.headed === target) index -= 1;
		const result = facts.result(index);
		if (result === undefined) return withStatus(state, note, end);
		const results = select(library.results, index, facts.resultCount, facts.viewport);
		return {
			state: { ...state, library: { ...library, results } },
			effects: [{ type: "open", headed: result.headed, at: result.at }],
		};
	}
	const index = library.list.selected + by;
	const headed = facts.row(index);
	if (headed === undefined) return withStatus(state, note, end);
	const list = select(library.list, index, facts.rowCount, facts.viewport);
	return { state: { ...state, library: { ...library, list } }, effects: [{ type: "open", headed }] };
}

/** Says on the footer that the note has no original text, or why the one it names cannot be read. */
function saysNoOriginal(state: ReaderState, note: OpenNote, problem: SourceTextProblem | undefined): Step {
	return withStatus(state, note, noOriginalLine(problem, note.view.language, state.size.columns));
}

/** Opens the selected figure in the original text (`o`), reading the text first when need be. */
function inContext(state: ReaderState, note: OpenNote, factsOf: FactsOf): Step {
	const figure = factsOf(state).note?.figure;
	if (figure === undefined) return withStatus(state, note, wordsFor(note.view.language).selectAFigure);
	if (note.original.status === "absent") return saysNoOriginal(state, note, note.original.problem);
	const view = { ...note.view, status: undefined };
	return withOriginal(none({ ...state, note: { ...note, view, context: { figure, top: undefined } } }));
}

/** Asks for the original text in the pager (`v`), at the quote of the figure in context or selected. */
function toPager(state: ReaderState, note: OpenNote, factsOf: FactsOf): Step {
	if (note.original.status === "absent") return saysNoOriginal(state, note, note.original.problem);
	const figure = note.context?.figure ?? factsOf(state).note?.figure;
	const quote = figure === undefined ? undefined : note.loaded.note.figures[figure]?.quote;
	return { state, effects: [{ type: "pager", loaded: note.loaded, quote }] };
}

/** Keys over the original text: scrolling it, copying, the pager, and back to the note. */
function originalKey(state: ReaderState, shown: OpenNote, command: Command, factsOf: FactsOf): Step {
	// A footer message lasts until the next key, as in the note.
	const note = { ...shown, view: { ...shown.view, status: undefined } };
	state = { ...state, note };
	const context = note.context;
	const facts = factsOf(state).original;
	if (command === "quit") return { state, effects: [{ type: "quit" }] };
	if (command === "pager") return toPager(state, note, factsOf);
	if (command === "copy" || command === "copyText") {
		const text = command === "copy" ? facts?.citation : facts?.paragraph;
		if (text === undefined) return withStatus(state, note, wordsFor(note.view.language).nothingToCopy);
		return { state, effects: [{ type: "copy", text }] };
	}
	if (command === "close" || context === undefined) return none({ ...state, note: withoutContext(note) });
	const top = facts && scrolled(command, facts);
	if (top === undefined) return none(state);
	return none({ ...state, note: { ...note, context: { ...context, top } } });
}

/**
 * Returns the top line of a text (the help, the original text) after a scrolling command, kept
 * within the text: a line, half a page, a page (less one line), or to either end; undefined for a
 * command that does not scroll.
 */
function scrolled(
	command: Command,
	text: { top: number; lineCount: number; viewport: number },
): number | undefined {
	const { top, lineCount, viewport } = text;
	const room = Math.max(0, lineCount - viewport);
	const page = Math.max(1, viewport - 1);
	const moves: Partial<Record<Command, number>> = {
		up: top - 1,
		down: top + 1,
		lineUp: top - 1,
		lineDown: top + 1,
		pageUp: top - page,
		pageDown: top + page,
		halfPageUp: top - halfPage(viewport),
		halfPageDown: top + halfPage(viewport),
		top: 0,
		bottom: room,
	};
	const next = moves[command];
	return next === undefined ? undefined : clamp(next, 0, room);
}

/** Returns the note without a figure in context (back to its panes). */
function withoutContext(note: OpenNote): OpenNote {
	const { context: _, ...rest } = note;
	return rest;
}

function noteKey(state: ReaderState, note: OpenNote, command: Command, key: KeyName, factsOf: FactsOf): Step {
	if (note.context) return originalKey(state, note, command, factsOf);
	switch (command) {
		case "context":
			return inContext(state, note, factsOf);
		case "pager":
			return toPager(state, note, factsOf);
		case "nextNote":
		case "previousNote":
			return stepNote(state, note, command === "nextNote" ? 1 : -1, factsOf);
		case "nextTab":
		case "previousTab": {
			// [ and ] switch pillars where the breakdown shows them as tabs, and notes elsewhere.
			const tabs = note.view.section === "breakdown" && (factsOf(state).note?.tabCount ?? 0) > 0;
			if (tabs) return withView(state, note, { type: "command", command, input: key }, factsOf);
			return stepNote(state, note, command === "nextTab" ? 1 : -1, factsOf);
		}
		case "quit":
			// In a note opened from the library, q goes back to it; Ctrl-C quits from everywhere.
			return state.library && key !== "ctrl-c"
				? backToLibrary(state)
				: { state, effects: [{ type: "quit" }] };
		case "back":
			return backToLibrary(state);
		case "close":
			if (note.view.search.query === "" && !note.view.search.editing) return backToLibrary(state);
			return withView(state, note, { type: "command", command, input: key }, factsOf);
		case "copy":
		case "copyText": {
			// The footer says what came of it when the edge has copied (see run-effect).
			const facts = factsOf(state).note;
			const text = command === "copy" ? facts?.citation : facts?.paragraph;
			if (text === undefined) return withStatus(state, note, wordsFor(note.view.language).nothingToCopy);
			const view = { ...note.view, status: undefined };
			return { state: { ...state, note: { ...note, view } }, effects: [{ type: "copy", text }] };
		}
		case "language": {
			const facts = factsOf(state).note;
			if (facts === undefined) return none(state);
			const view = reduce(note.view, { type: "command", command, input: key }, facts);
			// The language chosen is the reader's: the library and the next note opened follow it.
			const changed = { ...state, language: view.language, note: { ...note, view } };
			return none(settle(keepPlace(state, changed, factsOf), note.view, factsOf));
		}
		case "type":
			return withView(state, note, { type: "type", text: key }, factsOf);
		case "erase":
			return withView(state, note, { type: "erase" }, factsOf);
		case "submit":
			return withView(state, note, { type: "submit" }, factsOf);
		default:
			return withView(state, note, { type: "command", command, input: key }, factsOf);
	}
}

function libraryKey(
	state: ReaderState,
	library: LibraryState,
	command: Command,
	key: KeyName,
	factsOf: FactsOf,
): Step {
	const facts = factsOf(state).library;
	if (facts === undefined) return none(state);
	const act = (action: LibraryAction) => none({ ...state, library: reduceLibrary(library, action, facts) });
	switch (command) {
		case "quit":
			return { state, effects: [{ type: "quit" }] };
		case "copyText": {
			const text = library.mode === "results" ? facts.result(library.results.selected)?.text : undefined;
			return text === undefined
				? none({ ...state, status: wordsFor(state.language).nothingToCopy })
				: { state, effects: [{ type: "copy", text }] };
		}
		case "open": {
			if (library.mode === "results") {
				const result = facts.result(library.results.selected);
				return result
					? { state, effects: [{ type: "open", headed: result.headed, at: result.at }] }
					: none(state);
			}
			const headed = facts.row(library.list.selected);
			return headed ? { state, effects: [{ type: "open", headed }] } : none(state);
		}
		case "back":
		case "close":
			return act({ type: "escape" });
		case "type":
			return act({ type: "type", text: key });
		case "erase":
			return act({ type: "erase" });
		case "submit":
			return act({ type: "submit" });
		case "search":
			return act({ type: "search" });
		case "filter":
			return act({ type: "filter" });
		case "sort": {
			// The selected note stays selected in the new order.
			const selected = facts.row(library.list.selected);
			const sorted = reduceLibrary(library, { type: "sort" }, facts);
			const after = factsOf({ ...state, library: sorted }).library;
			const row = selected && after ? after.rowOf(selected) : -1;
			const list =
				row === -1 ? sorted.list : select({ selected: row, top: 0 }, row, facts.rowCount, facts.viewport);
			return none({ ...state, library: { ...sorted, list } });
		}
		case "language":
			return none({ ...state, language: nextLanguage(state.language) });
		case "up":
		case "down":
			return act({ type: "move", by: command === "down" ? 1 : -1 });
		case "pageUp":
		case "pageDown":
			return act({ type: "move", by: (command === "pageDown" ? 1 : -1) * facts.viewport });
		case "halfPageUp":
		case "halfPageDown":
			return act({ type: "move", by: (command === "halfPageDown" ? 1 : -1) * halfPage(facts.viewport) });
		case "top":
		case "bottom":
			return act({ type: "moveTo", row: command === "top" ? "first" : "last" });
		default:
			return none(state);
	}
}

function helpKey(
	state: ReaderState,
	help: { mode: Mode; top: number },
	command: Command,
	factsOf: FactsOf,
): Step {
	const facts = factsOf(state).help;
	const top = scrolled(command, {
		top: help.top,
		lineCount: facts?.lineCount ?? 0,
		viewport: facts?.viewport ?? 1,
	});
	if (top !== undefined) return none({ ...state, help: { ...help, top } });
	if (command === "close") return none({ ...state, help: undefined });
	if (command === "quit") return { state, effects: [{ type: "quit" }] };
	return none(state);
}

/** The state at a new terminal size: the library's selection and a note's figure kept on screen. */
function resized(state: ReaderState, columns: number, rows: number, factsOf: FactsOf): ReaderState {
	let next: ReaderState = { ...state, size: { columns, rows } };
	const library = next.library;
	const facts = factsOf(next).library;
	if (library && facts) {
		const keep = (position: { selected: number; top: number }, count: number) =>
			select(position, position.selected, count, facts.viewport);
		next = {
			...next,
			library: {
				...library,
				list: keep(library.list, facts.rowCount),
				results: keep(library.results, facts.resultCount),
			},
		};
	}
	return settle(keepPlace(state, next, factsOf), state.note?.view, factsOf);
}

/**
 * What the mouse does, by what is under it (see {@link mouseTarget}): the wheel scrolls the help, a
 * note's pane or the library's rows; a click on a tab opens its pane, on a figure's row in Key
 * numbers selects it, on a library row selects it (on the selected row, opens it, as Enter). While
 * a search or filter is typed, or below the minimum size, the mouse does nothing.
 */
function mouseStep(state: ReaderState, mouse: MouseInput, factsOf: FactsOf): Step {
	const facts = factsOf(state);
	const target = facts.screen && !tooSmall(state.size) ? mouseTarget(mouse, facts.screen) : undefined;
	const mode = modeOf(state);
	if (target === undefined || mode === "noteInput" || mode === "libraryInput") return none(state);
	// The help and the original text only scroll.
	const within = (text: { lineCount: number; viewport: number }, top: number) =>
		clamp(top, 0, Math.max(0, text.lineCount - text.viewport));
	if (state.help) {
		if (target.kind !== "scroll" || facts.help === undefined) return none(state);
		return none({ ...state, help: { ...state.help, top: within(facts.help, state.help.top + target.by) } });
	}
	const note = state.note;
	const original = facts.original;
	if (note?.context && original) {
		if (target.kind !== "scroll") return none(state);
		const top = within(original, original.top + target.by);
		return none({ ...state, note: { ...note, context: { ...note.context, top } } });
	}
	if (note) {
		if (target.kind === "scroll") return withView(state, note, { type: "scroll", by: target.by }, factsOf);
		if (target.kind === "tab")
			return withView(
				state,
				note,
				{ type: "command", command: "jumpPane", input: String(target.index + 1) },
				factsOf,
			);
		// The line on the clicked row: under the figure table's header where it stays on screen.
		const shown = facts.note;
		const room = shown ? Math.max(0, shown.lineCount - shown.viewport) : 0;
		const top = clamp(note.view.scroll[note.view.section], 0, room);
		const line = lineOnRow(target.index, top, shown?.tableHeader);
		const figure = shown?.figureRows?.findIndex((row) => line >= row.start && line < row.end) ?? -1;
		return figure === -1 ? none(state) : withView(state, note, { type: "figure", index: figure }, factsOf);
	}
	const library = state.library;
	const rows = facts.library;
	if (library === undefined || rows === undefined) return none(state);
	const act = (action: LibraryAction) => none({ ...state, library: reduceLibrary(library, action, rows) });
	if (target.kind === "scroll") return act({ type: "scroll", by: target.by });
	if (target.kind === "tab") return none(state);
	const position = library.mode === "results" ? library.results : library.list;
	const row = position.top + target.index;
	const count = library.mode === "results" ? rows.resultCount : rows.rowCount;
	if (row >= count) return none(state);
	if (row === position.selected && (library.mode === "list" || library.mode === "results"))
		return libraryKey(state, library, "open", "enter", factsOf);
	return act({ type: "select", row });
}

/**
 * The reader's one reducer: the state and effects after an event, for the library, a note, the help
 * and their text inputs alike. Keys are looked up in the keymap of the state's mode; a key bound to
 * nothing there does nothing. Pure: `factsOf` derives what the screen shows from a state.
 */
export function reduceReader(state: ReaderState, event: ReaderEvent, factsOf: FactsOf): Step {
	switch (event.type) {
		case "resize":
			return none(resized(state, event.columns, event.rows, factsOf));
		case "opened": {
			if (event.at === undefined) {
				// From one note to the next (J, K), the language and the pane stay as they were.
				const was = state.note?.view;
				const opened = openNote(event.loaded, was?.language ?? state.language);
				const note = was ? { ...opened, view: { ...opened.view, section: was.section } } : opened;
				return withOriginal(none({ ...state, help: undefined, note }));
			}
			// A search result opens with the original and the translation, so the match is on screen
			// whichever language it is in, at the match chosen.
			const opened = openNote(event.loaded, "both");
			const searching: ReaderState = {
				...state,
				help: undefined,
				note: {
					...opened,
					view: { ...opened.view, search: { query: event.at.query, editing: false, match: 0 } },
				},
			};
			const note = searching.note as OpenNote;
			return withView(searching, note, { type: "match", index: event.at.match }, factsOf);
		}
		case "original": {
			const note = state.note;
			if (note === undefined || note.loaded !== event.loaded) return none(state);
			const text = event.text?.trim() ? event.text : undefined;
			const original: OriginalText =
				text !== undefined
					? { status: "present", text }
					: { status: "absent", ...(event.problem ? { problem: event.problem } : {}) };
			if (text === undefined && note.context) {
				// The figure cannot be shown in a text there is not: back to the note, which says so.
				const status = noOriginalLine(event.problem, note.view.language, state.size.columns);
				const view = { ...note.view, status };
				return none({ ...state, note: { ...withoutContext(note), original, view } });
			}
			return none({ ...state, note: { ...note, original } });
		}
		case "mouse":
			return mouseStep(state, event.mouse, factsOf);
		case "told":
			return state.note
				? withStatus(state, state.note, toldLine(event.told, state.note.view.language, state.size.columns))
				: none({ ...state, status: toldLine(event.told, state.language, state.size.columns) });
		case "key": {
			if (state.status !== undefined) {
				const { status: _, ...rest } = state;
				state = rest;
			}
			const mode = modeOf(state);
			const binding = bindingFor(mode, event.key);
			if (binding === undefined) return none(state);
			if (binding.command === "suspend") return { state, effects: [{ type: "suspend" }] };
			// Below the minimum size nothing but "Enlarge the terminal" shows: no key acts unseen, and
			// q and Ctrl-C quit outright (q is not "back", which could not be seen either).
			if (tooSmall(state.size)) {
				const quits =
					event.key === "ctrl-c" || binding.command === "quit" || (mode === "original" && event.key === "q");
				return quits ? { state, effects: [{ type: "quit" }] } : none(state);
			}
			if (state.help) return helpKey(state, state.help, binding.command, factsOf);
			if (binding.command === "help") return none({ ...state, help: { mode, top: 0 } });
			if (state.note) return noteKey(state, state.note, binding.command, event.key, factsOf);
			if (state.library) return libraryKey(state, state.library, binding.command, event.key, factsOf);
			return none(state);
		}
	}
}
