// Times `briefing import`'s drafting inside one process on texts of 1, 4 and 16 MB of each shape,
// sizes interleaved round by round, and prints one JSON line: the median milliseconds per size.
// Usage: node import-timing.js SEED FIRST_PAGE
import { readFileSync } from "node:fs";
import { BriefingError } from "../source/base/briefing-error.ts";
import { draftNote } from "../source/import/draft-note.ts";

const [seedFile = "", pageFile = ""] = process.argv.slice(2);
const seed = readFileSync(seedFile, "utf8");
const page = readFileSync(pageFile, "utf8");
const [head, body] = [seed.split("\n").slice(0, 6).join("\n"), seed.split("\n")[6] ?? ""];
const megabyte = 1024 * 1024;

function fill(unit: string, bytes: number): string {
	return unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
}

function randomText(bytes: number): string {
	let text = "";
	let seedValue = 1;
	while (text.length * 3 < bytes) {
		seedValue = (seedValue * 48271) % 2147483647;
		text += String.fromCodePoint(0x20 + (seedValue % 0x9fff));
	}
	return text;
}

// The shapes: the repost's body over and over; a PDF page whose thesis runs on; one endless
// sentence of figures (no 。 for it to end at); random Unicode after a repost's header; a PDF page
// whose text has bold printed twice all through, for the normalise stage to undo.
const shapes: Record<string, (bytes: number) => string> = {
	"repost, body repeated": (bytes) => `${head}\n${fill(`${body} `, bytes)}\n`,
	"PDF page, thesis repeated": (bytes) =>
		page.replace("核心观点\n", `核心观点\n${fill("据公司公告,FY25Q1出货量超60万套(环比+35%)。\n", bytes)}`),
	"one endless sentence of figures": (bytes) =>
		`${head}\n核心观点 ${fill("CY24Q1合计资本开支443.5亿美元,同增35%,", bytes)}\n`,
	"random Unicode after a header": (bytes) => `${head}\n${randomText(bytes)}\n`,
	"PDF page with bold printed twice": (bytes) =>
		page.replace("核心观点\n", `核心观点\n${fill("需求回暖需求回暖,出货量超60万套。\n", bytes)}`),
};
const sizes = [1, 4, 16];
const texts = Object.fromEntries(
	Object.entries(shapes).map(([name, make]) => [name, sizes.map((size) => make(size * megabyte))]),
);
const samples: Record<string, number[][]> = Object.fromEntries(
	Object.keys(shapes).map((name) => [name, sizes.map(() => [])]),
);
for (let round = 0; round < 3; round += 1) {
	for (const name of Object.keys(shapes)) {
		sizes.forEach((_, index) => {
			const start = performance.now();
			try {
				draftNote(texts[name]?.[index] as string, "bench.txt");
			} catch (error) {
				if (!(error instanceof BriefingError)) throw error;
			}
			samples[name]?.[index]?.push(performance.now() - start);
		});
	}
}
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] as number;
process.stdout.write(
	`${JSON.stringify({ sizes, shapes: Object.fromEntries(Object.entries(samples).map(([name, runs]) => [name, runs.map(median)])) })}\n`,
);
