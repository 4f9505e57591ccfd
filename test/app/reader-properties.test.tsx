import fc from "fast-check";
import { renderToString } from "ink";
import { describe, expect, it } from "vitest";
import { decodeKeys } from "../../source/app/keys/decode-keys.ts";
import { rowOnScreen } from "../../source/app/pane-content.ts";
import { libraryOfNotes } from "../../source/app/reader-library.ts";
import { createReaderModel } from "../../source/app/reader-model.ts";
import {
	initialReaderState,
	type ReaderEvent,
	type ReaderState,
	reduceReader,
} from "../../source/app/reader-state.ts";
import { ReaderFrame } from "../../source/app/root.tsx";
import { runEffect } from "../../source/app/run-effect.ts";
import { monochromeTheme } from "../../source/app/theme.ts";
import { textWidth } from "../../source/text/width.ts";
import { libraryNotes } from "./render-library.tsx";

const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m|\u001b\]8;;[^\u0007]*\u0007/g, "");

const named = [
	"j",
	"k",
	"g",
	"G",
	"1",
	"2",
	"3",
	"4",
	"5",
	"6",
	"tab",
	"shift-tab",
	"/",
	"enter",
	"escape",
	"backspace",
	"q",
	"?",
	"L",
	"y",
	"n",
	"N",
	"[",
	"]",
	"up",
	"down",
	"left",
	"right",
	"pagedown",
	"pageup",
	"home",
	"end",
	" ",
	"a",
	"资",
	"ctrl-z",
	"unknown",
];
const event: fc.Arbitrary<ReaderEvent[]> = fc.oneof(
	{ weight: 8, arbitrary: fc.constantFrom(...named).map((key): ReaderEvent[] => [{ type: "key", key }]) },
	{
		weight: 2,
		// A paste or a held key: one read of several keys, split as the reader splits it.
		arbitrary: fc
			.array(
				fc.constantFrom(
					"j",
					"k",
					"\u007f",
					"\t",
					"\r",
					"/",
					"资本",
					"G",
					"\u001b[B",
					"\u001b[6~",
					"copilot",
					"3",
				),
				{
					minLength: 2,
					maxLength: 6,
				},
			)
			.map((parts): ReaderEvent[] =>
				decodeKeys(parts.join(""), true).keys.map((key) => ({ type: "key", key })),
			),
	},
	{
		weight: 1,
		arbitrary: fc
			.record({ columns: fc.integer({ min: 30, max: 200 }), rows: fc.integer({ min: 8, max: 50 }) })
			.map(({ columns, rows }): ReaderEvent[] => [{ type: "resize", columns, rows }]),
	},
);

const library = libraryOfNotes(libraryNotes);
const model = createReaderModel(library);
const factsOf = (state: ReaderState) => model(state).facts;

function check(state: ReaderState) {
	const { columns, rows } = state.size;
	const frame = stripAnsi(
		renderToString(
			<ReaderFrame state={state} view={model(state)} theme={monochromeTheme} hyperlinks={false} />,
			{ columns },
		),
	);
	const lines = frame.split("\n");
	// A frame was drawn at all: the minimum size's message, or the reader's chrome.
	expect(lines.length).toBeGreaterThan(columns >= 40 && rows >= 10 ? 3 : 0);
	expect(lines.length, frame).toBeLessThanOrEqual(rows - 1);
	for (const line of lines) expect(textWidth(line), line).toBeLessThanOrEqual(columns);
	const note = model(state).note;
	const view = state.note?.view;
	if (note?.inFigures && view && !state.help) {
		const top = view.scroll[view.section];
		// A row under the table's header, which stays while the rows scroll, is not shown.
		const shown = (note.content.figureRows ?? []).some((row) =>
			rowOnScreen(row, top, note.facts.viewport, note.content.tableHeader),
		);
		expect(note.selectedFigure === view.figure).toBe(shown);
	}
	for (const part of ["list", "results"] as const) {
		const position = state.library?.[part];
		const viewport = model(state).library?.viewport ?? 1;
		if (position && position.selected > 0) expect(position.selected - position.top).toBeLessThan(viewport);
	}
}

describe("random key sequences in every mode", () => {
	it("never throw, keep every frame within the screen and the selection on it", () => {
		const bundled = library.open(
			libraryNotes.find((headed) => headed.note.id.includes("mai")) ??
				(libraryNotes[0] as (typeof libraryNotes)[number]),
		);
		fc.assert(
			fc.property(
				fc.boolean(),
				fc.record({ columns: fc.integer({ min: 40, max: 160 }), rows: fc.integer({ min: 10, max: 40 }) }),
				fc.array(event, { maxLength: 25 }),
				(single, size, events) => {
					let state = initialReaderState({ ...size, language: "en", ...(single ? { note: bundled } : {}) });
					const dispatch = (next: ReaderEvent) => {
						const step = reduceReader(state, next, factsOf);
						state = step.state;
						for (const effect of step.effects)
							if (effect.type === "open") runEffect(effect, dispatch, { ...io, open: library.open });
							else if (effect.type === "loadOriginal")
								dispatch({
									type: "original",
									loaded: effect.loaded,
									text: "原文 copilot\nThe original text",
								});
					};
					for (const chunk of events) {
						for (const one of chunk) dispatch(one);
						check(state);
					}
				},
			),
			{ numRuns: 60 },
		);
	});
});

const io = { quit: () => {}, suspend: () => {}, copy: () => {}, loadOriginal: async () => undefined };
