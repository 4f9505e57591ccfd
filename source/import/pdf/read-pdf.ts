import { BriefingError } from "../../base/briefing-error.ts";
import { characterMapFolder } from "./pdf-assets.ts";
import { documentText, type PageItems } from "./reading-order.ts";
import type { TextItem } from "./text-item.ts";

/**
 * How many pages are read: a broker note's header, rating, analysts, thesis and stock table stand on
 * its first page, and the thesis and risks at times run on to the second or third. Reading no more
 * keeps a 300-page file's import as quick and small as a 3-page one's.
 */
export const pagesRead = 3;

/** The text read from a PDF, with how many pages it has and how many were read. */
export interface PdfText {
	text: string;
	pages: number;
	pagesRead: number;
}

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

// pdf.js runs its parser in a worker; on Node it runs the worker's code on the main thread when
// the module is on `globalThis.pdfjsWorker`, so nothing is fetched or spawned. On loading, it looks
// for @napi-rs/canvas to draw pages with, prints warnings on standard output when that is missing
// (as it is where briefing is installed), and makes a DOMMatrix; reading text needs no canvas, so
// the warnings are held back and DOMMatrix stands in as an empty class.
async function loadPdfJs(): Promise<PdfJs> {
	const worker = await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
	const global = globalThis as { pdfjsWorker?: unknown; DOMMatrix?: unknown };
	global.pdfjsWorker = worker;
	global.DOMMatrix ??= class DOMMatrix {};
	const { log, warn } = console;
	console.log = console.warn = () => undefined;
	try {
		return await import("pdfjs-dist/legacy/build/pdf.mjs");
	} finally {
		console.log = log;
		console.warn = warn;
	}
}

function oneLine(text: string): string {
	return text
		.replace(/[\s\p{Cc}]+/gu, " ")
		.trim()
		.slice(0, 120);
}

function readError(file: string, error: unknown): BriefingError {
	if (error instanceof BriefingError) return error;
	const name = (error as { name?: string } | undefined)?.name;
	const message = oneLine(String((error as { message?: unknown } | undefined)?.message ?? error));
	return new BriefingError(
		name === "PasswordException"
			? `${file}: the PDF is encrypted and asks for a password; expected one that opens without (remove the password first, e.g. qpdf --decrypt)`
			: `${file}: not a readable PDF (${message}); expected a whole PDF file, not a truncated or corrupt one`,
		"invalid-input",
	);
}

async function pageItems(
	pdfjs: PdfJs,
	page: import("pdfjs-dist/legacy/build/pdf.mjs").PDFPageProxy,
): Promise<PageItems> {
	const viewport = page.getViewport({ scale: 1 });
	const content = await page.getTextContent();
	const items: TextItem[] = [];
	for (const item of content.items) {
		if (!("str" in item) || item.str.trim() === "") continue;
		// Page space seen upright (the page's /Rotate applied, y down); text set at an angle there
		// (a watermark, a vertical label) is not part of the reading order.
		const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = pdfjs.Util.transform(
			viewport.transform,
			item.transform,
		);
		if (a <= 0 || Math.abs(b) >= 0.1 * a) continue;
		// At scale 1 the viewport only turns and flips, so lengths stay in points.
		items.push({ str: item.str, x, y, width: item.width, height: Math.hypot(c, d), fontName: item.fontName });
	}
	return { items, height: viewport.height };
}

/**
 * Reads the text of a PDF's first pages (see `pagesRead`) in reading order, offline: pdf.js, loaded
 * only now, with its character maps from the package. Throws a one-line error naming the file: exit
 * 65 for an encrypted PDF, a truncated or corrupt one, and one whose pages hold no text (a scan,
 * which needs OCR first); exit 66 on a Node older than pdf.js needs.
 */
export async function readPdf(bytes: Uint8Array, file: string): Promise<PdfText> {
	// pdf.js loads Node's modules with process.getBuiltinModule, new in Node 20.16.
	if (typeof (process as { getBuiltinModule?: unknown }).getBuiltinModule !== "function") {
		throw new BriefingError(
			`${file}: reading a PDF needs Node 20.16 or later (this is ${process.version})`,
			"unreadable",
		);
	}
	const pdfjs = await loadPdfJs();
	const cMapUrl = characterMapFolder();
	const task = pdfjs.getDocument({
		// A copy: pdf.js takes the buffer it is given away from the caller.
		data: new Uint8Array(bytes),
		...(cMapUrl !== undefined && { cMapUrl, cMapPacked: true }),
		verbosity: pdfjs.VerbosityLevel.ERRORS,
		isEvalSupported: false,
		disableFontFace: true,
		useSystemFonts: false,
		stopAtErrors: true,
	});
	try {
		const document = await task.promise;
		const pages: PageItems[] = [];
		const count = Math.min(document.numPages, pagesRead);
		for (let number = 1; number <= count; number += 1) {
			pages.push(await pageItems(pdfjs, await document.getPage(number)));
		}
		const text = documentText(pages);
		if (text.trim() === "") {
			throw new BriefingError(
				`${file}: no text on ${count === 1 ? "page 1" : `pages 1–${count}`} (a scanned or image-only PDF); it needs OCR first (e.g. ocrmypdf) to be imported`,
				"invalid-input",
			);
		}
		return { text, pages: document.numPages, pagesRead: count };
	} catch (error) {
		throw readError(file, error);
	} finally {
		await task.destroy();
	}
}
