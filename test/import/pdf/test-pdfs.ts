// The PDFs the tests read, drawn from the clean-text fixtures once per test file.
import { readFileSync } from "node:fs";
import { crc32, deflateSync } from "node:zlib";
import { type DrawnPage, drawPdf, linesAt, type Run } from "./draw-pdf.ts";
import { unmappedChinesePdf } from "./raw-pdf.ts";

/** A clean-text fixture's text, as `briefing import` would read it from a text file. */
export const fixtureText = (name: string) =>
	readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), "utf8");

const memo = new Map<string, Promise<Uint8Array>>();
function once(name: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
	const made = memo.get(name) ?? make();
	memo.set(name, made);
	return made;
}

// Headings and titles: lines without a sentence's end, drawn twice for bold.
const isHeading = (line: string) => line.length <= 20 && !/[。:;]/u.test(line);

const stockTable = [
	["股票名称", "股票代码", "目标价(当地币种)", "投资评级"],
	["远光通信", "300999 CH", "156.80", "买入"],
	["天际光电", "02099 HK", "42.30", "增持"],
	["天际光电", "02099 HK", "42.30", "买入"],
	["远光通信", "300999 CH", "156.80", "买入"],
];

// A table's row drawn as cells set at columns, 110 pt apart.
const tableRow = (line: string) => stockTable.find((row) => row.join(" ") === line);

/**
 * Draws a fixture's lines from the top of a page, 1.5 lines apart (an empty line leaves its space),
 * headings in fake bold, and a line that `cells` splits as cells set at columns 110 pt apart.
 */
function fixtureRuns(lines: readonly string[], cells: (line: string) => string[] | undefined): Run[] {
	const size = 9;
	return lines.flatMap((line, index) => {
		const y = 60 + index * size * 1.5;
		const split = cells(line);
		if (split) return split.map((cell, column) => ({ text: cell, x: 50 + column * 110, y, size }));
		return line === "" ? [] : [{ text: line, x: 50, y, size, bold: isHeading(line) }];
	});
}

/**
 * The sector note's first page: fake bold headings, the stock table as cells set at columns, a
 * running header and footer, a page number and a watermark across the page; then a second page
 * with the same furniture.
 */
function sectorPages(rotate: DrawnPage["rotate"] = 0): DrawnPage[] {
	const lines = fixtureText("first-page-sector.txt").trimEnd().split("\n");
	const footer = lines.pop() as string;
	const size = 9;
	const furniture = (page: number): Run[] => [
		{ text: "仅供内部参考 2025年6月3日", x: 150, y: 600, size: 30, angle: 45 },
		{ text: footer, x: 50, y: 800, size: 8 },
		{ text: `${page}`, x: 290, y: 825, size: 8 },
	];
	return [
		{ width: 595, height: 842, rotate, runs: [...fixtureRuns(lines, tableRow), ...furniture(1)] },
		{
			width: 595,
			height: 842,
			rotate,
			runs: [
				{ text: "证券研究报告", x: 50, y: 60, size, bold: true },
				...linesAt(["正文", "行业观点详述见后文。"], { x: 50, top: 120, size }),
				...furniture(2),
			],
		},
	];
}

/**
 * A company note's first page: its rating block drawn as labels and values set apart, analysts,
 * fake bold headings, and its stock table as cells.
 */
export const companyPdf = () =>
	once("company", () => {
		const lines = fixtureText("pdf/company-note.txt").trimEnd().split("\n");
		const label = (line: string) => /^(?:投资评级|目标价\(港币\)|所属行业): /u.exec(line)?.[0];
		const cells = (line: string) => {
			const found = label(line);
			return found === undefined ? tableRow(line) : [found.trim(), line.slice(found.length)];
		};
		return drawPdf([{ width: 595, height: 842, runs: fixtureRuns(lines, cells) }]);
	});

/** The sector note on upright pages. */
export const sectorPdf = () => once("sector", () => drawPdf(sectorPages()));

/** The sector note on pages turned a quarter turn (/Rotate 90), the text drawn to read upright. */
export const rotatedPdf = () => once("rotated", () => drawPdf(sectorPages(90)));

/**
 * The company note's first page in two columns on shared baselines: the header (rating block,
 * analysts) in a left column, the thesis from 核心观点 in the right one.
 */
export const stockPdf = () =>
	once("stock", () => {
		const lines = fixtureText("first-page-stock.txt").trimEnd().split("\n");
		const split = lines.indexOf("核心观点");
		const options = { top: 60, size: 8, bold: isHeading };
		return drawPdf([
			{
				width: 842,
				height: 595,
				runs: [
					...linesAt(lines.slice(0, split), { ...options, x: 40 }),
					...linesAt(lines.slice(split), { ...options, x: 330 }),
				],
			},
		]);
	});

/** A repost's text, one line per line, on a page wide enough for its longest line. */
const repostPdf = (name: string) =>
	once(name, () => {
		const lines = fixtureText(name).trimEnd().split("\n");
		const width = Math.max(...lines.map((line) => line.length)) * 7 + 100;
		return drawPdf([{ width, height: 400, runs: linesAt(lines, { x: 50, top: 60, size: 6 }) }]);
	});
export const repostSimplifiedPdf = () => repostPdf("repost-simplified.txt");
export const repostTraditionalPdf = () => repostPdf("repost-traditional.txt");

// A 4 × 4 grey PNG, for a page that is only a picture.
function greyPng(): Uint8Array {
	const chunk = (type: string, data: Buffer) => {
		const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
		const length = Buffer.alloc(4);
		length.writeUInt32BE(data.length);
		const check = Buffer.alloc(4);
		check.writeUInt32BE(crc32(body));
		return Buffer.concat([length, body, check]);
	};
	const header = Buffer.alloc(13);
	header.writeUInt32BE(4, 0);
	header.writeUInt32BE(4, 4);
	header.set([8, 0, 0, 0, 0], 8);
	const rows = Buffer.alloc(4 * 5, 0x80);
	for (let row = 0; row < 4; row += 1) rows[row * 5] = 0;
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk("IHDR", header),
		chunk("IDAT", deflateSync(rows)),
		chunk("IEND", Buffer.alloc(0)),
	]);
}

/** A scanned page: an image and grey boxes, no text. */
export const imageOnlyPdf = () =>
	once("image", () => drawPdf([{ width: 595, height: 842, runs: [], boxes: 3, image: greyPng() }]));

/** 300 pages: the sector note's first page, then pages that each say which page they are. */
export const longPdf = () =>
	once("long", () => {
		const [first] = sectorPages();
		const rest = Array.from({ length: 299 }, (_, index) => ({
			width: 595,
			height: 842,
			runs: linesAt([`正文第${index + 2}页`], { x: 50, top: 300, size: 9 }),
		}));
		return drawPdf([first as DrawnPage, ...rest]);
	});

/** The company note in a Chinese font without a Unicode map (see `unmappedChinesePdf`). */
export const unmappedFontPdf = () =>
	once("unmapped", async () => unmappedChinesePdf(fixtureText("first-page-stock.txt").trimEnd().split("\n")));
