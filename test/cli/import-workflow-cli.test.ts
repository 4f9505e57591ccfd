import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { noteSchema } from "../../source/note/schema.ts";
import { sectorPdf } from "../import/pdf/test-pdfs.ts";
import { root, runCli } from "../support/run-cli.ts";
import { temporaryFolder } from "../support/temporary-folder.ts";

// An analyst's way through import → library → reader: texts from a download folder, imported in
// batches into a library folder, imported again, and read.
const fixture = (name: string) => path.join(root, "test/fixtures/import", name);
const stock = readFileSync(fixture("first-page-stock.txt"), "utf8");

// The text the reader shows for a note (`o`, `v`): its source.text read as UTF-8, as the reader does.
function originalText(noteFile: string): string {
	const note = noteSchema.parse(JSON.parse(readFileSync(noteFile, "utf8")));
	expect(note.source?.text).toBeDefined();
	return readFileSync(path.join(path.dirname(noteFile), note.source?.text as string), "utf8");
}

describe("briefing import, the text a note links to", () => {
	const gbk = readFileSync(fixture("encodings/l01-gbk.txt"));
	it.each([
		["GBK", "GB18030", gbk, new TextDecoder("gb18030").decode(gbk)],
		["UTF-16", "UTF-16LE", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(stock, "utf16le")]), stock],
	])(
		"writes a %s text in the note's folder beside the note in UTF-8 rather than link it, so the reader can show it",
		(name, encoding, bytes, utf8) => {
			const folder = temporaryFolder("import-encoding");
			const input = path.join(folder, `text-${name}.txt`);
			writeFileSync(input, bytes);
			const output = path.join(folder, "stock.json");
			const result = runCli(["import", input, "-o", output]);
			expect(result.code).toBe(0);
			expect(JSON.parse(readFileSync(output, "utf8")).source.text).toBe("stock.txt");
			const text = originalText(output);
			expect(text).toBe(utf8);
			const note = noteSchema.parse(JSON.parse(readFileSync(output, "utf8")));
			expect(note.figures.length).toBeGreaterThan(0);
			for (const figure of note.figures) expect(text.replaceAll("\n", "")).toContain(figure.quote);
			expect(result.stderr).toMatch(
				new RegExp(
					`^ {2}note: source\\.text is stock\\.txt, the imported text beside the note in UTF-8 \\(.+text-${name}\\.txt is in ${encoding}\\)$`,
					"mu",
				),
			);
		},
	);

	it("never writes the UTF-8 copy over the GBK text it is made from, with --force neither", () => {
		const folder = temporaryFolder("import-itself");
		const input = path.join(folder, "stock.txt");
		copyFileSync(fixture("encodings/l01-gbk.txt"), input);
		const output = path.join(folder, "stock.json");
		for (const force of [[], ["--force"]]) {
			const result = runCli(["import", input, "-o", output, ...force]);
			expect(result.code).toBe(0);
			expect(readFileSync(input)).toEqual(gbk);
			expect(JSON.parse(readFileSync(output, "utf8")).source.text).toBeUndefined();
			expect(result.stderr).toMatch(
				/^ {2}note: source\.text left out: .+stock\.txt is in GB18030, and its UTF-8 copy would go beside the note in its place \(write the note under another name, or the text in UTF-8\)$/mu,
			);
		}
	});

	it("never writes a PDF's text over the PDF itself (one called NAME.txt), with --force neither (73)", async () => {
		const folder = temporaryFolder("import-pdf-itself");
		const input = path.join(folder, "report.txt");
		const pdf = await sectorPdf();
		writeFileSync(input, pdf);
		const result = runCli(["import", input, "-o", path.join(folder, "report.json"), "--force"]);
		expect(result.code).toBe(73);
		expect(result.stderr).toBe(`${input}: is the file being imported; write the note under another name\n`);
		expect(readFileSync(input)).toEqual(Buffer.from(pdf));
		expect(readdirSync(folder)).toEqual(["report.txt"]);
	});

	it("still links a UTF-8 text in the note's folder, CRLF line ends and all", () => {
		const folder = temporaryFolder("import-crlf");
		const input = path.join(folder, "stock.txt");
		writeFileSync(input, stock.replaceAll("\n", "\r\n"));
		const output = path.join(folder, "note.json");
		expect(runCli(["import", input, "-o", output]).code).toBe(0);
		expect(JSON.parse(readFileSync(output, "utf8")).source.text).toBe("stock.txt");
		expect(readdirSync(folder).sort()).toEqual(["note.json", "stock.txt"]);
	});
});

