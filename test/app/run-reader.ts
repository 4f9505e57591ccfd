import { libraryOfNotes } from "../../source/app/reader-library.ts";
import { createReaderModel } from "../../source/app/reader-model.ts";
import {
	type Effect,
	initialReaderState,
	type ReaderEvent,
	type ReaderState,
	reduceReader,
} from "../../source/app/reader-state.ts";
import { runEffect } from "../../source/app/run-effect.ts";
import { libraryNotes } from "./render-library.tsx";

/** The reader's library of the three test notes, and its model. */
export const library = libraryOfNotes(libraryNotes);
export const model = createReaderModel(library);
export const factsOf = (state: ReaderState) => model(state).facts;

/** Runs keys (and other events) through the reducer, running `open` effects as run-app would. */
export function run(events: (ReaderEvent | string)[], state?: ReaderState) {
	let current = state ?? initialReaderState({ columns: 100, rows: 30, language: "en" });
	const effects: Effect[] = [];
	const dispatch = (event: ReaderEvent) => {
		const step = reduceReader(current, event, factsOf);
		current = step.state;
		for (const effect of step.effects) {
			effects.push(effect);
			if (effect.type === "open")
				runEffect(effect, dispatch, {
					quit: () => {},
					suspend: () => {},
					copy: () => {},
					open: library.open,
					loadOriginal: async () => undefined,
				});
		}
	};
	for (const event of events) dispatch(typeof event === "string" ? { type: "key", key: event } : event);
	return { state: current, effects };
}
