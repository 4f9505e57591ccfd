import { render } from "ink-testing-library";
import { vi } from "vitest";
import { libraryOfNotes } from "../../source/app/reader-library.ts";
import { Root } from "../../source/app/root.tsx";
import { type ReaderIo, runEffect } from "../../source/app/run-effect.ts";
import { monochromeTheme } from "../../source/app/theme.ts";
import type { Language } from "../../source/document/language.ts";
import type { LoadedNote } from "../../source/load/load-notes.ts";
import type { SourceTextProblem } from "../../source/load/source-text.ts";
import type { Note } from "../../source/note/schema.ts";
import type { CopyResult } from "../../source/terminal/clipboard.ts";
import type { PagerFailure } from "../../source/terminal/pager.ts";
import { bundledNote } from "../support/bundled-note.ts";

export { bundledNote } from "../support/bundled-note.ts";
export { keys } from "../support/keys.ts";

/** How a test renders the reader: the terminal's size and language, and what the edge does. */
export interface ReaderOptions {
	columns: number;
	rows: number;
	language: Language;
	hyperlinks: boolean;
	loadOriginal: () => Promise<string | SourceTextProblem | undefined>;
	/** What copying says (by default, that OSC 52 took it). */
	copyResult: CopyResult;
	/** What went wrong handing the text to the pager (undefined: it went well). */
	pagerFailure: PagerFailure | undefined;
}

/**
 * Renders the reader with ink-testing-library, on a library of notes (or, with one note, on that
 * note), with an edge that records what the reader asks of it: copies, quits and pager runs.
 */
export function renderReader(notes: LoadedNote[], overrides: Partial<ReaderOptions> = {}) {
	const copied: string[] = [];
	const quits: number[] = [];
	const options: ReaderOptions = {
		columns: 100,
		rows: 30,
		language: "en",
		hyperlinks: false,
		loadOriginal: async () => "ORIGINAL TEXT 原文",
		pagerFailure: undefined,
		copyResult: { copied: true, via: ["OSC 52"] },
		...overrides,
	};
	const paged: { text: string; line: number }[] = [];
	const library = libraryOfNotes(notes);
	const io: ReaderIo = {
		quit: () => quits.push(quits.length),
		suspend: () => {},
		copy: (text) => {
			copied.push(text);
			return options.copyResult;
		},
		open: library.open,
		loadOriginal: options.loadOriginal,
		page: (text, line) => {
			paged.push({ text, line });
			return options.pagerFailure;
		},
	};
	const instance = render(
		<Root
			library={library}
			{...(notes.length === 1 && notes[0] ? { note: notes[0] } : {})}
			columns={options.columns}
			rows={options.rows}
			language={options.language}
			theme={monochromeTheme}
			hyperlinks={options.hyperlinks}
			interactive
			onEffect={(effect, dispatch) => runEffect(effect, dispatch, io)}
		/>,
	);
	return { ...instance, ...interact(instance), copied, quits, paged };
}

/** Renders the reader on one note (the bundled one unless given) at a size. */
export function renderApp(overrides: Partial<ReaderOptions> & { note?: Note } = {}) {
	const { note = bundledNote, ...options } = overrides;
	return renderReader([{ note, file: "bundled.json" }], options);
}

/**
 * Returns helpers to read an ink-testing-library instance's frame, wait for a frame that satisfies a
 * check (Ink draws asynchronously after input), and press keys.
 */
export function interact(instance: ReturnType<typeof render>) {
	const frame = () => instance.lastFrame() ?? "";
	const waitFor = (check: (text: string) => boolean, what = "a matching frame"): Promise<string> =>
		vi.waitFor(
			() => {
				if (!check(frame())) throw new Error(`timed out waiting for ${what}; last frame:\n${frame()}`);
				return frame();
			},
			{ timeout: 2000, interval: 5 },
		);
	// Waits for the frame that the key brings (or 300 ms, for a key that changes nothing), so tests
	// hold on a busy machine where a frame can take longer than usual.
	const press = async (input: string) => {
		const before = frame();
		instance.stdin.write(input);
		for (let waited = 0; waited < 300 && frame() === before; waited += 5) {
			await new Promise((resolve) => setTimeout(resolve, 5));
		}
		await new Promise((resolve) => setTimeout(resolve, 10));
		return frame();
	};
	return { frame, waitFor, press };
}
