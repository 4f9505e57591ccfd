// Test PDFs drawn from text, with pdf-lib and a CJK font from npm, subset to the characters drawn.
import { readFileSync } from "node:fs";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { degrees, PDFDocument, type PDFFont, rgb } from "pdf-lib";

let fontBytes: Uint8Array | undefined;

// Noto Sans Hans: Simplified and Traditional characters, Latin letters and digits. Found from the
// repository's root, the working folder of the tests and of the benchmark that bundles this file.
function cjkFont(): Uint8Array {
	fontBytes ??= readFileSync(path.resolve("node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf"));
	return fontBytes;
}

/** A run of text: its left edge and baseline in points from the page's top-left, as a reader sees it. */
export interface Run {
	text: string;
	x: number;
	y: number;
	size: number;
	/** Drawn twice, the second time 0.3 pt to the right: "fake bold". */
	bold?: boolean;
	/** Turned this many degrees counter-clockwise about its start (a watermark). */
	angle?: number;
}

export interface DrawnPage {
	width: number;
	height: number;
	runs: Run[];
	/** The page's /Rotate; the text is drawn turned back so that it reads upright. */
	rotate?: 0 | 90 | 180 | 270;
	/** Grey boxes and a picture (PNG bytes) drawn on the page. */
	boxes?: number;
	image?: Uint8Array;
}

function drawRun(page: ReturnType<PDFDocument["addPage"]>, font: PDFFont, run: Run, drawn: DrawnPage): void {
	const rotate = drawn.rotate ?? 0;
	// Upright page coordinates (top-left origin) → the unrotated page's user space.
	const [x, y] =
		rotate === 90
			? [run.y, run.x]
			: rotate === 180
				? [drawn.width - run.x, run.y]
				: rotate === 270
					? [drawn.height - run.y, drawn.width - run.x]
					: [run.x, drawn.height - run.y];
	for (const shift of run.bold ? [0, 0.3] : [0]) {
		const [dx, dy] =
			rotate === 90 ? [0, shift] : rotate === 180 ? [-shift, 0] : rotate === 270 ? [0, -shift] : [shift, 0];
		page.drawText(run.text, {
			x: x + dx,
			y: y + dy,
			size: run.size,
			font,
			rotate: degrees(rotate + (run.angle ?? 0)),
		});
	}
}

/** Draws the pages into a PDF and returns its bytes. */
export async function drawPdf(pages: DrawnPage[]): Promise<Uint8Array> {
	const document = await PDFDocument.create();
	document.registerFontkit(fontkit);
	// A font subset to no characters cannot be written: a page of pictures has none.
	const font = pages.some((page) => page.runs.length > 0)
		? await document.embedFont(cjkFont(), { subset: true })
		: await document.embedFont("Helvetica");
	for (const drawn of pages) {
		const rotate = drawn.rotate ?? 0;
		const sideways = rotate === 90 || rotate === 270;
		const page = document.addPage(sideways ? [drawn.height, drawn.width] : [drawn.width, drawn.height]);
		page.setRotation(degrees(rotate));
		for (const run of drawn.runs) drawRun(page, font, run, drawn);
		for (let box = 0; box < (drawn.boxes ?? 0); box += 1) {
			page.drawRectangle({ x: 40, y: 60 + box * 90, width: 400, height: 70, color: rgb(0.6, 0.6, 0.6) });
		}
		if (drawn.image) {
			page.drawImage(await document.embedPng(drawn.image), { x: 40, y: 400, width: 300, height: 300 });
		}
	}
	return document.save();
}

/**
 * Lays text out one line per line from `top`, at `x`, 1.5 lines apart; an empty line leaves a
 * line's space. Lines named in `bold` are drawn in fake bold.
 */
export function linesAt(
	lines: readonly string[],
	options: { x: number; top: number; size: number; bold?: (line: string) => boolean },
): Run[] {
	const runs: Run[] = [];
	lines.forEach((text, index) => {
		if (text.trim() === "") return;
		const y = options.top + index * options.size * 1.5;
		runs.push({ text, x: options.x, y, size: options.size, bold: options.bold?.(text) ?? false });
	});
	return runs;
}
