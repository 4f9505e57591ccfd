import type { HeadedNote } from "../library/index/note-head.ts";
import type { LoadedNote } from "../load/load-notes.ts";
import type { Effect, ReaderEvent } from "./reader-state.ts";

/** What the edge that runs the reader lends it: the terminal, the clipboard, the files. */
export interface ReaderIo {
	quit: () => void;
	suspend: () => void;
	copy: (text: string) => void;
	/** Reads a note in full (from its file, when the library comes from the index). */
	open: (headed: HeadedNote) => LoadedNote;
	loadOriginal: (loaded: LoadedNote) => Promise<string | undefined>;
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
		case "copy":
			io.copy(effect.text);
			break;
		case "open":
			dispatch({ type: "opened", loaded: io.open(effect.headed), ...(effect.at ? { at: effect.at } : {}) });
			break;
		case "loadOriginal":
			void io
				.loadOriginal(effect.loaded)
				.catch(() => undefined)
				.then((text) => dispatch({ type: "original", loaded: effect.loaded, text }));
	}
}