describe("briefing import FILE… -o FOLDER, again and into odd places", () => {
	it("names the file whose note exists already, and the note, when the same text is imported again", () => {
		const downloads = temporaryFolder("import-downloads");
		const library = temporaryFolder("import-library");
		const first = path.join(downloads, "repost.txt");
		const copy = path.join(downloads, "repost (1).txt");
		copyFileSync(fixture("repost-simplified.txt"), first);
		copyFileSync(fixture("repost-simplified.txt"), copy);
		const result = runCli(["import", first, copy, "-o", library]);
		expect(result.code).toBe(0);
		const [note] = readdirSync(library).filter((file) => file.endsWith(".json"));
		expect(result.stderr.split("\n")).toContainEqual(
			`briefing import: ${copy}: imported before as ${path.join(library, note as string)}; kept (--force drafts it again)`,
		);
	});

	it("takes the text written beside a note for the same text: importing it again names the same note", async () => {
		const downloads = temporaryFolder("import-downloads");
		const library = temporaryFolder("import-library");
		// A PDF's text, and a text with no line end at its end, are written beside the note as drafted.
		writeFileSync(path.join(downloads, "sector.pdf"), await sectorPdf());
		writeFileSync(path.join(downloads, "stock.txt"), stock.trimEnd());
		const inputs = ["sector.pdf", "stock.txt"].map((name) => path.join(downloads, name));
		expect(runCli(["import", ...inputs, "-o", library]).code).toBe(0);
		const texts = readdirSync(library).filter((file) => file.endsWith(".txt"));
		expect(texts).toHaveLength(2);
		const again = runCli(["import", ...texts.map((file) => path.join(library, file)), "-o", library]);
		expect(again.code).toBe(0);
		for (const file of texts) {
			expect(again.stderr).toContain(
				`${path.join(library, file)}: imported before as ${path.join(library, file.replace(/\.txt$/u, ".json"))}`,
			);
		}
		expect(readdirSync(library)).toHaveLength(4);
	});

	it("refuses a note (JSON) given to import in place of a broker's text, with one line (65)", () => {
		const library = temporaryFolder("import-library");
		expect(runCli(["import", fixture("first-page-stock.txt"), "-o", library]).code).toBe(0);
		const [note] = readdirSync(library).filter((file) => file.endsWith(".json"));
		const file = path.join(library, note as string);
		const result = runCli(["import", file, "-o", library, "--force"]);
		expect(result.code).toBe(65);
		expect(result.stderr).toBe(
			`${file}: JSON, not a broker's text to import (a note is opened with briefing ${file})\n`,
		);
		expect(readdirSync(library)).toHaveLength(2);
	});

	it("names the file being imported when its note cannot be written", () => {
		const library = temporaryFolder("import-library");
		// A folder where the note's text would go: the pair cannot be written.
		const id = JSON.parse(runCli(["import", fixture("repost-simplified.txt")]).stdout).id as string;
		mkdirSync(path.join(library, `${id}.txt`));
		const input = fixture("repost-simplified.txt");
		const result = runCli(["import", input, fixture("first-page-stock.txt"), "-o", library, "--force"]);
		expect(result.code).toBe(73);
		expect(result.stderr).toMatch(
			new RegExp(`^${input.replaceAll(/[.()]/gu, "\\$&")}: .+${id}\\.txt: cannot create: .+$`, "mu"),
		);
		expect(readdirSync(library).filter((file) => file.endsWith(".json"))).toHaveLength(1);
	});

	it("takes -o NAME/ for a folder, and says one that does not exist is not there (exit 73)", () => {
		const missing = path.join(temporaryFolder("import-missing"), "notes");
		for (const inputs of [
			[fixture("repost-simplified.txt")],
			[fixture("repost-simplified.txt"), fixture("first-page-stock.txt")],
		]) {
			const result = runCli(["import", ...inputs, "-o", `${missing}/`]);
			expect(result.code).toBe(73);
			expect(result.stderr).toBe(`${missing}/: no such folder; make it first\n`);
		}
		expect(existsSync(missing)).toBe(false);
	});

	it("says -o naming a file is not a folder when several files are imported (exit 2)", () => {
		const file = path.join(temporaryFolder("import-file"), "note.json");
		writeFileSync(file, "{}");
		const result = runCli([
			"import",
			fixture("repost-simplified.txt"),
			fixture("first-page-stock.txt"),
			"-o",
			file,
		]);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(
			/^briefing: import: 2 files are imported into a folder: -o FOLDER \(each note is written there as ID\.json\); .+note\.json is a file$/mu,
		);
		expect(readFileSync(file, "utf8")).toBe("{}");
	});
});

describe("briefing import of a text whose note would be too large to open", () => {
	it("writes no note larger than a note may be (64 MB), and says so (exit 65)", () => {
		const lines = readFileSync(fixture("repost-simplified.txt"), "utf8").split("\n");
		// A disclaimer of 68 MB: the drafted note holds it whole.
		const filler = `${"本公众号内容仅供机构客户参考,不构成投资建议。".repeat(20)}\n`;
		const input = path.join(temporaryFolder("import-huge"), "huge.txt");
		writeFileSync(
			input,
			[
				...lines.slice(0, 7),
				filler.repeat(Math.ceil(68e6 / Buffer.byteLength(filler))),
				...lines.slice(7),
			].join("\n"),
		);
		const library = temporaryFolder("import-library");
		const result = runCli(["import", input, "-o", library], { timeout: 120_000 });
		expect(result.code).toBe(65);
		expect(result.stderr).toMatch(
			/^.+huge\.txt: its note would be \d+ MB, larger than a note may be \(64 MB\); nothing was written$/mu,
		);
		expect(readdirSync(library)).toEqual([]);
	}, 150_000);
});
