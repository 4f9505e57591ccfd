import { Box, Text, useApp } from "ink";
import { useEffect, useMemo, useRef, useState } from "react";
import { sectionIds } from "../document/blocks.ts";
import { formatAttribution } from "../document/format-figure.ts";
import type { Language } from "../document/language.ts";
import { localize } from "../document/language.ts";
import type { Note } from "../note/schema.ts";
import { truncate } from "../text/width.ts";
import { wrapText } from "../text/wrap.ts";
import { citation } from "./citation.ts";
import { Footer } from "./components/footer.tsx";
import { Header } from "./components/header.tsx";
import { LineView } from "./components/line-view.tsx";
import { bindingFor } from "./keymap.ts";
import type { KeyName } from "./keys/decode-keys.ts";
import { useKeyPresses } from "./keys/use-key-presses.ts";
import { markRanges } from "./search.ts";
import type { Theme } from "./theme.ts";
import { createViewModel, detailHeight } from "./view-model.ts";
import { type Action, initialState, reduce, scrollSlot } from "./view-state.ts";

/** The smallest terminal the reader draws in; below it, it asks for a larger one. */
export const minimumSize = { columns: 40, rows: 10 };

/** What the reader is given by the edge that starts it: the note, the terminal, and its side effects. */
export interface AppProps {
	note: Note;
	columns: number;
	rows: number;
	language: Language;
	theme: Theme;
	hyperlinks: boolean;
	/** Whether keys can be read (raw mode is available). */
	interactive: boolean;
	loadOriginal: () => Promise<string | undefined>;
	copyToClipboard: (text: string) => void;
	/** Where to go back to (the library) on Esc or Backspace with nothing open; without it, nowhere. */
	onBack?: () => void;
	/** Open at this pane with this search, as when a library search result is opened. */
	at?: { pane: number; query: string };
}

