// Times, inside one process, a query against a warm library index (the index opened and brought
// up to date first, not timed). Prints one JSON line. Usage: node library-timing.js FOLDER QUERY…
import { indexFile, openLibraryIndex } from "../source/library/index/library-index.ts";

const [folder = ".", ...queries] = process.argv.slice(2);
const index = await openLibraryIndex({
	roots: [{ path: folder, kind: "folder" }],
	file: indexFile(process.env),
});
const times = queries.map((query) => {
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
