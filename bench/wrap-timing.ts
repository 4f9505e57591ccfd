// Times wrapping one unbroken word (a URL, base64, a digit run) of 1 MB and of 8 MB at 80 columns,
// the sizes interleaved round by round, and prints one JSON line: the median milliseconds per size.
// Usage: node wrap-timing.js ROUNDS
import { wrapText } from "../source/text/wrap.ts";

const rounds = Number(process.argv[2] ?? "3");
const megabyte = 1024 * 1024;
const sizes = [1, 8];
const times: Record<number, number[]> = { 1: [], 8: [] };
for (let round = 0; round < rounds; round += 1) {
	for (const size of sizes) {
		const word = "aZ09+/=".repeat(Math.ceil((size * megabyte) / 7)).slice(0, size * megabyte);
		const start = performance.now();
		wrapText(word, 80);
		times[size]?.push(performance.now() - start);
	}
}
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
console.log(JSON.stringify(Object.fromEntries(sizes.map((size) => [size, median(times[size] ?? [])]))));
