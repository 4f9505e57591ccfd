// `npm run bench:library`: a library of 100, 1,000 and 10,000 generated notes, measured side by side:
// reading and indexing, `briefing list` and `briefing search`, a key press in the library list, and
// peak memory; each against its target at 10,000 notes.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "esbuild";
import { bundleOptions } from "../scripts/build-options.js";
import { cleanEnvironment, startInPty, summarize, timeProcess } from "./measure.js";

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
if (sizes.length === 0) sizes.push(100, 1000, 10_000);
const folder = mkdtempSync(path.join(tmpdir(), "briefing-library-bench-"));
try {
	await build({
		...bundleOptions({ "library-timing": "bench/library-timing.ts" }, folder),
		logLevel: "error",
	});
	const rows = [];
	for (const size of sizes) {
		const notes = path.join(folder, String(size));
		execFileSync(process.execPath, ["scripts/generate-notes.js", String(size), notes], { stdio: "ignore" });
		const inside = JSON.parse(
			spawnSync(process.execPath, [path.join(folder, "library-timing.js"), notes], {
				env: cleanEnvironment,
				encoding: "utf8",
			}).stdout,
		);
		const list = await timeProcess(["dist/cli.js", "list", "--dir", notes]);
		const search = await timeProcess(["dist/cli.js", "search", "资本开支", "--dir", notes]).catch(() => ({
			ms: Number.NaN,
		}));
		const reader = await startInPty(["dist/cli.js", "--dir", notes], "Enter open", { cols: 100, rows: 30 });
		const keys = [];
		for (let press = 0; press < 40; press += 1) {
			keys.push(await reader.press(press % 2 === 0 ? "\u001b[B" : "\u001b[A"));
			await new Promise((resolve) => setTimeout(resolve, 40));
		}
		// In the library, letters filter: Ctrl-C quits.
		const readerRss = await reader.quit("\u0003");
		rows.push({
			size,
			inside,
			listMs: list.ms,
			searchMs: search.ms,
			openMs: reader.firstFrameMs,
			keys: summarize(keys),
			readerMiB: readerRss / 1024,
		});
	}
	const format = (value) => value.toFixed(1).padStart(8);
	console.log(
		"notes    read ms  index ms  query ms   list ms search ms   open ms  key med   key p95  peak MiB",
	);
	for (const row of rows) {
		console.log(
			`${String(row.size).padEnd(6)} ${format(row.inside.loadMs)}  ${format(row.inside.indexMs)}  ${format(row.inside.queryMs)}  ${format(row.listMs)}  ${format(row.searchMs)}  ${format(row.openMs)}  ${format(row.keys.median)}  ${format(row.keys.p95)}  ${format(Math.max(row.readerMiB, row.inside.peakMiB))}`,
		);
	}
	const largest = rows.at(-1);
	const verdict = (value, target) =>
		`${value.toFixed(1)} (target < ${target}: ${value < target ? "met" : "MISSED"})`;
	console.log(
		`\nat ${largest.size} notes: key press median ${verdict(largest.keys.median, 16)} ms; query ${verdict(largest.inside.queryMs, 50)} ms; library opens in ${verdict(largest.openMs, 1500)} ms; peak memory ${verdict(Math.max(largest.readerMiB, largest.inside.peakMiB), 400)} MiB`,
	);
} finally {
	rmSync(folder, { recursive: true, force: true });
}
