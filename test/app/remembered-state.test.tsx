import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { cleanup, render } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { libraryOfNotes } from "../../source/app/reader-library.ts";
import type { NotePlace, Remembered } from "../../source/app/resume.ts";
import { Root } from "../../source/app/root.tsx";
import { type ReaderIo, runEffect } from "../../source/app/run-effect.ts";
import { readState, stateFile, writeState } from "../../source/app/state-file.ts";
import { monochromeTheme } from "../../source/app/theme.ts";
import type { LoadedNote } from "../../source/load/load-notes.ts";
import { temporaryFolder } from "../support/temporary-folder.ts";
import { bundledNote, interact } from "./render-app.tsx";
import { libraryNotes } from "./render-library.tsx";

afterEach(cleanup);

describe("where the reader's state is kept", () => {
	it("is $XDG_STATE_HOME/briefing, else ~/.local/state/briefing", () => {
		expect(stateFile({ XDG_STATE_HOME: "/x/state", HOME: "/home/a" })).toBe("/x/state/briefing/state.json");
		expect(stateFile({ HOME: "/home/a" })).toBe("/home/a/.local/state/briefing/state.json");
		// A relative or empty XDG_STATE_HOME is ignored, as the XDG specification says.
		expect(stateFile({ XDG_STATE_HOME: "state", HOME: "/home/a" })).toBe(
			"/home/a/.local/state/briefing/state.json",
		);
		expect(stateFile({ XDG_STATE_HOME: "", HOME: "/home/a" })).toBe(
			"/home/a/.local/state/briefing/state.json",
		);
	});
});

const place: Remembered = {
	language: "zh",
	note: {
		file: "/notes/a.json",
		id: "a",
		pane: "figures",
		tab: 0,
		figure: 3,
		anchor: { heading: -1, fraction: 0.25 },
	},
};

describe("the state file", () => {
	it("is written atomically in a folder it makes, and read back as written", () => {
		const file = stateFile({ XDG_STATE_HOME: temporaryFolder("state") });
		writeState(file, place);
		expect(readState(file)).toEqual({ state: place });
		writeState(file, { language: "en" });
		expect(readState(file)).toEqual({ state: { language: "en" } });
		// Nothing but the file itself is left in its folder (no temporary file).
		expect(readdirSync(path.dirname(file))).toEqual(["state.json"]);
	});

	it("is nothing remembered, quietly, when there is none", () => {
		expect(readState(path.join(temporaryFolder("state"), "briefing", "state.json"))).toEqual({});
	});

	it.each([
		["not JSON", "{ this is not json"],
		["another program's", JSON.stringify({ theme: "dark" })],
		["another version", JSON.stringify({ kind: "briefing reader state", version: 99, language: "en" })],
		[
			"a language briefing has not",
			JSON.stringify({ kind: "briefing reader state", version: 1, language: "fr" }),
		],
		[
			"a place out of bounds",
			JSON.stringify({
				kind: "briefing reader state",
				version: 1,
				language: "en",
				note: { ...place.note, tab: -1 },
			}),
		],
		["an array", "[]"],
		["empty", ""],
	])("is ignored with one warning line when it is %s, and replaced at the next save", (_, text) => {
		const file = stateFile({ XDG_STATE_HOME: temporaryFolder("state") });
		mkdirSync(path.dirname(file), { recursive: true });
		writeFileSync(file, text);
		const read = readState(file);
		expect(read.state).toBeUndefined();
		expect(read.warning).toMatch(/^ignored .*state\.json: not a reader state this briefing wrote/u);
		expect(read.warning).not.toContain("\n");
		writeState(file, place);
		expect(readState(file)).toEqual({ state: place });
	});

	it("is not written, and nothing is thrown, where the folder cannot be made or written", () => {
		const root = temporaryFolder("state");
		// A file where the briefing folder should be.
		writeFileSync(path.join(root, "briefing"), "");
		expect(() => writeState(stateFile({ XDG_STATE_HOME: root }), place)).not.toThrow();
		const locked = temporaryFolder("state");
		mkdirSync(path.join(locked, "briefing"));
		chmodSync(path.join(locked, "briefing"), 0o500);
		const file = stateFile({ XDG_STATE_HOME: locked });
		expect(() => writeState(file, place)).not.toThrow();
		if (process.getuid?.() !== 0) expect(existsSync(file)).toBe(false);
		chmodSync(path.join(locked, "briefing"), 0o700);
	});

	it("holds only what it is given (no note text)", () => {
		const file = stateFile({ XDG_STATE_HOME: temporaryFolder("state") });
		writeState(file, place);
		expect(Object.keys(JSON.parse(readFileSync(file, "utf8")))).toEqual([
			"kind",
			"version",
			"language",
			"note",
		]);
	});
});

