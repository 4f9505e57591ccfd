import { Box, Text } from "ink";
import { type Language, localize } from "../../document/language.ts";
import { libraryRowText } from "../../layout/library-rows.ts";
import { excerpt } from "../../render/render-library.ts";
import { foldLines } from "../../text/fold-lines.ts";
import { pad, textWidth, truncate } from "../../text/width.ts";
import { Footer } from "../components/footer.tsx";
import { LineView } from "../components/line-view.tsx";
import type { LibraryModel } from "../reader-model.ts";
import { markRanges } from "../search.ts";
import type { Theme } from "../theme.ts";
import type { LibraryState } from "./library-state.ts";

/** What the library view is given: where the reader is, its model (the rows on screen), the terminal. */
export interface LibraryViewProps {
	state: LibraryState;
	model: LibraryModel;
	columns: number;
	rows: number;
	language: Language;
	theme: Theme;
}

// A result row is the note's title, the section and the matching line, not the list's columns.
const resultsHeading = { en: "Note · section · matching line", zh: "笔记 · 部分 · 匹配的行" };

/** The library: every note as a row, newest first, a filter line typed into, and full-text search. */
export function LibraryView(props: LibraryViewProps) {
	const { columns, language, theme, state, model } = props;
	const { viewport, results, layout, rowCount } = model;
	const width = Math.max(1, columns - 2);
	const showing = state.mode === "results" ? "results" : "list";
	const position = state[showing];
	const title = `${rowCount} of ${model.total} notes`;
	const filterLine =
		state.mode === "searching"
			? `Search every note: /${state.query}▏`
			: state.mode === "results"
				? `“${state.query}” in every note`
				: state.mode === "filtering"
					? `Filter: ${state.filter}▏`
					: state.filter === ""
						? "f filters (broker: sector: ticker: since: until: or words) · / searches the text · s sorts"
						: `Filter: ${state.filter}`;
	const body =
		showing === "results"
			? results.slice(position.top, position.top + viewport).map((row, index) => {
					const { hit, range } = row;
					const prefix = `${truncate(foldLines(localize(hit.loaded.note.title, language)), Math.floor(width / 3))} · ${hit.section} · `;
					const text = foldLines(hit.text);
					const cut = excerpt(text, range.start, Math.max(10, width - textWidth(prefix) - 2));
					const start = range.start - cut.offset;
					const end = range.end - cut.offset;
					const ranges = start >= 0 && end <= cut.text.length ? [{ start, end, current: false }] : [];
					const spans = [
						{ text: `  ${prefix}`, tone: "dim" as const },
						...markRanges([{ text: cut.text }], ranges),
					];
					return {
						key: `${position.top + index}`,
						spans,
						selected: position.top + index === position.selected,
					};
				})
			: model.visible.map(({ headed, cells }, index) => ({
					key: `${headed.note.id} ${headed.file}`,
					spans: [{ text: `  ${libraryRowText(cells, layout)}` }],
					selected: position.top + index === position.selected,
				}));
	const count = showing === "results" ? results.length : rowCount;
	// An empty list says why, rather than showing nothing.
	const empty =
		count > 0
			? undefined
			: showing === "results"
				? `No matches for “${state.query}”`
				: state.filter === ""
					? "No notes in the library"
					: `No notes match “${state.filter}”`;
	const mode =
		state.mode === "searching" ? "libraryInput" : state.mode === "filtering" ? "libraryFilter" : showing;
	const left =
		showing === "results"
			? `${results.length} ${results.length === 1 ? "match" : "matches"} · `
			: `by ${state.sort} · `;
	const heading = truncate(`briefing · ${title}`, width - 5);
	return (
		<Box flexDirection="column" width={columns} height={props.rows - 1} paddingX={1}>
			<Text>
				<Text bold>{heading}</Text>
				<Text {...theme.label}>
					{pad(` [${language.toUpperCase()}]`, width - textWidth(heading), "right")}
				</Text>
			</Text>
			<Text {...(state.filter === "" && state.mode !== "filtering" ? theme.dim : {})}>
				{truncate(foldLines(filterLine), width)}
			</Text>
			<Text {...theme.label}>
				{truncate(
					`  ${showing === "results" ? localize(resultsHeading, language) : libraryRowText(model.headings, layout)}`,
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
				left={undefined}
				prefix={left}
				context={{ inFigures: false, breakdownTabs: false, searching: false }}
				mode={mode}
				position={count > viewport ? `${position.selected + 1}/${count}` : ""}
				theme={theme}
			/>
		</Box>
	);
}

function trimFirst<T extends { text: string }>(spans: readonly T[]): T[] {
	const [first, ...rest] = spans;
	return first === undefined ? [] : [{ ...first, text: first.text.slice(1) }, ...rest];
}
