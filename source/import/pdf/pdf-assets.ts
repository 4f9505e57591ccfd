import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Returns the folder (ending in a separator) of pdf.js's packed character maps, which Chinese fonts
 * without a Unicode map need: `dist/cmaps/` beside the bundle (the build copies them there), or
 * pdfjs-dist's own when running from source in tests. Undefined when neither is there.
 */
export function characterMapFolder(): string | undefined {
	let folder = path.dirname(fileURLToPath(import.meta.url));
	for (let level = 0; level < 4; level += 1) {
		for (const candidate of [
			path.join(folder, "cmaps"),
			path.join(folder, "node_modules/pdfjs-dist/cmaps"),
		]) {
			if (existsSync(path.join(candidate, "Adobe-GB1-UCS2.bcmap"))) return `${candidate}${path.sep}`;
		}
		folder = path.dirname(folder);
	}
	return undefined;
}
