// Writes the PDFs `npm run bench:import` reads into the folder named on the command line: the sector
// note's first page followed by pages of running text, 3, 30 and 300 pages long.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type DrawnPage, drawPdf, linesAt } from "../test/import/pdf/draw-pdf.ts";

const folder = process.argv[2] as string;
const first = readFileSync("test/fixtures/import/first-page-sector.txt", "utf8").trimEnd().split("\n");
const body = first.filter((line) => line.length > 30);
const page = (lines: string[]): DrawnPage => ({
	width: 595,
	height: 842,
	runs: linesAt(lines, { x: 50, top: 60, size: 9 }),
});
for (const pages of [3, 30, 300]) {
	const rest = Array.from({ length: pages - 1 }, (_, index) =>
		page(Array.from({ length: 45 }, (_, line) => body[(index + line) % body.length] as string)),
	);
	writeFileSync(path.join(folder, `note-${pages}.pdf`), await drawPdf([page(first), ...rest]));
}
