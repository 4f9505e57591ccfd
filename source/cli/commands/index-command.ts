import { rmSync, statSync } from "node:fs";
import { BriefingError } from "../../base/briefing-error.ts";
import { cannotRead } from "../../load/read-input.ts";
import { exitCodes } from "../exit-codes.ts";
import { openIndexFor, progressLine } from "../library-notes.ts";
import type { Options } from "../options.ts";
import { warn } from "../warn.ts";
import { writeOutput } from "../write-output.ts";

/**
 * `briefing index`: brings the index up to date (anew with --rebuild) and, with --status, tells its state.
 * Resolves with the exit code; throws "cannot-create" when the index cannot be used.
 */
export async function runIndex(options: Options): Promise<number> {
	// The index's modules load only here: this command shares its chunk with the printing ones.
	const { indexFile } = await import("../../library/index/library-index.ts");
	const { indexFiles } = await import("../../library/index/index-database.ts");
	const file = indexFile(process.env);
	if (options.rebuild) {
		try {
			for (const each of indexFiles(file)) rmSync(each, { recursive: true, force: true });
		} catch (error) {
			throw new BriefingError(
				`briefing: cannot make the index anew: ${cannotRead(file, error).message}`,
				"cannot-create",
			);
		}
	}
	const started = performance.now();
	// This command is the index: when it cannot be used, why is the error, not a warning.
	const index = await openIndexFor(options, warn, progressLine(process.stderr), true, (reason) => {
		throw new BriefingError(`briefing: ${reason}`, "cannot-create");
	});
	if (index === undefined)
		throw new BriefingError("briefing: the library index cannot be used", "cannot-create");
	try {
		if (!options.status) return exitCodes.ok;
		const ms = Math.round(performance.now() - started);
		const { read, reused, removed, unchanged } = index.counts;
		const lines = [
			`index   ${file}`,
			`engine  ${engineLine(index.engine)}`,
			`notes   ${index.count}`,
			`size    ${(statSync(file).size / 1024 / 1024).toFixed(1)} MiB`,
			`update  ${read} read, ${reused} reused, ${removed} removed, ${unchanged} unchanged in ${ms} ms`,
		];
		return writeOutput(process.stdout, `${lines.join("\n")}\n`);
	} finally {
		index.close();
	}
}

/** Names the SQLite engine in use, and why the native one is not, when it is not. */
function engineLine(engine: { name: string; nativeMissing?: string }): string {
	if (engine.name === "native") return "better-sqlite3 (native)";
	return `node-sqlite3-wasm (WebAssembly; better-sqlite3: ${engine.nativeMissing ?? "not used"})`;
}
