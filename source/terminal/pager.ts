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

/**
 * How a pager run went wrong: it could not be started (`start`), ended with exit code `code`
 * (`exit`), or the text could not be written for it (`handOver`); `detail` is the first line of the
 * pager's standard error, or the system's error message. The reader words it (see app/ui-words).
 */
export interface PagerFailure {
	problem: "start" | "exit" | "handOver";
	pager: string;
	code?: number;
	detail?: string;
}

/** How a pager run ended: well, or with what went wrong. */
export type PagerResult = { ok: true } | ({ ok: false } & PagerFailure);

/**
 * Shows text in a pager on the terminal and waits for it to end: the text is written to a file of
 * its own in a new private temporary folder (mode 0600), the pager runs through `/bin/sh -c` (so
 * $PAGER may hold flags; with LESSCHARSET=utf-8 unless it is set) with `keyboard` as its standard
 * input and the process's standard output, and the folder is deleted afterwards, however the pager
 * ended. The caller gives the terminal over before and takes it back after (the event loop is
 * blocked meanwhile, so nothing else reads keys or draws). The text must be free of control
 * sequences already. Never throws: a pager that cannot start or fails comes back as a
 * {@link PagerFailure} (with its first line of standard error when it wrote one).
 */
export function runPager(text: string, line: number, pager: string, keyboard: number): PagerResult {
	let folder: string | undefined;
	try {
		folder = mkdtempSync(path.join(tmpdir(), "briefing-"));
		const file = path.join(folder, "original.txt");
		writeFileSync(file, text, { mode: 0o600 });
		const run = spawnSync(
			"/bin/sh",
			// The file is UTF-8: less, in a locale it does not know (LANG naming one that is not
			// installed), would take it for a binary file; LESSCHARSET set by the user wins.
			[
				"-c",
				`: "\${LESSCHARSET:=utf-8}"; export LESSCHARSET; ${pager} "$@"`,
				"briefing-pager",
				...pagerArguments(pager, file, line),
			],
			{
				stdio: [keyboard, "inherit", "pipe"],
			},
		);
		if (run.error) return { ok: false, problem: "start", pager, detail: run.error.message };
		const said = run.stderr
			?.toString("utf8")
			.split("\n")
			.find((part) => part.trim() !== "")
			?.trim();
		const detail = said ? { detail: said } : {};
		if (run.status === 127 || run.status === 126) return { ok: false, problem: "start", pager, ...detail };
		if (run.status !== null && run.status !== 0 && run.signal === null)
			return { ok: false, problem: "exit", pager, code: run.status, ...detail };
		return { ok: true };
	} catch (error) {
		return { ok: false, problem: "handOver", pager, detail: (error as Error).message };
	} finally {
		if (folder) rmSync(folder, { recursive: true, force: true });
	}
}
