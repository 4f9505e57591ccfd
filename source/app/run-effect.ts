import type { HeadedNote } from "../library/index/note-head.ts";
import type { LoadedNote } from "../load/load-notes.ts";
import type { SourceTextProblem } from "../load/source-text.ts";
import type { CopyResult } from "../terminal/clipboard.ts";
import type { PagerFailure } from "../terminal/pager.ts";
import { quoteLine } from "./original/quote-lines.ts";
import type { Effect, ReaderEvent } from "./reader-state.ts";

/** What the edge that runs the reader lends it: the terminal, the clipboard, the files. */
export interface ReaderIo {
	quit: () => void;
	suspend: () => void;
	/** Copies text; says where it went, or why nowhere (the footer tells it; nothing said, nothing told). */
	// biome-ignore lint/suspicious/noConfusingVoidType: an edge that tells nothing may return nothing.
	copy: (text: string) => CopyResult | undefined | void;
	/** Reads a note in full (from its file, when the library comes from the index). */
	open: (headed: HeadedNote) => LoadedNote;
	/** Reads a note's original text: the text, none (undefined), or where it should be and why it cannot be read. */
	loadOriginal: (loaded: LoadedNote) => Promise<string | SourceTextProblem | undefined>;
	/**
	 * Hands the terminal to the pager showing `text` from line `line` (from 1), and takes it back when
	 * the pager ends; returns what went wrong, if anything did.
	 */
	page?: (text: string, line: number) => PagerFailure | undefined;
}

/** Runs one effect the reducer asked for with the edge's means, dispatching what comes of it. */
export function runEffect(effect: Effect, dispatch: (event: ReaderEvent) => void, io: ReaderIo): void {
	switch (effect.type) {
		case "quit":
			io.quit();
			break;
		case "suspend":
			io.suspend();
			break;
		case "copy": {
			const result = io.copy(effect.text);
			if (result) dispatch({ type: "told", told: { kind: "copied", result, text: effect.text } });
			break;
		}
		case "open":
			dispatch({ type: "opened", loaded: io.open(effect.headed), ...(effect.at ? { at: effect.at } : {}) });
			break;
		case "pager":
			void io
				.loadOriginal(effect.loaded)
				.catch(() => undefined)
				.then((text) => {
					if (typeof text !== "string" || text.trim() === "") {
						dispatch({
							type: "told",
							told: { kind: "noOriginalText", ...(typeof text === "object" ? { problem: text } : {}) },
						});
						return;
					}
					const failure = io.page?.(text, effect.quote === undefined ? 1 : quoteLine(text, effect.quote));
					if (failure) dispatch({ type: "told", told: { kind: "pagerFailed", failure } });
				});
			break;
		case "loadOriginal":
			void io
				.loadOriginal(effect.loaded)
				.catch(() => undefined)
				.then((text) =>
					dispatch(
						typeof text === "object"
							? { type: "original", loaded: effect.loaded, text: undefined, problem: text }
							: { type: "original", loaded: effect.loaded, text },
					),
				);
	}
}
