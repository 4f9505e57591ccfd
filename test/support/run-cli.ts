import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The repository's root folder. */
export const root = fileURLToPath(new URL("../..", import.meta.url));

/** What a finished run of the CLI left behind. */
export interface CliResult {
	code: number | null;
	stdout: string;
	stderr: string;
}

/** The environment a test's run of the CLI gets: PATH, LANG=en_US.UTF-8, the tests' cache, and `env`. */
function cliEnvironment(env: Record<string, string> = {}): Record<string, string> {
	return {
		PATH: process.env.PATH ?? "",
		LANG: "en_US.UTF-8",
		BRIEFING_CACHE: process.env.BRIEFING_CACHE ?? "",
		...env,
	};
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
		env: cliEnvironment(options.env),
		input: options.input ?? "",
		encoding: "utf8",
		// A guard against a hang, not a speed target: a busy two-core machine must not fail a slow but working run.
		timeout: options.timeout ?? 60_000,
		maxBuffer: 512 * 1024 * 1024,
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** What a finished (or killed) run of the CLI left behind, with the signal that ended it and its time. */
export interface CliRun extends CliResult {
	signal: NodeJS.Signals | null;
	ms: number;
}

/**
 * Runs the built CLI as {@link runCli} does, without blocking, so that tests can run several at a
 * time; a run is killed (SIGKILL) after `timeout` milliseconds (20 s unless given).
 */
export function runCliAsync(
	args: string[],
	options: { env?: Record<string, string>; input?: string; timeout?: number } = {},
): Promise<CliRun> {
	const started = performance.now();
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ["dist/cli.js", ...args], {
			cwd: root,
			env: cliEnvironment(options.env),
			timeout: options.timeout ?? 20_000,
			killSignal: "SIGKILL",
		});
		const stdout: Buffer[] = [];
		const stderr: Buffer[] = [];
		child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
		child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
		child.on("error", reject);
		child.on("close", (code, signal) =>
			resolve({
				code,
				signal,
				stdout: Buffer.concat(stdout).toString("utf8"),
				stderr: Buffer.concat(stderr).toString("utf8"),
				ms: performance.now() - started,
			}),
		);
		child.stdin.on("error", () => {});
		child.stdin.end(options.input ?? "");
	});
}
