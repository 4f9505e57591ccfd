import type { BriefingDocument } from "../document/blocks.ts";
import { sectionIds } from "../document/blocks.ts";
import { buildDocument } from "../document/build-document.ts";
import { withHeaderFacts } from "../document/header-facts.ts";
import type { Language } from "../document/language.ts";
import type { Line } from "../layout/line.ts";
import type { SourceTextProblem } from "../load/source-text.ts";
import type { Note } from "../note/schema.ts";
import { noticeLines, tabBar } from "./components/header.tsx";
import { type ScreenMap, tabSpans } from "./mouse/screen-map.ts";
import { breakdownFitsColumns, groups, type PaneContent, paneContent, rowOnScreen } from "./pane-content.ts";
import { findMatches, type Match, searchUnits } from "./search.ts";
import { wordsFor } from "./ui-words.ts";
import { paneIndex, type ViewFacts, type ViewState } from "./view-state.ts";

/** Lines the header (title, facts, tabs; more for a document's notice) and the footer take. */
export const chromeHeight = { header: 3, footer: 1 };
/** Lines the selected figure's quote box takes below the Key numbers pane. */
export const detailHeight = 4;

/** Everything a frame shows, derived from the note, the view state, the terminal size and the original text (or why it cannot be read). */
export interface ViewModel {
	document: BriefingDocument;
	/** The lines of the current pane. */
	lines: Line[];
	content: PaneContent;
	inFigures: boolean;
	/** The selected figure, when its row is on screen; else none (nothing for `y` to copy). */
	selectedFigure: number | undefined;
	matches: readonly Match[];
	facts: ViewFacts;
	/** Where the pane's lines and the tabs are on the screen (inside the frame's one-column margin). */
	screen: ScreenMap;
}

/**
 * Returns a function that derives the view model from the state, remembering the last document,
 * pane layout and search results so that a key press redoes only what it changed. The app calls it
 * when drawing and again for each key, so keys pressed faster than frames act on the latest state.
 */
export function createViewModel(note: Note) {
	const documents = new Map<Language, BriefingDocument>();
	const layouts = new Map<string, PaneContent>();
	let searched: { key: string; matches: Match[] } | undefined;

	const documentIn = (language: Language) => {
		let document = documents.get(language);
		if (document === undefined) {
			// The Thesis pane shows the header's facts no pane shows, so search finds each fact on a pane.
			document = withHeaderFacts(
				buildDocument(note, { language, sections: sectionIds, detail: "full" }),
				language,
			);
			documents.set(language, document);
		}
		return document;
	};
	const layout = (
		language: Language,
		pane: number,
		width: number,
		tab: number,
		original: string | undefined,
		problem?: SourceTextProblem,
	) => {
		const key = `${language} ${pane} ${width} ${tab} ${original === undefined ? 0 : 1} ${problem ? 1 : 0}`;
		let content = layouts.get(key);
		if (content === undefined) {
			const unreadable =
				problem && wordsFor(language).unreadableOriginal(problem.path, problem.reason, false);
			content = paneContent(documentIn(language), pane, width, tab, original, unreadable);
			layouts.set(key, content);
		}
		return content;
	};

	return (
		state: ViewState,
		size: { columns: number; rows: number },
		original: string | undefined,
		problem?: SourceTextProblem,
	): ViewModel => {
		const width = Math.max(1, size.columns - 2);
		const document = documentIn(state.language);
		const headerHeight = chromeHeight.header + noticeLines(document.notice, width).length;
		// One line is left free below the frame, or Ink clears the screen on every frame.
		const bodyHeight = Math.max(1, size.rows - 1 - headerHeight - chromeHeight.footer);
		const breakdown = document.sections.find((section) => section.id === "breakdown");
		const pillarCount = breakdown ? groups(breakdown.blocks).length : 0;
		const tabCount = breakdownFitsColumns(pillarCount, width) ? 0 : pillarCount;
		const pane = paneIndex(state);
		const content = layout(state.language, pane, width, tabCount > 0 ? state.tab : 0, original, problem);

		const searchKey = `${state.language} ${width} ${original === undefined ? 0 : 1} ${state.search.query}`;
		if (searched?.key !== searchKey) {
			const tabsOf = (pane: number) => (sectionIds[pane] === "breakdown" && tabCount > 0 ? tabCount : 1);
			const placeOf = (pane: number, block: number) => {
				for (let tab = 0; tab < tabsOf(pane); tab += 1) {
					const place = layout(state.language, pane, width, tab, original).places.find(
						(candidate) => candidate.block === block,
					);
					if (place) return { tab, place };
				}
				return undefined;
			};
			const units = searchUnits(document, sectionIds.indexOf("source"), original);
			searched = { key: searchKey, matches: findMatches(units, state.search.query, placeOf) };
		}

		const inFigures = state.section === "figures" && (content.figureRows?.length ?? 0) > 0;
		const lines = content.lines;
		const viewport = Math.max(1, bodyHeight - (inFigures ? detailHeight : 0));
		const top = Math.max(0, Math.min(state.scroll[state.section], lines.length - viewport));
		const row = inFigures ? content.figureRows?.[state.figure] : undefined;
		const selectedFigure = rowOnScreen(row, top, viewport, content.tableHeader) ? state.figure : undefined;
		const screen: ScreenMap = {
			body: { top: headerHeight, height: viewport },
			tabs: { row: headerHeight - 1, spans: tabSpans(tabBar(document, state.language, pane, width), 1) },
		};
		return {
			document,
			screen,
			lines,
			content,
			inFigures,
			selectedFigure,
			matches: searched.matches,
			facts: {
				lineCount: lines.length,
				viewport,
				figureRows: content.figureRows,
				tableHeader: content.tableHeader,
				places: content.places,
				tabCount,
				matches: searched.matches,
			},
		};
	};
}
