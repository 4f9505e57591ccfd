import { Box, Text, useApp } from "ink";
import { useMemo, useRef } from "react";
import { type Language, localize } from "../../document/language.ts";
import type { HeadedNote } from "../../library/index/note-head.ts";
import { type FilterKey, filterKey, matchesKey, parseFilterLine } from "../../library/note-filter.ts";
import type { SearchHit } from "../../library/search-library.ts";
import { excerpt, listColumns, listRow } from "../../render/render-library.ts";
import { pad, textWidth, truncate } from "../../text/width.ts";
import { Footer } from "../components/footer.tsx";
import { LineView } from "../components/line-view.tsx";
import { bindingFor } from "../keymap.ts";
import type { KeyName } from "../keys/decode-keys.ts";
import { useKeyPresses } from "../keys/use-key-presses.ts";
import { markRanges } from "../search.ts";
import type { Theme } from "../theme.ts";
import { type LibraryAction, type LibraryState, reduceLibrary } from "./library-state.ts";

/** Searches some notes of the library (those passing the filter), a note's hits in reading order. */
export type SearchNotes = (query: string, among: readonly HeadedNote[]) => SearchHit<HeadedNote>[];

/** What the library view is given: the notes newest first, the terminal, and where to open a note. */
export interface LibraryViewProps {
	notes: readonly HeadedNote[];
	/** Full-text search: the library index's, or the notes' own text when there is no index. */
	search: SearchNotes;
	columns: number;
	rows: number;
	language: Language;
	theme: Theme;
	interactive: boolean;
	state: LibraryState;
	onChange: (state: LibraryState) => void;
	onOpen: (headed: HeadedNote, hit?: SearchHit<HeadedNote>) => void;
}

// Lines above the list (title, filter line, column headings) and below it (the footer).
const chrome = 4;

/** Returns the widths of the list's columns: date, broker, sector and tickers as needed, the title the rest. */
function listWidths(cells: readonly string[][], headings: readonly string[], width: number): number[] {
	const natural = headings.map((heading, index) =>
		Math.max(textWidth(heading), ...cells.slice(0, 2000).map((row) => textWidth(row[index] ?? ""))),
	);
	const capped = [
		natural[0] ?? 10,
		Math.min(natural[1] ?? 0, 18),
		Math.min(natural[2] ?? 0, 12),
		0,
		Math.min(natural[4] ?? 0, 12),
	];
	const rest = width - capped.reduce((sum, value) => sum + value, 0) - 2 * (headings.length - 1);
	capped[3] = Math.max(8, rest);
	return capped;
}

function rowText(cells: readonly string[], widths: readonly number[]): string {
	return cells
		.map((cell, index) => pad(truncate(cell, widths[index] ?? 0), widths[index] ?? 0))
		.join("  ")
		.trimEnd();
}

