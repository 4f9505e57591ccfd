// Preloaded with --require: when the process exits, writes its peak resident memory (KiB) and the CPU
// time it used (ms, user and system, all threads) to the file named by BENCH_RSS_FILE.
const { writeFileSync } = require("node:fs");

process.on("exit", () => {
	if (process.env.BENCH_RSS_FILE)
		writeFileSync(
			process.env.BENCH_RSS_FILE,
			`${process.resourceUsage().maxRSS} ${(process.cpuUsage().user + process.cpuUsage().system) / 1000}`,
		);
});
