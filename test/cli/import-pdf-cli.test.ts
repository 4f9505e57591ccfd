import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { noteSchema } from "../../source/note/schema.ts";
import { encryptedPdf } from "../import/pdf/raw-pdf.ts";
import { imageOnlyPdf, longPdf, sectorPdf, unmappedFontPdf } from "../import/pdf/test-pdfs.ts";
import { runCli } from "../support/run-cli.ts";

const folders: string[] = [];
const scratch = () => {
	folders.push(mkdtempSync(path.join(tmpdir(), "briefing-import-pdf-")));
	return folders.at(-1) as string;
};
const files = scratch();
afterAll(() => {
	for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});
const file = (name: string) => path.join(files, name);

beforeAll(async () => {
	writeFileSync(file("sector.pdf"), await sectorPdf());
	writeFileSync(file("long.pdf"), await longPdf());
	writeFileSync(file("scan.pdf"), await imageOnlyPdf());
	writeFileSync(file("locked.pdf"), encryptedPdf());
	writeFileSync(file("song.pdf"), await unmappedFontPdf());
	const whole = await sectorPdf();
	writeFileSync(file("cut.pdf"), whole.subarray(0, whole.length / 2));
	// Drawing 300 pages takes a second alone, and many on a machine busy with other tests.
}, 60_000);

describe("briefing import NOTE.pdf", () => {
	it("writes the note and the text read from the PDF beside it, which every quote is in", () => {
		const folder = scratch();
		const output = path.join(folder, "sector.json");
		const result = runCli(["import", file("sector.pdf"), "-o", output]);
		expect(result.code).toBe(0);
		expect(result.stderr).toMatch(
			/^briefing import: read .+sector\.pdf \(PDF\) as a PDF's first page: note /u,
		);
		expect(readdirSync(folder).sort()).toEqual(["sector.json", "sector.txt"]);
		const note = noteSchema.parse(JSON.parse(readFileSync(output, "utf8")));
		expect(note.source?.text).toBe("sector.txt");
		const text = readFileSync(path.join(folder, "sector.txt"), "utf8");
		expect(text).toContain("远光通信  300999 CH  156.80  买入");
		expect(note.figures.length).toBeGreaterThan(3);
		// A quote runs on across the page's line ends, as in any first page's text.
		for (const figure of note.figures) expect(text.replaceAll("\n", "")).toContain(figure.quote);
		expect(note.rating).toEqual({ zh: "增持(维持)" });
		expect(runCli(["validate", output])).toMatchObject({ code: 0, stdout: "" });
		expect(runCli([output, "--format", "text", "--width", "80"]).code).toBe(0);
	});

	it("knows a PDF by its first bytes, not its name, and prints the note when not told where to write it", () => {
		const folder = scratch();
		const disguised = path.join(folder, "note.txt");
		writeFileSync(disguised, readFileSync(file("sector.pdf")));
		const result = runCli(["import", disguised]);
		expect(result.code).toBe(0);
		expect(noteSchema.parse(JSON.parse(result.stdout)).title.zh).toBe("光模块需求超预期,800G出货加速");
		expect(readdirSync(folder)).toEqual(["note.txt"]);
	});

	it("never replaces the text beside the note without --force, and writes nothing then", () => {
		const folder = scratch();
		const output = path.join(folder, "sector.json");
		writeFileSync(path.join(folder, "sector.txt"), "my own notes\n");
		const refused = runCli(["import", file("sector.pdf"), "-o", output]);
		expect(refused).toMatchObject({
			code: 73,
			stderr: `${path.join(folder, "sector.txt")}: exists; use --force to replace it\n`,
		});
		expect(readdirSync(folder)).toEqual(["sector.txt"]);
		expect(readFileSync(path.join(folder, "sector.txt"), "utf8")).toBe("my own notes\n");
		expect(runCli(["import", file("sector.pdf"), "-o", output, "--force"]).code).toBe(0);
		expect(readFileSync(path.join(folder, "sector.txt"), "utf8")).toContain("核心观点");
	});

	it("reads the first pages of a 300-page file and says so", () => {
		const result = runCli(["import", file("long.pdf")]);
		expect(result.code).toBe(0);
		expect(result.stderr.split("\n")[0]).toBe(
			`briefing import: read pages 1–3 of the 300 in ${file("long.pdf")}`,
		);
	});

	it("reads a Chinese font without a Unicode map through the character maps in dist/", () => {
		const result = runCli(["import", file("song.pdf")]);
		expect(result.code).toBe(0);
		expect(JSON.parse(result.stdout).analysts[0].name).toEqual({ zh: "林一舟" });
	});

	it.each([
		["an encrypted file", "locked.pdf", /^.+locked\.pdf: the PDF is encrypted and asks for a password; .+$/u],
		[
			"a scan",
			"scan.pdf",
			/^.+scan\.pdf: no text on page 1 \(a scanned or image-only PDF\); it needs OCR first .+$/u,
		],
		["a truncated file", "cut.pdf", /^.+cut\.pdf: not a readable PDF \(.+\); expected a whole PDF file.+$/u],
	])("refuses %s with one line and exit 65", (_, name, message) => {
		const result = runCli(["import", file(name)]);
		expect(result.code).toBe(65);
		expect(result.stdout).toBe("");
		expect(result.stderr.trimEnd()).toMatch(message);
		expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
	});
});