/** Renders the reader on notes, opening `note` at `place` when given, and records what it remembers. */
function renderRemembering(
	notes: LoadedNote[],
	options: { note?: LoadedNote; place?: Remembered["note"]; row?: number } = {},
) {
	const library = libraryOfNotes(notes);
	const remembered: Remembered[] = [];
	const io: ReaderIo = {
		quit: () => {},
		suspend: () => {},
		copy: () => {},
		open: library.open,
		loadOriginal: async () => "ORIGINAL TEXT 原文",
	};
	const note = options.note ?? (notes.length === 1 ? notes[0] : undefined);
	const instance = render(
		<Root
			library={library}
			{...(note ? { note } : {})}
			{...(options.place ? { place: options.place } : {})}
			{...(options.row === undefined ? {} : { libraryRow: options.row })}
			columns={100}
			rows={30}
			language="en"
			theme={monochromeTheme}
			hyperlinks={false}
			interactive
			onRemember={(now) => remembered.push(now)}
			onEffect={(effect, dispatch) => runEffect(effect, dispatch, io)}
		/>,
	);
	return { ...instance, ...interact(instance), remembered };
}

/** A place in the bundled note's file `file`: its top, Thesis, unless told otherwise. */
const placeIn = (file: string, place: Partial<NotePlace>): NotePlace => ({
	file,
	id: bundledNote.id,
	pane: "thesis",
	tab: 0,
	figure: 0,
	anchor: { heading: -1, fraction: 0 },
	...place,
});

describe("the reader remembers and resumes", () => {
	const mai: LoadedNote = { note: bundledNote, file: "/notes/mai.json" };

	it("tells where it is after every key: the language, the note, its pane, figure and place", async () => {
		const app = renderRemembering([mai]);
		await app.press("3");
		await app.press("j");
		await app.press("j");
		await app.press("L");
		const last = app.remembered.at(-1);
		expect(last?.language).toBe("zh");
		expect(last?.note).toMatchObject({
			file: "/notes/mai.json",
			id: bundledNote.id,
			pane: "figures",
			figure: 2,
		});
	});

	it("opens a note at the place remembered, and remembers the same place again", async () => {
		const first = renderRemembering([mai]);
		await first.press("6");
		for (let page = 0; page < 2; page += 1) await first.press(" ");
		const left = first.frame();
		const saved = first.remembered.at(-1)?.note;
		expect(saved?.pane).toBe("source");
		first.unmount();
		const second = renderRemembering([mai], { ...(saved ? { place: saved } : {}) });
		const body = (text: string) => text.split("\n").slice(3, -1).join("\n");
		await second.waitFor((text) => body(text) === body(left), "the same lines as the first session left");
		expect(second.remembered.at(-1)?.note).toEqual(saved);
	});

	it("opens Key numbers on the remembered figure", async () => {
		const app = renderRemembering([mai], {
			place: placeIn(mai.file, { pane: "figures", figure: 7 }),
		});
		const frame = await app.waitFor((text) => text.includes("[3 Key numbers]"));
		expect(frame).toContain("▶ GitHub Copilot paid");
		expect(frame).toContain("figure 8/10");
	});

	it("keeps a remembered place within the note (a figure or tab it no longer has)", async () => {
		const app = renderRemembering([mai], {
			place: placeIn(mai.file, { pane: "figures", tab: 9, figure: 99, anchor: { heading: 50, fraction: 1 } }),
		});
		const frame = await app.waitFor((text) => text.includes("[3 Key numbers]"));
		expect(frame).toContain("figure 10/10");
	});

	it("opens a note of a library with the library behind it (Backspace goes back, its row selected)", async () => {
		const row = libraryNotes.findIndex((headed) => headed.note.id === bundledNote.id);
		const loaded = libraryNotes[row] as LoadedNote;
		const app = renderRemembering(libraryNotes, {
			note: loaded,
			row,
			place: placeIn(loaded.file, { pane: "risks" }),
		});
		expect(await app.waitFor((text) => text.includes("[4 Risks]"))).toContain("Microsoft may launch");
		const list = await app.press("\u007f");
		expect(list).toContain("of 3 notes");
		expect(list.split("\n").find((line) => line.includes("▶"))).toContain("2024-05-07");
	});
});