/** The library: every note as a row, newest first, a filter line typed into, and full-text search. */
export function LibraryView(props: LibraryViewProps) {
	const { notes, columns, rows, language, theme, state } = props;
	const { exit } = useApp();
	const width = Math.max(1, columns - 2);
	const viewport = Math.max(1, rows - 1 - chrome);
	// Filter keys are folded on the first key typed into the filter, not before the list first shows.
	const keys = useRef<{ notes: readonly HeadedNote[]; keys: FilterKey[] }>(undefined);
	const cells = useMemo(() => notes.map((loaded) => listRow(loaded, language)), [notes, language]);
	const headings = useMemo(() => listColumns(language), [language]);
	const widths = useMemo(() => listWidths(cells, headings, width - 2), [cells, headings, width]);
	const filtered = useMemo(() => {
		const filter = parseFilterLine(state.filter);
		if (state.filter.trim() === "") return notes.map((_, index) => index);
		if (keys.current?.notes !== notes)
			keys.current = { notes, keys: notes.map((loaded) => filterKey(loaded.note)) };
		return keys.current.keys.flatMap((key, index) => (matchesKey(key, filter) ? [index] : []));
	}, [notes, state.filter]);
	const { search } = props;
	const hits = useMemo(() => {
		if (state.mode !== "results") return [];
		return search(
			state.query,
			filtered.flatMap((index) => notes[index] ?? []),
		);
	}, [state.mode, state.query, search, notes, filtered]);

	const latest = useRef(state);
	latest.current = state;
	const dispatch = (action: LibraryAction) => {
		const next = reduceLibrary(latest.current, action, {
			rowCount: filtered.length,
			resultCount: hits.length,
			viewport,
		});
		latest.current = next;
		props.onChange(next);
	};

	const handleKey = (key: KeyName) => {
		const current = latest.current;
		const mode = current.mode === "searching" ? "libraryInput" : current.mode;
		const binding = bindingFor(mode, key);
		switch (binding?.command) {
			case "quit":
				return exit();
			case "close":
			case "back":
				return dispatch({ type: "escape" });
			case "erase":
				return dispatch({ type: "erase" });
			case "type":
				return dispatch({ type: "type", text: key });
			case "submit":
				return dispatch({ type: "submit" });
			case "search":
				return dispatch({ type: "search" });
			case "up":
				return dispatch({ type: "move", by: -1 });
			case "down":
				return dispatch({ type: "move", by: 1 });
			case "pageUp":
				return dispatch({ type: "move", by: -viewport });
			case "pageDown":
				return dispatch({ type: "move", by: viewport });
			case "top":
				return dispatch({ type: "moveTo", row: "first" });
			case "bottom":
				return dispatch({ type: "moveTo", row: "last" });
			case "open":
				if (current.mode === "results") {
					const hit = hits[current.results.selected];
					if (hit) props.onOpen(hit.loaded, hit);
				} else {
					const loaded = notes[filtered[current.list.selected] ?? -1];
					if (loaded) props.onOpen(loaded);
				}
				return;
		}
	};

	useKeyPresses(handleKey, props.interactive);

	const showing = state.mode === "results" ? "results" : "list";
	const position = state[showing];
	const title = `${filtered.length} of ${notes.length} notes`;
	const filterLine =
		state.mode === "searching"
			? `Search every note: /${state.query}▏`
			: state.filter === ""
				? "Type to filter (broker: sector: ticker: since: until: or words) · / searches the text"
				: `Filter: ${state.filter}▏`;
	const body =
		showing === "results"
			? hits.slice(position.top, position.top + viewport).map((hit, index) => {
					const prefix = `${truncate(localize(hit.loaded.note.title, language), Math.floor(width / 3))} · ${hit.section} · `;
					const first = hit.ranges[0]?.start ?? 0;
					const cut = excerpt(hit.text, first, Math.max(10, width - textWidth(prefix) - 2));
					const ranges = hit.ranges
						.map((range) => ({
							start: range.start - cut.offset,
							end: range.end - cut.offset,
							current: false,
						}))
						.filter((range) => range.start >= 0 && range.end <= cut.text.length);
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
			: filtered.slice(position.top, position.top + viewport).map((noteIndex, index) => ({
					key: notes[noteIndex]?.note.id ?? String(index),
					spans: [{ text: `  ${rowText(cells[noteIndex] ?? [], widths)}` }],
					selected: position.top + index === position.selected,
				}));
	const hint =
		showing === "results"
			? `${hits.length} ${hits.length === 1 ? "match" : "matches"} · ↑↓ move · Enter open · Esc back · ^C quit`
			: "↑↓ move · Enter open · / search · Esc clear · ^C quit";

	return (
		<Box flexDirection="column" width={columns} height={rows - 1} paddingX={1}>
			<Text wrap="truncate">
				<Text bold>{truncate(`briefing · ${title}`, width - 5)}</Text>
				<Text {...theme.label}>
					{pad(
						` [${language.toUpperCase()}]`,
						width - textWidth(truncate(`briefing · ${title}`, width - 5)),
						"right",
					)}
				</Text>
			</Text>
			<Text wrap="truncate" {...(state.filter === "" && state.mode !== "searching" ? theme.dim : {})}>
				{truncate(filterLine, width)}
			</Text>
			<Text wrap="truncate" {...theme.label}>
				{truncate(`  ${rowText(headings, widths)}`, width)}
			</Text>
			<Box flexDirection="column" height={viewport}>
				{body.map((row) => (
					<LineView
						key={row.key}
						spans={row.selected ? [{ text: "▶" }, ...trimFirst(row.spans)] : row.spans}
						theme={theme}
						hyperlinks={false}
						selected={row.selected}
					/>
				))}
			</Box>
			<Footer
				width={width}
				left={hint}
				context={{ inFigures: false, breakdownTabs: false, searching: false }}
				position={
					showing === "list" && filtered.length > viewport
						? `${position.selected + 1}/${filtered.length}`
						: ""
				}
				theme={theme}
			/>
		</Box>
	);
}

function trimFirst<T extends { text: string }>(spans: readonly T[]): T[] {
	const [first, ...rest] = spans;
	return first === undefined ? [] : [{ ...first, text: first.text.slice(1) }, ...rest];
}
