import { beforeAll, describe, expect, it } from "vitest";
import type { BriefingError } from "../../../source/base/briefing-error.ts";
import { draftNote } from "../../../source/import/draft-note.ts";
import { pagesRead, readPdf } from "../../../source/import/pdf/read-pdf.ts";
import { encryptedPdf } from "./raw-pdf.ts";
import {
	companyPdf,
	fixtureText,
	imageOnlyPdf,
	longPdf,
	repostSimplifiedPdf,
	repostTraditionalPdf,
	rotatedPdf,
	sectorPdf,
	stockPdf,
	unmappedFontPdf,
} from "./test-pdfs.ts";

// Drawn once for the whole file, with time to spare on a busy machine.
beforeAll(
	() =>
		Promise.all([
			companyPdf(),
			imageOnlyPdf(),
			longPdf(),
			repostSimplifiedPdf(),
			repostTraditionalPdf(),
			rotatedPdf(),
			sectorPdf(),
			stockPdf(),
			unmappedFontPdf(),
		]),
	60_000,
);

// The note drafted from text, without its id (a hash of the exact text it was read from).
function drafted(text: string) {
	const { id, ...note } = draftNote(text, "note").note;
	return note;
}

async function failure(bytes: Uint8Array): Promise<BriefingError> {
	return readPdf(bytes, "note.pdf").then(
		() => expect.unreachable("the PDF was read"),
		(error: BriefingError) => error,
	);
}

describe("a PDF imports as its clean text does", () => {
	it.each([
		[
			"a sector note's first page: fake bold, a stock table, running header and footer",
			sectorPdf,
			"first-page-sector.txt",
		],
		["the same on pages turned a quarter turn", rotatedPdf, "first-page-sector.txt"],
		["a company note: rating block, analysts, stock table", companyPdf, "pdf/company-note.txt"],
		[
			"a company note in two columns: rating block and analysts beside the thesis",
			stockPdf,
			"first-page-stock.txt",
		],
		["a company note in a Chinese font without a Unicode map", unmappedFontPdf, "first-page-stock.txt"],
		["a repost", repostSimplifiedPdf, "repost-simplified.txt"],
		["a repost in Traditional Chinese", repostTraditionalPdf, "repost-traditional.txt"],
	])("%s", async (_, pdf, fixture) => {
		const { text } = await readPdf(await pdf(), "note.pdf");
		const fromPdf = drafted(text);
		const fromText = drafted(fixtureText(fixture));
		for (const field of Object.keys(fromText) as (keyof typeof fromText)[]) {
			expect.soft(fromPdf[field], field).toEqual(fromText[field]);
		}
		expect(Object.keys(fromPdf).sort()).toEqual(Object.keys(fromText).sort());
	});

	it("reads the stock table's rows as rows and each bold heading once", async () => {
		const { text } = await readPdf(await sectorPdf(), "note.pdf");
		expect(text).toContain("\n远光通信  300999 CH  156.80  买入\n天际光电  02099 HK  42.30  增持\n");
		expect(text.match(/核心观点/gu)).toHaveLength(1);
		expect(text.match(/证券研究报告/gu)).toHaveLength(1);
		expect(text).not.toMatch(/^\d$/mu);
		expect(text).not.toContain("仅供内部参考");
		expect(text.endsWith("正文\n行业观点详述见后文。")).toBe(true);
	});

	it("reads a rating block's labels and values side by side", async () => {
		const { text } = await readPdf(await companyPdf(), "note.pdf");
		expect(text).toContain("\n投资评级:  买入(首次)\n目标价(港币):  42.30\n所属行业:  通信\n");
		expect(text).toContain("\n天际光电  02099 HK  42.30  买入\n远光通信  300999 CH  156.80  买入\n");
	});

	it(`reads only the first ${pagesRead} pages of a long file`, async () => {
		const read = await readPdf(await longPdf(), "note.pdf");
		expect(read).toMatchObject({ pages: 300, pagesRead });
		expect(read.text).toContain(`正文第${pagesRead}页`);
		expect(read.text).not.toContain(`正文第${pagesRead + 1}页`);
	});
});

describe("a PDF that cannot be imported", () => {
	it("refuses an encrypted file", async () => {
		const error = await failure(encryptedPdf());
		expect(error.message).toMatch(/^note\.pdf: the PDF is encrypted and asks for a password; /u);
		expect(error.kind).toBe("invalid-input");
	});

	it("says that a page without text needs OCR", async () => {
		const error = await failure(await imageOnlyPdf());
		expect(error.message).toBe(
			"note.pdf: no text on page 1 (a scanned or image-only PDF); it needs OCR first (e.g. ocrmypdf) to be imported",
		);
		expect(error.kind).toBe("invalid-input");
	});

	it.each([0.2, 0.5, 0.8, 0.99])("refuses a file cut off at %s of its length", async (share) => {
		const bytes = await sectorPdf();
		const error = await failure(bytes.subarray(0, Math.floor(bytes.length * share)));
		expect(error.message).toMatch(/^note\.pdf: not a readable PDF \(.{1,120}\); expected a whole PDF file/u);
		expect(error.message).not.toContain("\n");
		expect(error.kind).toBe("invalid-input");
	});
});
