// Times, inside one process, what a library costs: reading and validating every note, building the
// search entries, and answering queries. Prints one JSON line. Usage: node library-timing.js FOLDER
import { searchEntry, searchLibrary } from "../source/library/search-library.ts";
import { loadNotes } from "../source/load/load-notes.ts";

const folder = process.argv[2] ?? ".";
const start = performance.now();
const notes = await loadNotes({ inputs: [folder], readStdin: async () => "" });
const loaded = performance.now();
const entries = notes.map(searchEntry);
const indexed = performance.now();
const queries = ["资本开支", "copilot", "算力需求 growing", "microsoft", "zzqx"];
const times = queries.map((query) => {
	const before = performance.now();
	searchLibrary(entries, query);
	return performance.now() - before;
});
process.stdout.write(
	`${JSON.stringify({
		notes: notes.length,
		loadMs: loaded - start,
		indexMs: indexed - loaded,
		queryMs: times.sort((a, b) => a - b)[Math.floor(times.length / 2)],
		slowestQueryMs: Math.max(...times),
		peakMiB: process.resourceUsage().maxRSS / 1024,
	})}\n`,
);
