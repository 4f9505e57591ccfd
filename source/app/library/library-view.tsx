import { Box, Text } from "ink";
import type { Language } from "../../document/language.ts";
import { libraryRowMatches, libraryRowText } from "../../layout/library-rows.ts";
import { foldLines } from "../../text/fold-lines.ts";
import { pad, textWidth, truncate } from "../../text/width.ts";
import { Footer } from "../components/footer.tsx";
import { LineView } from "../components/line-view.tsx";
import type { LibraryModel } from "../reader-model.ts";
import { markRanges } from "../search.ts";
import type { Theme } from "../theme.ts";
import { wordsFor } from "../ui-words.ts";
import { dateProblems, filterTerms } from "./filter-terms.ts";
import type { LibraryState } from "./library-state.ts";
import { resultColumns, resultHeading, resultRowSpans } from "./result-rows.ts";

/** What the library view is given: where the reader is, its model (the rows on screen), the terminal. */
export interface LibraryViewProps {
	state: LibraryState;
	model: LibraryModel;
	columns: number;
	rows: number;
	language: Language;
	theme: Theme;
	/** A line for the footer in place of the key hints (a copy made or not). */
	status?: string | undefined;
}

/** The library: every note as a row, newest first, a filter line typed into, and full-text search. */
export function LibraryView(props: LibraryViewProps) {
	const { columns, language, theme, state, model } = props;
	const { viewport, results, layout, rowCount } = model;
	const width = Math.max(1, columns - 2);
	const showing = state.mode === "results" ? "results" : "list";
	const position = state[showing];
	const words = wordsFor(language);
	const title = words.notesShown(rowCount, model.total);
	// A since: or until: that names no date is said, rather than matching nothing in silence.
	const problems = dateProblems(state.filter).map(words.notADate);
	const noteCount = new Set(results.map((row) => row.hit.loaded)).size;
	const filterLine =
		state.mode === "searching"
			? `${words.searchEvery(state.query)}▏`
			: state.mode === "results"
				? words.searchedFor(state.query, results.length, noteCount)
				: [
						state.mode === "filtering"
							? `${words.filterLine(state.filter)}▏`
							: state.filter === ""
								? words.libraryHint
								: words.filterLine(state.filter),
						...problems,
					].join(" · ");
	const resultWidths = resultColumns(width);
	// The filter's words and field values, marked where the rows show them.
	const terms = filterTerms(state.filter);
	const body =
		showing === "results"
			? results.slice(position.top, position.top + viewport).map((row, index) => ({
					key: `${position.top + index}`,
					// The top row carries its note's date, broker and title when its first match is scrolled off.
					spans: resultRowSpans(row, resultWidths, width, language, row.match === 0 || index === 0),
					selected: position.top + index === position.selected,
				}))
			: model.visible.map(({ headed, cells }, index) => {
					const ranges = libraryRowMatches(cells, layout, terms).map((range) => ({
						start: range.start + 2,
						end: range.end + 2,
						current: false,
					}));
					return {
						key: `${headed.note.id} ${headed.file}`,
						spans: markRanges([{ text: `  ${libraryRowText(cells, layout)}` }], ranges),
						selected: position.top + index === position.selected,
					};
				});
	const count = showing === "results" ? results.length : rowCount;
	// An empty list says why, rather than showing nothing.
	const empty =
		count > 0
			? undefined
			: showing === "results"
				? words.noMatchesFor(state.query)
				: state.filter === ""
					? words.noNotes
					: problems.length > 0
						? `${problems.join(" · ")} (${words.dates})`
						: words.noNotesMatch(state.filter);
	const mode =
		state.mode === "searching" ? "libraryInput" : state.mode === "filtering" ? "libraryFilter" : showing;
	const left = `${showing === "results" ? words.matches(results.length) : words.sortedBy(state.sort)} · `;
	const heading = truncate(`briefing · ${title}`, width - 5);
	return (
		<Box flexDirection="column" width={columns} height={props.rows - 1} paddingX={1}>
			<Text>
				<Text bold>{heading}</Text>
				<Text {...theme.label}>
					{pad(` [${language.toUpperCase()}]`, width - textWidth(heading), "right")}
				</Text>
			</Text>
			<Text
				{...(problems.length > 0 && state.mode !== "results"
					? theme.heading
					: state.filter === "" && state.mode !== "filtering"
						? theme.dim
						: {})}
			>
				{truncate(foldLines(filterLine), width)}
			</Text>
			<Text {...theme.label}>
				{truncate(
					`  ${showing === "results" ? resultHeading(resultWidths, language) : libraryRowText(model.headings, layout)}`,
					width,
				)}
			</Text>
			<Box flexDirection="column" height={viewport}>
				{empty === undefined ? null : <Text {...theme.dim}>{truncate(`  ${foldLines(empty)}`, width)}</Text>}
				{body.map((row) => (
					<LineView
						key={row.key}
						spans={row.selected ? [{ text: "▶" }, ...trimFirst(row.spans)] : row.spans}
						theme={theme}
						hyperlinks={false}
						selected={row.selected}
						width={width}
					/>
				))}
			</Box>
			<Footer
				width={width}
				left={props.status}
				prefix={left}
				context={{ inFigures: false, breakdownTabs: false, searching: false }}
				mode={mode}
				position={count > 0 ? `${position.selected + 1}/${count}` : ""}
				language={language}
				theme={theme}
			/>
		</Box>
	);
}

function trimFirst<T extends { text: string }>(spans: readonly T[]): T[] {
	const [first, ...rest] = spans;
	return first === undefined ? [] : [{ ...first, text: first.text.slice(1) }, ...rest];
}
