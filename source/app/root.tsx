import { Box, Text } from "ink";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Language } from "../document/language.ts";
import { progressText } from "../library/index/progress-text.ts";
import type { LoadedNote } from "../load/load-notes.ts";
import { wrapText } from "../text/wrap.ts";
import { HelpView } from "./components/help-view.tsx";
import { useKeyPresses } from "./keys/use-key-presses.ts";
import { LibraryView } from "./library/library-view.tsx";
import { NoteView } from "./note-view.tsx";
import { OriginalView } from "./original/original-view.tsx";
import type { ReaderLibrary } from "./reader-library.ts";
import { createReaderModel, type ReaderModel } from "./reader-model.ts";
import {
	type Effect,
	initialReaderState,
	minimumSize,
	type ReaderEvent,
	type ReaderState,
	reduceReader,
	tooSmall,
} from "./reader-state.ts";
import { type NotePlace, placeOf, type Remembered, resumeAt } from "./resume.ts";
import type { Theme } from "./theme.ts";

const optional = (note: NotePlace | undefined) => (note === undefined ? {} : { note });

/** What the reader is given by the edge that starts it. */
export interface RootProps {
	/** The notes, newest first; how to read one in full; full-text search. */
	library: ReaderLibrary;
	/** The note to open on, read in full (when the library has one note); else the reader opens on the library. */
	note?: LoadedNote;
	columns: number;
	rows: number;
	language: Language;
	theme: Theme;
	hyperlinks: boolean;
	/** Whether keys can be read (raw mode is available). */
	interactive: boolean;
	/** Runs an effect the reader asks for (quit, copy, read a note or its original text), dispatching what comes of it. */
	onEffect: (effect: Effect, dispatch: (event: ReaderEvent) => void) => void;
	/** Where in `note` to open (the place remembered from the last session). */
	place?: NotePlace;
	/** The row of `note` in the library, when it opens on a note of a library of several (Backspace goes back to it). */
	libraryRow?: number;
	/** Told what to remember after every event: the language, and the place of the note on screen. */
	onRemember?: (remembered: Remembered) => void;
}

/**
 * The reader: the one place its state lives. Every key press (split from what the terminal sent)
 * and every resize goes through the reducer; the effects it returns go to `onEffect`; the frame is
 * drawn from the state by the view of its mode (library, note, help).
 */
export function Root(props: RootProps) {
	const { columns, rows, theme } = props;
	const model = useMemo(() => createReaderModel(props.library), [props.library]);
	const factsOf = (state: Parameters<typeof model>[0]) => model(state).facts;
	// The first state, with the effects it needs (the original text of a remembered Source pane).
	const [start] = useState(() => {
		const initial = initialReaderState({
			columns,
			rows,
			language: props.language,
			...(props.note ? { note: props.note } : {}),
			...(props.libraryRow === undefined ? {} : { libraryRow: props.libraryRow }),
		});
		return props.place ? resumeAt(initial, props.place, factsOf) : { state: initial, effects: [] };
	});
	const state = useRef(start.state);
	// A place in the Source pane is found again once the original text (at its end) has been read.
	const pending = useRef(start.effects.length > 0 ? props.place : undefined);
	const [, setFrame] = useState(0);
	const remember = () =>
		props.onRemember?.({
			language: state.current.language,
			...optional(pending.current ?? placeOf(state.current, factsOf)),
		});
	const dispatch = (event: ReaderEvent) => {
		const step = reduceReader(state.current, event, factsOf);
		state.current = step.state;
		if (event.type === "original" && pending.current)
			state.current = resumeAt(state.current, pending.current, factsOf).state;
		// A key pressed meanwhile has moved on from the remembered place.
		if (event.type === "original" || event.type === "key") pending.current = undefined;
		setFrame((frame) => frame + 1);
		remember();
		for (const effect of step.effects) props.onEffect(effect, dispatch);
	};
	// biome-ignore lint/correctness/useExhaustiveDependencies: the first state's effects run once, on mount.
	useEffect(() => {
		remember();
		for (const effect of start.effects) props.onEffect(effect, dispatch);
	}, []);
	// A resize is an event like a key: the state learns the size before the frame is drawn at it.
	if (state.current.size.columns !== columns || state.current.size.rows !== rows) {
		state.current = reduceReader(state.current, { type: "resize", columns, rows }, factsOf).state;
	}
	useKeyPresses(
		(key) => dispatch({ type: "key", key }),
		props.interactive,
		(mouse) => dispatch({ type: "mouse", mouse }),
	);

	return (
		<ReaderFrame
			state={state.current}
			view={model(state.current)}
			theme={theme}
			hyperlinks={props.hyperlinks}
		/>
	);
}

/** What a frame is drawn from: the state, its model, and how to draw. */
export interface ReaderFrameProps {
	state: ReaderState;
	view: ReaderModel;
	theme: Theme;
	hyperlinks: boolean;
}

/** Draws one frame of the reader from its state: the view of its mode, at the state's size. Pure. */
export function ReaderFrame({ state, view, theme, hyperlinks }: ReaderFrameProps) {
	const { columns, rows } = state.size;
	if (tooSmall(state.size)) {
		return (
			<Box height={Math.max(1, rows - 1)} flexDirection="column">
				{wrapText(
					`Enlarge the terminal to at least ${minimumSize.columns}×${minimumSize.rows} (now ${columns}×${rows}). q or Ctrl-C quits.`,
					Math.max(2, columns - 1),
				)
					.slice(0, Math.max(1, rows - 1))
					.map((text) => (
						<Text key={text}>{text}</Text>
					))}
			</Box>
		);
	}
	if (state.help && view.help) {
		return (
			<HelpView
				lines={view.help.lines}
				top={state.help.top}
				viewport={view.help.viewport}
				columns={columns}
				rows={rows}
				language={state.note?.view.language ?? state.language}
				theme={theme}
			/>
		);
	}
	if (state.note?.context && view.original) {
		return (
			<OriginalView
				note={state.note.loaded.note}
				figure={state.note.context.figure}
				model={view.original}
				language={state.note.view.language}
				status={state.note.view.status}
				columns={columns}
				rows={rows}
				theme={theme}
			/>
		);
	}
	if (state.note && view.note) {
		return (
			<NoteView
				note={state.note.loaded.note}
				state={state.note.view}
				model={view.note}
				columns={columns}
				rows={rows}
				theme={theme}
				hyperlinks={hyperlinks}
				fromLibrary={state.library !== undefined}
			/>
		);
	}
	if (state.library && view.library) {
		return (
			<LibraryView
				state={state.library}
				model={view.library}
				columns={columns}
				rows={rows}
				language={state.language}
				theme={theme}
				status={state.status}
			/>
		);
	}
	return null;
}

/**
 * What the reader shows while a large library is read: how many notes so far, and while the index
 * is built, of how many, at what rate, and the time left.
 */
export function Loading({
	count,
	total,
	elapsedMs = 0,
}: {
	count: number;
	total?: number;
	elapsedMs?: number;
}) {
	if (total === undefined) return <Text>Reading notes… {count}</Text>;
	return <Text>Reading notes… indexing {progressText(count, total, elapsedMs)}</Text>;
}
