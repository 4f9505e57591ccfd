import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

let found: string | undefined;

/**
 * Returns the package's `data/` folder. The code runs either bundled in `dist/` or from `source/`
 * in tests, so the folder is looked for upwards from this module.
 */
export function dataFolder(): string {
	if (found !== undefined) return found;
	let folder = path.dirname(fileURLToPath(import.meta.url));
	for (let level = 0; level < 4; level += 1) {
		const candidate = path.join(folder, "data");
		if (existsSync(path.join(candidate, "notes"))) {
			found = candidate;
			return candidate;
		}
		folder = path.dirname(folder);
	}
	throw new Error("briefing's bundled data/notes folder is missing from the installation");
}
