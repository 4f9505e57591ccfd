import { describe, expect, it } from "vitest";
import { initialReaderState, modeOf } from "../../source/app/reader-state.ts";
import { libraryNotes } from "./render-library.tsx";
import { run } from "./run-reader.ts";

const mai = libraryNotes.find((candidate) => candidate.note.id.includes("mai"));
if (mai === undefined) throw new Error("no MAI-1 note in the library");
const onMai = () => initialReaderState({ columns: 100, rows: 30, language: "en", note: mai });

describe("the reducer: a figure in context and the pager", () => {
	it("o opens the selected figure in context and asks for the original text; o, Esc and q close it", () => {
		const opened = run(["3", "j", "o"], onMai());
		expect(opened.state.note?.context).toEqual({ figure: 1, top: undefined });
		expect(modeOf(opened.state)).toBe("original");
		expect(opened.effects).toContainEqual({ type: "loadOriginal", loaded: mai });
		for (const key of ["o", "escape", "q"]) {
			const closed = run([key], opened.state);
			expect(closed.state.note?.context).toBeUndefined();
			expect(closed.state.note?.view.figure).toBe(1);
			expect(closed.effects).toEqual([]);
		}
		expect(run(["ctrl-c"], opened.state).effects).toEqual([{ type: "quit" }]);
	});

	it("closes the figure in context, saying so, when the note turns out to have no original text", () => {
		const opened = run(["3", "o"], onMai()).state;
		const absent = run([{ type: "original", loaded: mai, text: undefined }], opened).state;
		expect(absent.note?.context).toBeUndefined();
		expect(absent.note?.view.status).toBe("This note has no original text");
		expect(run(["o"], absent).state.note?.context).toBeUndefined();
	});

	it("v asks for the pager at the selected figure's quote, or with none where no figure is selected", () => {
		expect(run(["3", "j", "v"], onMai()).effects).toContainEqual({
			type: "pager",
			loaded: mai,
			quote: mai.note.figures[1]?.quote,
		});
		expect(run(["v"], onMai()).effects).toEqual([{ type: "pager", loaded: mai, quote: undefined }]);
	});
});
