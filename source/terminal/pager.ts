import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// Pagers and editors that open a file at line N when given `+N` before it.
const takesLine = new Set([
	"less",
	"more",
	"most",
	"pg",
	"vi",
	"vim",
	"nvim",
	"view",
	"nano",
	"emacs",
	"micro",
]);

/**
 * Returns the arguments to give a pager to show `file` at `line` (from 1): `+N` first for pagers
 * known to take it (less, more, most, vi and the like, by the command's base name), else the file
 * alone. `pager` is a shell command line, as $PAGER is (`less -R`).
 */
export function pagerArguments(pager: string, file: string, line: number): string[] {
	const command = path.basename(pager.trim().split(/\s+/u)[0] ?? "");
	return takesLine.has(command) && line > 1 ? [`+${line}`, file] : [file];
}

/** Returns the pager to use: $PAGER when set and not blank, else less. */
export function pagerOf(environment: Record<string, string | undefined>): string {
	const pager = environment.PAGER?.trim() ?? "";
	return pager === "" ? "less" : pager;
}

/** How a pager run ended: well, or with a line saying what went wrong. */
export type PagerResult = { ok: true } | { ok: false; message: string };

/**
 * Shows text in a pager on the terminal and waits for it to end: the text is written to a file of
 * its own in a new private temporary folder (mode 0600), the pager runs through `/bin/sh -c` (so
 * $PAGER may hold flags) with `keyboard` as its standard input and the process's standard output,
 * and the folder is deleted afterwards, however the pager ended. The caller gives the terminal over
 * before and takes it back after (the event loop is blocked meanwhile, so nothing else reads keys
 * or draws). The text must be free of control sequences already. Never throws: a pager that cannot
 * start or fails comes back as a message (its first line of standard error when it wrote one).
 */
export function runPager(text: string, line: number, pager: string, keyboard: number): PagerResult {
	let folder: string | undefined;
	try {
		folder = mkdtempSync(path.join(tmpdir(), "briefing-"));
		const file = path.join(folder, "original.txt");
		writeFileSync(file, text, { mode: 0o600 });
		const run = spawnSync(
			"/bin/sh",
			["-c", `${pager} "$@"`, "briefing-pager", ...pagerArguments(pager, file, line)],
			{
				stdio: [keyboard, "inherit", "pipe"],
			},
		);
		if (run.error) return { ok: false, message: `The pager could not be started: ${run.error.message}` };
		const said = run.stderr
			?.toString("utf8")
			.split("\n")
			.find((part) => part.trim() !== "")
			?.trim();
		if (run.status === 127 || run.status === 126)
			return { ok: false, message: `The pager “${pager}” could not be started${said ? `: ${said}` : ""}` };
		if (run.status !== 0 && run.signal === null)
			return {
				ok: false,
				message: `The pager “${pager}” ended with exit code ${run.status}${said ? `: ${said}` : ""}`,
			};
		return { ok: true };
	} catch (error) {
		return {
			ok: false,
			message: `The original text could not be handed to the pager: ${(error as Error).message}`,
		};
	} finally {
		if (folder) rmSync(folder, { recursive: true, force: true });
	}
}
