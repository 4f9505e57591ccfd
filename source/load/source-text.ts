import { realpathSync } from "node:fs";
import path from "node:path";
import type { LoadedNote } from "./load-notes.ts";
import { inputLimits, readLimited } from "./read-input.ts";
import { sanitizeText } from "./sanitize.ts";

/**
 * Whether a note in `noteFolder` may name `target` as its source text (`source.text`); both are
 * real paths (symbolic links resolved). The rule: the text is in the note's folder or below it, or
 * in a folder named `sources` beside that folder (the bundled layout: `data/notes/x.json` names
 * `../sources/x.txt`). Anything else — /etc/passwd, a file in the home folder — is refused.
 */
export function sourceTextAllowed(noteFolder: string, target: string): boolean {
	const inside = (folder: string) =>
		target.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep);
	return inside(noteFolder) || inside(path.join(path.dirname(noteFolder), "sources"));
}

/**
 * Returns the path to write as `source.text` for a note written to `output` that was drafted from
 * `input`: relative to the note's folder, with `/` between folders; or undefined when the input
 * lies outside what {@link sourceTextAllowed} lets a note name (or either path cannot be resolved).
 */
export function sourceTextFor(output: string, input: string): string | undefined {
	try {
		const folder = realpathSync(path.dirname(path.resolve(output)));
		const target = realpathSync(input);
		if (!sourceTextAllowed(folder, target)) return undefined;
		return path.relative(folder, target).split(path.sep).join("/");
	} catch {
		return undefined;
	}
}

/**
 * Returns the original text a note was made from, sanitized, or undefined when the note names none
 * or it cannot be shown. `source.text` must be a relative path that, symbolic links resolved, is
 * allowed by {@link sourceTextAllowed}, to a regular file or a pipe of at most the import limit
 * (a device such as /dev/tty or /dev/zero is never opened for reading).
 */
export async function loadSourceText({ note, file }: LoadedNote): Promise<string | undefined> {
	const text = note.source?.text;
	if (text === undefined || file === "-" || path.isAbsolute(text)) return undefined;
	try {
		const folder = realpathSync(path.dirname(file));
		const target = realpathSync(path.resolve(folder, text));
		if (!sourceTextAllowed(folder, target)) return undefined;
		const bytes = await readLimited(target, inputLimits.import, { pipes: false });
		return sanitizeText(bytes.toString("utf8"));
	} catch {
		return undefined;
	}
}
