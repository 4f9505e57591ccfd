// `npm run bench:import`: how `briefing import` scales. Drafting time per MB at 1, 4 and 16 MB of
// four shapes of text, measured side by side in one process; the ratio of the 16 MB rate to the
// 1 MB rate is the test of linear time (target ≤ 1.5×). Then the whole CLI on a 50 MB repost, and on
// PDFs of 3, 30 and 300 pages beside the same note's text (time and peak memory, median of 5).
// First, a real-sized note against `briefing --version`; `--seed` stops after it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import { bundleOptions } from "../scripts/build-options.js";
import { cleanEnvironment, summarize, timeProcess } from "./measure.js";

const { values } = parseArgs({ options: { seed: { type: "boolean", default: false } } });
const seed = "data/sources/huatai-2024-05-07-microsoft-mai-1.txt";
const folder = mkdtempSync(path.join(tmpdir(), "briefing-import-bench-"));
try {
	// A real-sized note (the seed, 7 KB) against the floor of any run, `briefing --version`, run by
	// turns in one loop so both see the same machine; the medians' ratio is the target (≤ 1.3×). CPU
	// time, less swayed by other work on a shared machine, is printed beside it.
	const seedRuns = { version: { ms: [], cpu: [] }, import: { ms: [], cpu: [] } };
	const out = path.join(folder, "seed.json");
	for (let round = 0; round < 21; round += 1) {
		for (const [name, args] of [
			["version", ["dist/cli.js", "--version"]],
			["import", ["dist/cli.js", "import", seed, "-o", out, "--force"]],
		]) {
			const { ms, cpuMs } = await timeProcess(args, { quiet: true });
			seedRuns[name].ms.push(ms);
			seedRuns[name].cpu.push(cpuMs);
		}
	}
	const middle = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
	const [version, note] = [middle(seedRuns.version.ms), middle(seedRuns.import.ms)];
	const [versionCpu, noteCpu] = [middle(seedRuns.version.cpu), middle(seedRuns.import.cpu)];
	const noteRatio = note / version;
	console.log(
		`briefing import of a real-sized note (${(Buffer.byteLength(readFileSync(seed)) / 1024).toFixed(1)} KB), whole CLI, median of 21: ${note.toFixed(0)} ms; briefing --version ${version.toFixed(0)} ms; the import's own ${(note - version).toFixed(0)} ms; ${noteRatio.toFixed(2)}× ${noteRatio <= 1.3 ? "met" : "MISSED"} (≤ 1.3×); CPU time ${noteCpu.toFixed(0)} ms against ${versionCpu.toFixed(0)} ms, own ${(noteCpu - versionCpu).toFixed(0)} ms, ${(noteCpu / versionCpu).toFixed(2)}×`,
	);

	if (values.seed) {
		rmSync(folder, { recursive: true, force: true });
		process.exit(0);
	}
	await build({
		...bundleOptions(
			{ "import-timing": "bench/import-timing.ts", "make-pdfs": "bench/make-pdfs.ts" },
			folder,
		),
		logLevel: "error",
	});
	const result = spawnSync(
		process.execPath,
		[path.join(folder, "import-timing.js"), seed, "test/fixtures/import/first-page-sector.txt"],
		{ env: cleanEnvironment, encoding: "utf8", maxBuffer: 1 << 20 },
	);
	if (result.status !== 0) throw new Error(result.stderr);
	const { sizes, shapes } = JSON.parse(result.stdout);
	console.log("\nbriefing import — drafting time, median of 3 (ms; ms per MB in brackets)\n");
	console.log(
		`${"shape".padEnd(34)}${sizes.map((size) => `${size} MB`.padStart(18)).join("")}   16 MB / 1 MB per MB`,
	);
	for (const [name, times] of Object.entries(shapes)) {
		const perMegabyte = times.map((ms, index) => ms / sizes[index]);
		const ratio = perMegabyte.at(-1) / perMegabyte[0];
		const cells = times.map((ms, index) =>
			`${ms.toFixed(0)} (${perMegabyte[index].toFixed(1)})`.padStart(18),
		);
		console.log(
			`${name.padEnd(34)}${cells.join("")}   ${ratio.toFixed(2)}× ${ratio <= 1.5 ? "met" : "MISSED"} (≤ 1.5×)`,
		);
	}

	const lines = readFileSync(seed, "utf8").split("\n");
	const big = path.join(folder, "repost-50mb.txt");
	writeFileSync(
		big,
		`${lines.slice(0, 6).join("\n")}\n${`${lines[6]} `.repeat(Math.ceil(50e6 / Buffer.byteLength(lines[6])))}\n`,
	);
	const start = performance.now();
	const cli = spawnSync(
		process.execPath,
		["dist/cli.js", "import", big, "-o", path.join(folder, "big.json")],
		{
			env: cleanEnvironment,
			stdio: "ignore",
		},
	);
	const ms = performance.now() - start;
	console.log(`\nbriefing import of a 50 MB repost, whole CLI: ${ms.toFixed(0)} ms, exit ${cli.status}`);

	const made = spawnSync(process.execPath, [path.join(folder, "make-pdfs.js"), folder], { encoding: "utf8" });
	if (made.status !== 0) throw new Error(made.stderr);
	const inputs = {
		"the sector note's text": "test/fixtures/import/first-page-sector.txt",
		...Object.fromEntries(
			[3, 30, 300].map((pages) => [`a ${pages}-page PDF`, path.join(folder, `note-${pages}.pdf`)]),
		),
	};
	const runs = Object.fromEntries(Object.keys(inputs).map((name) => [name, { ms: [], rss: [] }]));
	for (let round = 0; round < 5; round += 1) {
		for (const [name, file] of Object.entries(inputs)) {
			const { ms, rssKiB } = await timeProcess(["dist/cli.js", "import", file], { quiet: true });
			runs[name].ms.push(ms);
			runs[name].rss.push(rssKiB);
		}
	}
	const text = runs["the sector note's text"];
	const median = (list) => summarize(list).median;
	console.log("\nbriefing import, whole CLI, median of 5 (each PDF reads its first 3 pages)\n");
	console.log(
		`${"input".padEnd(26)}${"ms".padStart(8)}${"× text".padStart(9)}${"peak RSS MiB".padStart(15)}${"× text".padStart(9)}`,
	);
	for (const [name, { ms, rss }] of Object.entries(runs)) {
		const cells = [
			median(ms).toFixed(0).padStart(8),
			`${(median(ms) / median(text.ms)).toFixed(2)}`.padStart(9),
			(median(rss) / 1024).toFixed(1).padStart(15),
			`${(median(rss) / median(text.rss)).toFixed(2)}`.padStart(9),
		];
		console.log(`${name.padEnd(26)}${cells.join("")}`);
	}
	const thirty = median(runs["a 30-page PDF"].ms);
	const ratio = median(runs["a 300-page PDF"].rss) / median(runs["a 3-page PDF"].rss);
	console.log(`\n30-page PDF: ${thirty.toFixed(0)} ms, ${thirty < 2000 ? "met" : "MISSED"} (< 2000 ms)`);
	console.log(
		`300-page PDF's peak RSS / 3-page PDF's: ${ratio.toFixed(2)}×, ${ratio <= 1.2 ? "met" : "MISSED"} (≤ 1.2×: memory does not grow with pages)`,
	);
} finally {
	rmSync(folder, { recursive: true, force: true });
}
