// `npm run bench`: briefing's start-up, key-press and memory figures, measured side by side in one
// run (variants interleaved round by round, so a busy machine slows them all alike) and reported as
// ratios against their targets. Usage: node bench/run.js [--runs N] [--presses N]
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import { bundleOptions } from "../scripts/build-options.js";
import { startInPty, summarize, timeProcess } from "./measure.js";
import { libraryKeyPresses } from "./reader-keys.js";

const { values } = parseArgs({
	options: { runs: { type: "string", default: "15" }, presses: { type: "string", default: "60" } },
});
const runs = Number(values.runs);
const presses = Number(values.presses);

const folder = mkdtempSync(path.join(tmpdir(), "briefing-bench-"));
try {
	// The peers sit in dist/ below a copy of package.json, as briefing does: meow looks for it.
	copyFileSync("package.json", path.join(folder, "package.json"));
	const peers = path.join(folder, "dist");
	await build({
		...bundleOptions(
			{
				"meow-hello": "bench/meow-hello.ts",
				"wrap-timing": "bench/wrap-timing.ts",
			},
			peers,
		),
		logLevel: "error",
	});
	// The floor of any meow CLI: a meow hello with meow as published (the one above defers meow's
	// package normalisation as briefing's bundle does, to show how much of briefing's margin that is).
	const published = path.join(folder, "published");
	await build({
		...bundleOptions({ "meow-hello": "bench/meow-hello.ts" }, published, { meowAsPublished: true }),
		logLevel: "error",
	});
	// The floor of the first frame: a bare Ink hello, bundled like briefing but with Ink as published
	// (briefing's bundle changes Ink's style diff of each cell and its string-width, scripts/build-options.js).
	const inkAsPublished = path.join(folder, "ink");
	await build({
		...bundleOptions({ "ink-hello": "bench/ink-hello.tsx" }, inkAsPublished, { inkAsPublished: true }),
		logLevel: "error",
	});
	const hello = path.join(inkAsPublished, "ink-hello.js");

	const names = ["floor", "meowPublished", "meow", "version", "help", "bare", "piped", "hello", "reader"];
	const samples = Object.fromEntries(names.map((name) => [name, []]));
	const memory = Object.fromEntries(names.map((name) => [name, []]));
	const cpu = Object.fromEntries(names.map((name) => [name, []]));
	const keys = [];
	for (let round = 0; round < runs; round += 1) {
		const floor = await timeProcess(["-e", "0"]);
		const meowPublished = await timeProcess([path.join(published, "meow-hello.js"), "--format", "text"]);
		const meow = await timeProcess([path.join(peers, "meow-hello.js"), "--format", "text"]);
		const version = await timeProcess(["dist/cli.js", "--version"]);
		const help = await timeProcess(["dist/cli.js", "--help"]);
		const bare = await timeProcess(["dist/cli.js"]);
		const piped = await timeProcess(["dist/cli.js", "--format", "text"]);
		const helloRun = await startInPty([hello], "hello");
		const helloRss = await helloRun.quit();
		// The reader remembers its place in a folder of the bench's own, not the caller's: from the second
		// round on, it opens where the round before quit, as a person's next run does.
		const reader = await startInPty(["dist/cli.js"], "q quit", {
			env: { XDG_STATE_HOME: path.join(folder, "state") },
		});
		// A key press in a long pane: the Source pane, scrolled down and up by a line.
		if (round === 0) {
			await reader.press("6");
			for (let press = 0; press < presses; press += 1) {
				// A press whose frame Ink merged with the next one's brings no output: it is skipped, not waited for.
				const ms = await Promise.race([
					reader.press(press % 2 === 0 ? "j" : "k"),
					new Promise((resolve) => setTimeout(resolve, 2000)),
				]);
				if (ms !== undefined) keys.push(ms);
				// More than Ink's 30 fps frame interval, so each press is drawn at once, as a person types.
				await new Promise((resolve) => setTimeout(resolve, 40));
			}
		}
		const readerRss = await reader.quit();
		for (const [name, run] of Object.entries({ floor, meowPublished, meow, version, help, bare, piped })) {
			samples[name].push(run.ms);
			memory[name].push(run.rssKiB);
			cpu[name].push(run.cpuMs);
		}
		samples.hello.push(helloRun.firstFrameMs);
		samples.reader.push(reader.firstFrameMs);
		memory.hello.push(helloRss);
		memory.reader.push(readerRss);
	}

	const median = (list) => summarize(list).median;
	// Wrapping one unbroken word must take time in step with its length: 8 MB against 1 MB, per MB.
	const wrap = JSON.parse(
		execFileSync(process.execPath, [path.join(peers, "wrap-timing.js"), "3"], { encoding: "utf8" }),
	);
	const wrapRatio = wrap[8] / 8 / wrap[1];
	const packed = JSON.parse(
		execFileSync("npm", ["pack", "--dry-run", "--json", "--loglevel=error"], { encoding: "utf8" }),
	)[0];
	const manifest = JSON.parse(readFileSync("package.json", "utf8"));
	const keySummary = summarize(keys);
	const libraryKeys = await libraryKeyPresses({ presses });
	// Start-up is measured against the floor of any meow CLI (a bundled meow hello, meow as
	// published), and the reader's first frame against a bare bundled Ink hello's.
	const meowFloor = median(samples.meowPublished);
	const cpuFloor = median(cpu.meowPublished);
	const row = (name, key, against, target, cpuAgainst) => [
		name,
		samples[key],
		memory[key],
		against === undefined ? "" : median(samples[key]) / against,
		target ?? "",
		cpuAgainst === undefined ? "" : median(cpu[key]) / cpuAgainst,
		cpu[key],
	];
	const rows = [
		row("node -e 0", "floor"),
		row("meow hello, meow as published", "meowPublished"),
		row("meow hello, lazy normalisation", "meow", meowFloor, undefined, cpuFloor),
		row("briefing --version", "version", meowFloor, 1.05, cpuFloor),
		row("briefing --help", "help", meowFloor, 1.05, cpuFloor),
		row("briefing | … (no flags)", "bare", meowFloor, 1.15, cpuFloor),
		row("briefing --format text, piped", "piped", meowFloor, 1.15, cpuFloor),
		row("bare Ink hello, first frame", "hello"),
		row("briefing, first full frame", "reader", median(samples.hello), 1.2),
	];
	const results = {
		machine: `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
		runs,
		timings: Object.fromEntries(
			rows.map(([name, times, rss, ratio, target, cpuRatio, cpuTimes]) => [
				name,
				{
					...summarize(times),
					cpuMs: cpuTimes.length > 0 ? median(cpuTimes) : undefined,
					cpuRatio: cpuRatio || undefined,
					peakMemoryMiB: median(rss) / 1024,
					ratio: ratio || undefined,
					target: target || undefined,
				},
			]),
		),
		keyPressToFrameMs: { ...keySummary, target: 16 },
		libraryKeyPressToFrameMs: {
			notes: libraryKeys.notes,
			move: { ...libraryKeys.move, target: 16 },
			filter: { ...libraryKeys.filter, target: 16 },
			peer: libraryKeys.peer,
		},
		wrapUnbrokenWordMs: { "1 MB": wrap[1], "8 MB": wrap[8], ratioPerMB: wrapRatio, target: 1.5 },
		package: {
			tarballKiB: packed.size / 1024,
			unpackedKiB: packed.unpackedSize / 1024,
			files: packed.entryCount,
			runtimeDependencies: Object.keys(manifest.dependencies ?? {}).length,
		},
	};
	writeFileSync("bench/results.json", `${JSON.stringify(results, null, 2)}\n`);

	const format = (value) => (typeof value === "number" ? value.toFixed(1) : value);
	console.log(`briefing benchmark — ${results.machine}, ${runs} rounds\n`);
	console.log(
		"what                              median ms   p95 ms    cpu ms  peak MiB   ratio (to meow as published / Ink hello)",
	);
	for (const [name, times, rss, ratio, target, cpuRatio, cpuTimes] of rows) {
		const { median: m, p95 } = summarize(times);
		const against = target === "" ? "" : `  ≤ ${target}× ${ratio <= target ? "met" : "MISSED"}`;
		const ofCpu = cpuRatio === "" ? "" : `  (cpu ${cpuRatio.toFixed(2)}×)`;
		const verdict = ratio === "" ? "" : `${ratio.toFixed(2)}×${against}${ofCpu}`;
		const cpuMs = cpuTimes.length > 0 ? format(median(cpuTimes)) : "";
		console.log(
			`${name.padEnd(32)} ${format(m).padStart(9)} ${format(p95).padStart(8)} ${cpuMs.padStart(9)} ${format(median(rss) / 1024).padStart(9)}   ${verdict}`,
		);
	}
	console.log(
		`\nkey press → next frame (Source pane, ${keySummary.count} presses): median ${format(keySummary.median)} ms, p95 ${format(keySummary.p95)} ms — target median < 16 ms: ${keySummary.median < 16 ? "met" : "MISSED"}`,
	);
	printLibraryKeys(libraryKeys, format);
	console.log(
		`wrapping one unbroken word at 80 columns: 1 MB ${format(wrap[1])} ms, 8 MB ${format(wrap[8])} ms — per MB ${format(wrapRatio)}× the 1 MB time, target ≤ 1.5×: ${wrapRatio <= 1.5 ? "met" : "MISSED"}`,
	);
	console.log(
		`package: ${format(results.package.tarballKiB)} KiB packed, ${format(results.package.unpackedKiB)} KiB unpacked, ${results.package.files} files, ${results.package.runtimeDependencies} runtime dependencies`,
	);
} finally {
	rmSync(folder, { recursive: true, force: true });
}

/** Prints the key press → frame rows of the reader with a 10,000-note library open, against a lone note. */
function printLibraryKeys({ notes, move, filter, peer }, format) {
	for (const [what, summary] of [
		[`${notes}-note library, ↓/↑ in the list`, move],
		[`${notes}-note library, a filter letter typed / erased`, filter],
		["one note, j/k in the Source pane (the peer)", peer],
	])
		console.log(
			`key press → next frame, ${what} (${summary.count} presses${summary.undrawn ? `, ${summary.undrawn} drew nothing` : ""}): median ${format(summary.median)} ms, p95 ${format(summary.p95)} ms, ${format(summary.median / peer.median)}× the peer — target median < 16 ms: ${summary.median < 16 ? "met" : "MISSED"}`,
		);
}
