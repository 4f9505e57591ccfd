import { Box, Text } from "ink";
import type { Note } from "../note/schema.ts";
import { truncate } from "../text/width.ts";
import { wrapText } from "../text/wrap.ts";
import { quoteSource } from "./citation.ts";
import { Footer } from "./components/footer.tsx";
import { Header } from "./components/header.tsx";
import { LineView } from "./components/line-view.tsx";
import { lineOnRow } from "./pane-content.ts";
import { itemPosition, linePosition } from "./position.ts";
import { markRanges } from "./search.ts";
import type { Theme } from "./theme.ts";
import { wordsFor } from "./ui-words.ts";
import { detailHeight, type ViewModel } from "./view-model.ts";
import { paneIndex, type ViewState } from "./view-state.ts";

/** What a note's view is given: the note, where the reader is in it, its model, and the terminal. */
export interface NoteViewProps {
	note: Note;
	state: ViewState;
	model: ViewModel;
	columns: number;
	rows: number;
	theme: Theme;
	hyperlinks: boolean;
	/** Whether the note was opened from the library (Backspace goes back to it). */
	fromLibrary: boolean;
}

/** One note: header, pane tabs, the current pane, the selected figure's quote, and a footer of key hints. */
export function NoteView(props: NoteViewProps) {
	const { note, state, model, columns, rows, theme, hyperlinks } = props;
	const { document, lines, content, inFigures, selectedFigure, matches, facts } = model;
	const { viewport } = facts;
	const width = Math.max(1, columns - 2);
	const paneId = state.section;

	const top = Math.max(0, Math.min(state.scroll[state.section], lines.length - viewport));
	// While the figure table's rows scroll, its header covers the top lines of the pane.
	const shownLines = Array.from({ length: Math.min(viewport, Math.max(0, lines.length - top)) }, (_, index) =>
		lineOnRow(index, top, content.tableHeader),
	);
	const current = matches[state.search.match];
	const shown = matches
		.filter((match) => match.pane === paneIndex(state) && match.tab === state.tab)
		.map((match) => ({ match, current: match === current }));
	const selected = selectedFigure === undefined ? undefined : content.figureRows?.[selectedFigure];
	const figure = selectedFigure === undefined ? undefined : note.figures[selectedFigure];
	const searching = state.search.query !== "" && !state.search.editing;
	const words = wordsFor(state.language);
	const footerLeft = state.search.editing
		? `/${state.search.query}▏ ${words.matches(matches.length)} · ${words.typing}`
		: (state.status ??
			(searching
				? matches.length === 0
					? `${words.noMatchesFor(state.search.query)} · ${words.clearSearch}`
					: `“${state.search.query}” ${state.search.match + 1}/${matches.length} · ${words.searching}`
				: undefined));
	const figureCount = content.figureRows?.length ?? 0;
	const position =
		selectedFigure === undefined
			? linePosition(top, viewport, lines.length, state.language)
			: itemPosition(words.figure, selectedFigure, figureCount);

	return (
		<Box flexDirection="column" width={columns} height={rows - 1}>
			<Box paddingX={1}>
				<Header
					document={document}
					language={state.language}
					pane={paneIndex(state)}
					width={width}
					theme={theme}
				/>
			</Box>
			<Box flexDirection="column" paddingX={1} height={viewport}>
				{shownLines.map((lineIndex, index) => {
					const line = lines[lineIndex] ?? [];
					const ranges = shown.flatMap(({ match, current: isCurrent }) =>
						match.parts
							.filter((part) => part.line === lineIndex)
							.map((part) => ({ ...part, current: isCurrent })),
					);
					// The selected figure's row, and its bar in every chart that draws it.
					const isSelected =
						(selected !== undefined && lineIndex >= selected.start && lineIndex < selected.end) ||
						(inFigures &&
							content.chartBars?.some((bar) => bar.line === lineIndex && bar.figure === state.figure) ===
								true);
					const spans =
						isSelected && lineIndex === selected?.start && line[0]?.text === "  "
							? [{ text: "▶ " }, ...line.slice(1)]
							: line;
					return (
						<LineView
							// biome-ignore lint/suspicious/noArrayIndexKey: a visible line is identified by its place on the screen.
							key={index}
							spans={markRanges(spans, ranges)}
							theme={theme}
							hyperlinks={hyperlinks}
							selected={isSelected}
							width={width}
						/>
					);
				})}
			</Box>
			{inFigures && figure === undefined ? (
				// The quote box's lines stay taken while no figure row is on screen (after G), so the
				// footer stays on the last line.
				<Box flexDirection="column" paddingX={1} height={detailHeight}>
					<Text {...theme.dim}>{"─".repeat(width)}</Text>
				</Box>
			) : null}
			{figure ? (
				<Box flexDirection="column" paddingX={1} height={detailHeight}>
					<Text {...theme.dim}>{"─".repeat(width)}</Text>
					{wrapText(`“${figure.quote}”`, width)
						.slice(0, detailHeight - 2)
						.map((text) => (
							<Text key={text}>{text}</Text>
						))}
					<Text wrap="truncate" {...theme.dim}>
						{truncate(`— ${quoteSource(figure, note, state.language)}`, width)}
					</Text>
				</Box>
			) : null}
			<Box paddingX={1}>
				<Footer
					width={width}
					left={footerLeft}
					context={{
						// `y` copies only a figure selected on screen.
						inFigures: figure !== undefined,
						breakdownTabs: paneId === "breakdown" && facts.tabCount > 0,
						searching,
						library: props.fromLibrary,
					}}
					position={position}
					language={state.language}
					theme={theme}
				/>
			</Box>
		</Box>
	);
}
