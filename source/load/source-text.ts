import { realpathSync, statSync } from "node:fs";
import path from "node:path";
import { BriefingError } from "../base/briefing-error.ts";
import type { LoadedNote } from "./load-notes.ts";
import { inputLimits, readLimited } from "./read-input.ts";
import { fileName, sanitizeText } from "./sanitize.ts";

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
 * Why a note's original text cannot be read: gone (it, or a folder on its way, was moved or
 * deleted), denied (no permission), unreadable (another error of the system), not a file (a folder,
 * a device, a pipe), outside (not in the note's folder nor the sources folder beside it, so never
 * read), too large (over the import limit), standard input (the note came on it, so there is no
 * folder to find a relative path in).
 */
export type SourceTextReason =
	| "gone"
	| "denied"
	| "unreadable"
	| "not a file"
	| "outside"
	| "too large"
	| "standard input";

/** A note's original text that cannot be read: where the note says it is (fit to show), and why. */
export interface SourceTextProblem {
	path: string;
	reason: SourceTextReason;
}

/** Returns why a file could not be reached, from the system's error: gone, denied or unreadable. */
export function sourceTextReason(error: unknown): SourceTextReason {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	if (code === "ENOENT" || code === "ENOTDIR") return "gone";
	return code === "EACCES" || code === "EPERM" ? "denied" : "unreadable";
}

/**
 * Returns the original text a note was made from, sanitized; undefined when the note names none; or,
 * when it names one that cannot be shown, where that is and why. `source.text` must be a relative
 * path that, symbolic links resolved, is allowed by {@link sourceTextAllowed}, to a regular file of
 * at most the import limit (a device such as /dev/tty or /dev/zero, or a pipe, is never opened). The
 * path given is the note's folder joined with `source.text` (as the note names it, links not
 * resolved), sanitized by `fileName`.
 */
export async function readSourceText({
	note,
	file,
}: LoadedNote): Promise<string | SourceTextProblem | undefined> {
	const text = note.source?.text;
	if (text === undefined) return undefined;
	const named = file === "-" ? text : path.resolve(path.dirname(file), text);
	const problem = (reason: SourceTextReason): SourceTextProblem => ({ path: fileName(named), reason });
	if (file === "-") return problem("standard input");
	if (path.isAbsolute(text)) return problem("outside");
	let target: string;
	try {
		const folder = realpathSync(path.dirname(file));
		target = realpathSync(path.resolve(folder, text));
		if (!sourceTextAllowed(folder, target)) return problem("outside");
		if (!statSync(target).isFile()) return problem("not a file");
	} catch (error) {
		return problem(sourceTextReason(error));
	}
	try {
		const bytes = await readLimited(target, inputLimits.import, { pipes: false, regular: true });
		return sanitizeText(bytes.toString("utf8"));
	} catch (error) {
		// readLimited says why in a BriefingError: its kind tells a file too large from one unreadable.
		if (error instanceof BriefingError && error.kind === "invalid-input") return problem("too large");
		return problem(sourceTextReason(error));
	}
}
