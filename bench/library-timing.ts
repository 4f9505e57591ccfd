// Times, inside one process, against a warm library index (opened and brought up to date first, not
// timed), one of:
// - `search QUERY…`: a search of the whole library (the slowest query, best of 3 rounds);
// - `keys TIMED KEY…`: the reader's library view driven by its keys as a person presses them (the
//   reducer, then the frame's model, as a key does in the reader), from its first screen (drawn, not
//   timed): the slowest of the last TIMED keys. A process presses one sequence, so nothing an earlier
//   key read is kept (the reader keeps its index open until it ends). `sort:ORDER` stands for the `s`
//   that lands on ORDER straight from the library's own order (the reducer's work: the model of the
//   new order, and the row there of the note selected), so each order can be timed first.
// Prints one JSON line. Usage: node library-timing.js FOLDER search QUERY… | keys TIMED KEY…
import type { SortOrder } from "../source/app/library/library-state.ts";
import type { ReaderLibrary } from "../source/app/reader-library.ts";
import { createReaderModel } from "../source/app/reader-model.ts";
import { initialReaderState, type ReaderState, reduceReader } from "../source/app/reader-state.ts";
import { readerLibrary } from "../source/cli/library-notes.ts";
import { resolveOptions } from "../source/cli/options.ts";
import { indexFile, openLibraryIndex } from "../source/library/index/library-index.ts";

const [folder = ".", mode = "search", ...rest] = process.argv.slice(2);

if (mode === "search") {
	const index = await openLibraryIndex({
		roots: [{ path: folder, kind: "folder" }],
		file: indexFile(process.env),
	});
	const times = rest.map((query) => {
		let best = Number.POSITIVE_INFINITY;
		for (let round = 0; round < 3; round += 1) {
			const before = performance.now();
			index.search(query);
			best = Math.min(best, performance.now() - before);
		}
		return best;
	});
	index.close();
	process.stdout.write(`${JSON.stringify({ queryMs: Math.max(...times), engine: index.engine.name })}\n`);
} else {
	const [timedText = "1", ...keys] = rest;
	const timed = Number(timedText);
	const facts = {
		stdoutIsTTY: true,
		stdinIsTTY: true,
		columns: 100,
		rows: 30,
		environment: {},
		colorSupport: 0,
	} as const;
	const library = (await readerLibrary(
		resolveOptions([folder], { section: [], debug: false }, facts),
		() => {},
		() => {},
	)) as ReaderLibrary;
	const model = createReaderModel(library);
	let state: ReaderState = initialReaderState({ columns: facts.columns, rows: facts.rows, language: "en" });
	model(state);
	let slowest = 0;
	keys.forEach((key, at) => {
		const before = performance.now();
		if (key.startsWith("sort:") && state.library !== undefined) {
			const selected = model(state).facts.library?.row(state.library.list.selected);
			state = { ...state, library: { ...state.library, sort: key.slice(5) as SortOrder } };
			if (selected !== undefined) model(state).facts.library?.rowOf(selected);
		} else state = reduceReader(state, { type: "key", key }, (each) => model(each).facts).state;
		model(state);
		if (at >= keys.length - timed) slowest = Math.max(slowest, performance.now() - before);
	});
	const shown = model(state).library;
	process.stdout.write(
		`${JSON.stringify({ ms: slowest, rows: shown?.rowCount, results: shown?.results.length })}\n`,
	);
	process.exit(0);
}
