import { realpathSync } from "node:fs";
import path from "node:path";
import type { LibraryRoot } from "../library/index/update-index.ts";

const real = (file: string) => {
	try {
		return realpathSync(file);
	} catch {
		return path.resolve(file);
	}
};

/**
 * Returns the library's roots without those whose notes another root already reaches: the same
 * folder or file named twice (the later one kept, as the later takes precedence), or a folder or
 * `*.json` file inside a folder root, which that folder's walk lists. A root reached through a link
 * counts where the link leads, since the walk follows no link to a folder. The index takes each
 * note file once, so such a root would fail its update.
 */
export function distinctRoots(roots: readonly LibraryRoot[]): LibraryRoot[] {
	const reals = roots.map((root) => real(root.path));
	const folders = reals.filter((_, index) => roots[index]?.kind === "folder");
	return roots.filter((root, index) => {
		const at = reals[index] as string;
		if (reals.lastIndexOf(at) !== index) return false;
		const walked = root.kind === "folder" || at.endsWith(".json");
		return !(walked && folders.some((folder) => at.startsWith(folder === "/" ? "/" : `${folder}/`)));
	});
}
