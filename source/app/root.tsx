import { Text } from "ink";
import { useState } from "react";
import { sectionIds } from "../document/blocks.ts";
import type { HeadedNote } from "../library/index/note-head.ts";
import type { SearchHit } from "../library/search-library.ts";
import type { LoadedNote } from "../load/load-notes.ts";
import { loadSourceText } from "../load/source-text.ts";
import { App, type AppProps } from "./app.tsx";
import { initialLibraryState } from "./library/library-state.ts";
import { LibraryView } from "./library/library-view.tsx";
import type { ReaderLibrary } from "./reader-library.ts";

/** What the reader is given: its library (notes newest first) and everything a note's view needs. */
export type RootProps = Omit<AppProps, "note" | "onBack" | "at" | "loadOriginal"> & {
	library: ReaderLibrary;
};

/**
 * The reader: one note opens straight away; several open on the library, which keeps its filter,
 * search and selection while a note is open and Esc or Backspace brings it back.
 */
export function Root(props: RootProps) {
	const { library: notes, ...view } = props;
	const [library, setLibrary] = useState(initialLibraryState);
	const first = notes.notes.length === 1 ? notes.notes[0] : undefined;
	const [single] = useState(() => (first ? notes.open(first) : undefined));
	const [open, setOpen] = useState<{ loaded: LoadedNote; hit?: SearchHit<HeadedNote> } | undefined>(
		single ? { loaded: single } : undefined,
	);
	if (open !== undefined) {
		return (
			<App
				{...view}
				// A search result opens with the original and the translation, so the match is on screen
				// whichever language it is in.
				language={open.hit ? "both" : view.language}
				key={`${open.loaded.note.id} ${open.hit?.section ?? ""}`}
				note={open.loaded.note}
				loadOriginal={() => loadSourceText(open.loaded)}
				{...(single ? {} : { onBack: () => setOpen(undefined) })}
				{...(open.hit ? { at: { pane: sectionIds.indexOf(open.hit.section), query: library.query } } : {})}
			/>
		);
	}
	return (
		<LibraryView
			{...view}
			notes={notes.notes}
			search={notes.search}
			state={library}
			onChange={setLibrary}
			// A note is read in full (from its file, when the library comes from the index) on opening.
			onOpen={(headed, hit) => setOpen({ loaded: notes.open(headed), ...(hit ? { hit } : {}) })}
		/>
	);
}

/** What the reader shows while a large library is read: how many notes so far. */
export function Loading({ count }: { count: number }) {
	return <Text>Reading notes… {count}</Text>;
}