/** The interactive reader of one note: header, pane tabs, the current pane, and a footer of key hints. */
export function App(props: AppProps) {
	const { note, columns, rows, theme, hyperlinks } = props;
	const { exit } = useApp();
	const [state, setState] = useState(() => {
		const start = initialState(props.language, sectionIds.length);
		return props.at
			? { ...start, pane: props.at.pane, search: { query: props.at.query, editing: false, match: 0 } }
			: start;
	});
	const [original, setOriginal] = useState<string | undefined>(undefined);
	const view = useMemo(() => createViewModel(note), [note]);
	const size = { columns, rows };
	const { document, lines, content, inFigures, matches, facts } = view(state, size, original);
	const { viewport } = facts;
	const help = state.help;
	const width = Math.max(1, columns - 2);
	const paneId = sectionIds[state.pane];
	// Keys can come faster than frames: each acts on the state the previous one left, not on the last frame's.
	const latest = useRef({ state, size, original });
	latest.current = { ...latest.current, size, original };

	useEffect(() => {
		if (paneId === "source" && original === undefined)
			void props.loadOriginal().then((text) => setOriginal(text ?? ""));
	}, [paneId, original, props.loadOriginal]);

	// Opened at a search result: go to its first match in its pane once the pane is laid out.
	// biome-ignore lint/correctness/useExhaustiveDependencies: once, on opening.
	useEffect(() => {
		if (props.at) dispatch({ type: "submit" });
	}, []);

	const dispatch = (action: Action) => {
		const current = latest.current;
		const next = reduce(current.state, action, view(current.state, current.size, current.original).facts);
		latest.current = { ...current, state: next };
		setState(next);
	};

	const handleKey = (key: KeyName) => {
		const current = latest.current.state;
		const mode = current.search.editing ? "noteInput" : current.help ? "help" : "note";
		const binding = bindingFor(mode, key);
		if (binding === undefined) return;
		switch (binding.command) {
			case "suspend":
				return;
			case "type":
				return dispatch({ type: "type", text: key });
			case "erase":
				return dispatch({ type: "erase" });
			case "submit":
				return dispatch({ type: "submit" });
			case "quit":
				// In a note opened from the library, q goes back to it; Ctrl-C quits from everywhere.
				if (mode === "note" && key !== "ctrl-c" && props.onBack) return props.onBack();
				return exit();
			case "back":
				return props.onBack?.();
			case "close":
				if (mode === "note" && current.search.query === "") return props.onBack?.();
				return dispatch({ type: "command", command: "close", input: key });
			case "copy": {
				const model = view(current, latest.current.size, latest.current.original);
				const figure = model.inFigures ? note.figures[current.figure] : undefined;
				if (figure === undefined) return;
				const text = citation(figure, note);
				props.copyToClipboard(text);
				return dispatch({ type: "status", text: `Copied: ${text}` });
			}
			default:
				return dispatch({ type: "command", command: binding.command, input: key });
		}
	};

	useKeyPresses(handleKey, props.interactive);

	if (columns < minimumSize.columns || rows < minimumSize.rows) {
		return (
			<Box height={Math.max(1, rows - 1)} flexDirection="column">
				{wrapText(
					`Enlarge the terminal to at least ${minimumSize.columns}×${minimumSize.rows} (now ${columns}×${rows}). q quits.`,
					Math.max(2, columns - 1),
				)
					.slice(0, Math.max(1, rows - 1))
					.map((text) => (
						<Text key={text}>{text}</Text>
					))}
			</Box>
		);
	}

	const top = Math.max(0, Math.min(state.scroll[scrollSlot(state)] ?? 0, lines.length - viewport));
	const visible = lines.slice(top, top + viewport);
	const current = matches[state.search.match];
	const selected = inFigures && !help ? content.figureRows?.[state.figure] : undefined;
	const figure = inFigures ? note.figures[state.figure] : undefined;
	const searching = state.search.query !== "" && !state.search.editing;
	const footerLeft = state.search.editing
		? `/${state.search.query}▏ ${matches.length} ${matches.length === 1 ? "match" : "matches"} · Enter go · Esc cancel`
		: (state.status ??
			(searching
				? `“${state.search.query}” ${matches.length === 0 ? 0 : state.search.match + 1}/${matches.length} · n next · N previous · Esc clear`
				: undefined));
	const position = lines.length > viewport ? `${Math.round(((top + viewport) / lines.length) * 100)}%` : "";

	return (
		<Box flexDirection="column" width={columns} height={rows - 1}>
			<Box paddingX={1}>
				<Header document={document} language={state.language} pane={state.pane} width={width} theme={theme} />
			</Box>
			<Box flexDirection="column" paddingX={1} height={viewport}>
				{visible.map((line, index) => {
					const lineIndex = top + index;
					const ranges = help
						? []
						: matches
								.filter(
									(match) => match.pane === state.pane && match.tab === state.tab && match.line === lineIndex,
								)
								.map((match) => ({ ...match, current: match === current }));
					const isSelected =
						selected !== undefined && lineIndex >= selected.start && lineIndex < selected.end;
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
						/>
					);
				})}
			</Box>
			{figure && !help ? (
				<Box flexDirection="column" paddingX={1} height={detailHeight}>
					<Text {...theme.dim}>{"─".repeat(width)}</Text>
					{wrapText(`“${figure.quote}”`, width)
						.slice(0, detailHeight - 2)
						.map((text) => (
							<Text key={text}>{text}</Text>
						))}
					<Text wrap="truncate" {...theme.dim}>
						{truncate(
							`— ${[
								formatAttribution(figure.attribution, state.language),
								[localize(note.broker, state.language), note.reportDate ?? ""].filter(Boolean).join(" "),
							]
								.filter(Boolean)
								.join(" · ")}`,
							width,
						)}
					</Text>
				</Box>
			) : null}
			<Box paddingX={1}>
				<Footer
					width={width}
					left={footerLeft}
					context={{
						inFigures,
						breakdownTabs: paneId === "breakdown" && facts.tabCount > 0,
						searching,
						library: props.onBack !== undefined,
					}}
					position={position}
					theme={theme}
				/>
			</Box>
		</Box>
	);
}
