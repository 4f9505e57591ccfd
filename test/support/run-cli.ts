import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The repository's root folder. */
export const root = fileURLToPath(new URL("../..", import.meta.url));

/** What a finished run of the CLI left behind. */
export interface CliResult {
	code: number | null;
	stdout: string;
	stderr: string;
}

/**
 * Runs the built CLI (`dist/cli.js`, made by `npm run build`) with piped standard streams and an
 * environment of only what is given: PATH, LANG=en_US.UTF-8, and `env`. The run is killed after
 * `timeout` milliseconds (60 s unless given).
 */
export function runCli(
	args: string[],
	options: { env?: Record<string, string>; input?: string; timeout?: number } = {},
): CliResult {
	const result = spawnSync(process.execPath, ["dist/cli.js", ...args], {
		cwd: root,
		env: {
			PATH: process.env.PATH ?? "",
			LANG: "en_US.UTF-8",
			BRIEFING_CACHE: process.env.BRIEFING_CACHE ?? "",
			...options.env,
		},
		input: options.input ?? "",
		encoding: "utf8",
		// A guard against a hang, not a speed target: a busy two-core machine must not fail a slow but working run.
		timeout: options.timeout ?? 60_000,
		maxBuffer: 512 * 1024 * 1024,
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
