// Timing helpers for the benchmark: child processes to exit, and programs in a pseudo-terminal to
// a given screen text, each run alone with a clean environment.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pty from "@lydell/node-pty";

const rssPreload = new URL("./max-rss.cjs", import.meta.url).pathname;

/** The environment every measured program gets: nothing of the caller's terminal settings. */
export const cleanEnvironment = {
	PATH: process.env.PATH ?? "",
	HOME: process.env.HOME ?? "/",
	TERM: "xterm-256color",
	LANG: "en_US.UTF-8",
};

function withRss(args, env = {}) {
	const folder = mkdtempSync(path.join(tmpdir(), "briefing-bench-"));
	const file = path.join(folder, "rss");
	return {
		args: ["--require", rssPreload, ...args],
		env: { ...cleanEnvironment, ...env, BENCH_RSS_FILE: file },
		/** The peak memory (KiB) and CPU time (ms) the process wrote when it exited. */
		read: () => {
			try {
				const [rssKiB, cpuMs] = readFileSync(file, "utf8").split(" ").map(Number);
				return { rssKiB, cpuMs };
			} finally {
				rmSync(folder, { recursive: true, force: true });
			}
		},
	};
}

/**
 * Runs `node ...args` with stdout to a pipe (and stderr to ours, or dropped with `quiet`); resolves
 * with its wall time (ms), peak memory (KiB) and CPU time (ms: less swayed by other work on the machine).
 */
export function timeProcess(args, { quiet = false, env = {}, okCodes = [0], timeoutMs = 30_000 } = {}) {
	const run = withRss(args, env);
	return new Promise((resolve, reject) => {
		const start = performance.now();
		const child = spawn(process.execPath, run.args, {
			env: run.env,
			stdio: ["ignore", "pipe", quiet ? "ignore" : "inherit"],
		});
		child.stdout.resume();
		const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
		child.on("error", reject);
		child.on("close", (code) => {
			clearTimeout(timer);
			const ms = performance.now() - start;
			if (!okCodes.includes(code)) reject(new Error(`node ${args.join(" ")} exited ${code}`));
			else resolve({ ms, ...run.read() });
		});
	});
}

/**
 * Starts `node ...args` in a pseudo-terminal and resolves when its output contains `ready`, with
 * the time that took; `session` then lets the caller press keys, and `quit` ends it.
 */
export function startInPty(args, ready, { cols = 100, rows = 30, env = {} } = {}) {
	const run = withRss(args, env);
	return new Promise((resolve, reject) => {
		const start = performance.now();
		const child = pty.spawn(process.execPath, run.args, { cols, rows, env: run.env });
		let output = "";
		let resolved = false;
		const listeners = new Set();
		const timer = setTimeout(() => {
			child.kill("SIGKILL");
			reject(new Error(`node ${args.join(" ")} never showed ${JSON.stringify(ready)}`));
		}, 30_000);
		const exited = new Promise((done) => child.onExit(done));
		child.onData((data) => {
			output += data;
			for (const listener of listeners) listener(data);
			if (!resolved && output.includes(ready)) {
				resolved = true;
				clearTimeout(timer);
				resolve({
					firstFrameMs: performance.now() - start,
					/** Resolves with the time from writing `key` until the program next writes output. */
					press(key) {
						return new Promise((done) => {
							const sent = performance.now();
							const listener = () => {
								listeners.delete(listener);
								done(performance.now() - sent);
							};
							listeners.add(listener);
							child.write(key);
						});
					},
					/** Quits with a key (`q` unless told) and resolves with the peak memory (KiB) once it has exited. */
					async quit(key = "q") {
						child.write(key);
						const killer = setTimeout(() => child.kill("SIGKILL"), 5_000);
						await exited;
						clearTimeout(killer);
						return run.read().rssKiB;
					},
				});
			}
		});
	});
}

/** Returns the median and the 95th percentile of some numbers. */
export function summarize(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const at = (fraction) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
	return { median: at(0.5), p95: at(0.95), count: sorted.length };
}
