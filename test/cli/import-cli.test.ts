import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { noteSchema } from "../../source/note/schema.ts";
import { root, runCli } from "../support/run-cli.ts";
import { temporaryFolder } from "../support/temporary-folder.ts";

const seed = "data/sources/huatai-2024-05-07-microsoft-mai-1.txt";
const fixture = (name: string) => `test/fixtures/import/${name}`;
const scratch = () => temporaryFolder("import");

describe("briefing import", () => {
	it("prints the drafted note as JSON and reports on standard error what it found and left empty", () => {
		const result = runCli(["import", seed]);
		expect(result.code).toBe(0);
		const note = noteSchema.parse(JSON.parse(result.stdout));
		expect(note.title.zh).toBe("微软或推自研大模型,AI产业链受益");
		expect(note.figures.length).toBeGreaterThanOrEqual(10);
		const report = result.stderr.split("\n");
		expect(report[0]).toBe(
			`briefing import: read ${seed} (UTF-8) as a WeChat repost: note ${note.id}, ${note.figures.length} figures`,
		);
		expect(report).toContainEqual(expect.stringMatching(/^ {2}found {2}broker +6:\d+ +华泰证券$/u));
		expect(report).toContainEqual(
			expect.stringMatching(/^ {2}empty {2}rating +a repost carries no rating$/u),
		);
		expect(report).toContainEqual(expect.stringMatching(/^ {2}empty {2}English +no machine translation/u));
	});

	it("records where a PDF page's text is, relative to the note written with --output", () => {
		const folder = scratch();
		mkdirSync(path.join(folder, "notes"));
		mkdirSync(path.join(folder, "sources"));
		const input = path.join(folder, "sources", "stock.txt");
		copyFileSync(path.join(root, fixture("first-page-stock.txt")), input);
		const output = path.join(folder, "notes", "stock.json");
		expect(runCli(["import", input, "-o", output]).code).toBe(0);
		expect(JSON.parse(readFileSync(output, "utf8")).source).toEqual({ text: "../sources/stock.txt" });
		expect(runCli(["validate", output])).toMatchObject({ code: 0, stdout: "" });
	});

	it("writes the text beside the note and links it when the text is outside the note's folders, which every quote is in", () => {
		const folder = scratch();
		const output = path.join(folder, "stock.json");
		const result = runCli(["import", fixture("first-page-stock.txt"), "-o", output]);
		expect(result.code).toBe(0);
		expect(readdirSync(folder).sort()).toEqual(["stock.json", "stock.txt"]);
		const note = noteSchema.parse(JSON.parse(readFileSync(output, "utf8")));
		expect(note.source?.text).toBe("stock.txt");
		const text = readFileSync(path.join(folder, "stock.txt"), "utf8");
		expect(text).toBe(readFileSync(path.join(root, fixture("first-page-stock.txt")), "utf8"));
		expect(note.figures.length).toBeGreaterThan(0);
		for (const figure of note.figures) expect(text.replaceAll("\n", "")).toContain(figure.quote);
		expect(result.stderr).toMatch(
			/^ {2}note: source\.text is stock\.txt, the imported text beside the note \(.+ is outside the note's folder/mu,
		);
		expect(runCli(["validate", output])).toMatchObject({ code: 0, stdout: "" });
	});

	it("writes a text read from standard input beside the note too", () => {
		const folder = scratch();
		const output = path.join(folder, "piped.json");
		const input = readFileSync(path.join(root, fixture("repost-simplified.txt")), "utf8");
		const result = runCli(["import", "-", "-o", output], { input });
		expect(result.code).toBe(0);
		expect(JSON.parse(readFileSync(output, "utf8")).source.text).toBe("piped.txt");
		expect(readFileSync(path.join(folder, "piped.txt"), "utf8")).toBe(input);
		expect(result.stderr).toMatch(/^ {2}note: source\.text is piped\.txt, .+ \(standard input\)$/mu);
	});

	it("links the same text already beside the note without writing it, and keeps another text there unless --force", () => {
		const folder = scratch();
		const output = path.join(folder, "stock.json");
		const beside = path.join(folder, "stock.txt");
		const original = readFileSync(path.join(root, fixture("first-page-stock.txt")), "utf8");
		writeFileSync(beside, original);
		const before = statSync(beside).mtimeMs;
		expect(runCli(["import", fixture("first-page-stock.txt"), "-o", output]).code).toBe(0);
		expect(JSON.parse(readFileSync(output, "utf8")).source).toEqual({ text: "stock.txt" });
		expect(statSync(beside).mtimeMs).toBe(before);

		const other = path.join(folder, "other.json");
		writeFileSync(path.join(folder, "other.txt"), "my own notes\n");
		const kept = runCli(["import", fixture("first-page-stock.txt"), "-o", other]);
		expect(kept.code).toBe(0);
		expect(readFileSync(path.join(folder, "other.txt"), "utf8")).toBe("my own notes\n");
		expect(JSON.parse(readFileSync(other, "utf8")).source).toBeUndefined();
		expect(kept.stderr).toMatch(
			/^ {2}note: source\.text left out: .+ is outside the note's folder .+, and .+other\.txt holds another text \(--force replaces it\)$/mu,
		);
		expect(runCli(["import", fixture("first-page-stock.txt"), "-o", other, "--force"]).code).toBe(0);
		expect(readFileSync(path.join(folder, "other.txt"), "utf8")).toBe(original);
		expect(JSON.parse(readFileSync(other, "utf8")).source).toEqual({ text: "other.txt" });
	});

	describe("into a folder (-o FOLDER)", () => {
		const inputs = [fixture("repost-simplified.txt"), fixture("first-page-stock.txt")];

		it("writes each note there as ID.json, with its text beside it, and reports each", () => {
			const folder = scratch();
			const result = runCli(["import", ...inputs, "-o", folder]);
			expect(result.code).toBe(0);
			const ids = inputs.map((input) => JSON.parse(runCli(["import", input]).stdout).id as string);
			expect(readdirSync(folder).sort()).toEqual(ids.flatMap((id) => [`${id}.json`, `${id}.txt`]).sort());
			for (const [index, id] of ids.entries()) {
				const note = noteSchema.parse(JSON.parse(readFileSync(path.join(folder, `${id}.json`), "utf8")));
				expect(note.source?.text).toBe(`${id}.txt`);
				expect(readFileSync(path.join(folder, `${id}.txt`), "utf8")).toBe(
					readFileSync(path.join(root, inputs[index] as string), "utf8"),
				);
			}
			const headers = result.stderr.split("\n").filter((line) => line.startsWith("briefing import: read "));
			expect(headers).toHaveLength(2);
			expect(runCli(["list", folder, "--format", "text"]).stdout.trim().split("\n")).toHaveLength(2);
		});

		it("goes on past a file that fails, with one line for it, and exits with the first failure's code", () => {
			const folder = scratch();
			const empty = path.join(scratch(), "empty.txt");
			writeFileSync(empty, "");
			const missing = path.join(folder, "missing.txt");
			const result = runCli(["import", missing, inputs[0] as string, empty, "-o", folder]);
			expect(result.code).toBe(66);
			expect(result.stderr).toMatch(/^.+missing\.txt: .+$/mu);
			expect(result.stderr).toMatch(/^.+empty\.txt: empty; expected the text of a broker note$/mu);
			expect(readdirSync(folder).filter((file) => file.endsWith(".json"))).toHaveLength(1);
		});

		it("keeps a note imported before, as it may have been edited (one line, exit 0), and drafts it again with --force", () => {
			const folder = scratch();
			expect(runCli(["import", inputs[0] as string, "-o", folder]).code).toBe(0);
			const [note] = readdirSync(folder).filter((file) => file.endsWith(".json"));
			const edited = path.join(folder, note as string);
			writeFileSync(edited, readFileSync(edited, "utf8").replace('"language"', '"edited": 1, "language"'));
			const mine = readFileSync(edited, "utf8");
			const again = runCli(["import", ...inputs, "-o", folder]);
			expect(again.code).toBe(0);
			expect(again.stderr.split("\n")).toContainEqual(
				`briefing import: ${inputs[0]}: imported before as ${edited}; kept (--force drafts it again)`,
			);
			expect(readFileSync(edited, "utf8")).toBe(mine);
			expect(readdirSync(folder)).toHaveLength(4);
			expect(runCli(["import", inputs[0] as string, "-o", folder, "--force"]).code).toBe(0);
			expect(readFileSync(edited, "utf8")).not.toBe(mine);
		});

		it("is the only place several files go (exit 2), and takes standard input once", () => {
			const several = runCli(["import", ...inputs]);
			expect(several.code).toBe(2);
			expect(several.stderr).toMatch(/^briefing: import: 2 files are imported into a folder: -o FOLDER/u);
			const missing = path.join(scratch(), "notes");
			expect(runCli(["import", ...inputs, "-o", missing])).toMatchObject({
				code: 73,
				stderr: `${missing}: no such folder; make it first\n`,
			});
			const twice = runCli(["import", "-", "-", "-o", scratch()], { input: "" });
			expect(twice.code).toBe(2);
			expect(twice.stderr).toMatch(/^briefing: import: - \(standard input\) can be named once/u);
		});
	});

	it("pipes into the reader's printed form: briefing import FILE | briefing -", () => {
		const json = runCli(["import", fixture("repost-simplified.txt")]).stdout;
		const text = runCli(["-", "--format", "text", "--width", "80", "--section", "figures"], { input: json });
		expect(text.code).toBe(0);
		expect(text.stdout).toContain("This note has no English text");
		expect(text.stdout).toContain("超过3000万颗");
	});

	it("reads standard input with -", () => {
		const input = readFileSync(path.join(root, fixture("first-page-stock.txt")), "utf8");
		const result = runCli(["import", "-"], { input });
		expect(result.code).toBe(0);
		expect(JSON.parse(result.stdout).rating).toEqual({ zh: "买入(维持)" });
		expect(result.stderr).toMatch(/^briefing import: read - \(UTF-8\) as a PDF's first page/u);
	});

	it("writes the note with --output, which then opens like any note, and never replaces a file without --force", () => {
		const folder = scratch();
		const output = path.join(folder, "note.json");
		const input = path.join(folder, "repost.txt");
		copyFileSync(path.join(root, fixture("repost-simplified.txt")), input);
		expect(runCli(["import", input, "-o", output]).code).toBe(0);
		const written = readFileSync(output, "utf8");
		expect(JSON.parse(written).source.text).toBe("repost.txt");
		expect(runCli(["validate", output])).toMatchObject({ code: 0, stdout: "" });
		const text = runCli([output, "--format", "text", "--width", "60"], { env: { LANG: "zh_CN.UTF-8" } });
		expect(text.code).toBe(0);
		expect(text.stdout).toContain("端侧AI芯片放量");

		const again = runCli(["import", seed, "--output", output]);
		expect(again.code).toBe(73);
		expect(again.stderr).toBe(`${output}: exists; use --force to replace it\n`);
		expect(readFileSync(output, "utf8")).toBe(written);

		expect(runCli(["import", seed, "--output", output, "--force"]).code).toBe(0);
		expect(JSON.parse(readFileSync(output, "utf8")).title.zh).toBe("微软或推自研大模型,AI产业链受益");
		// The seed is outside the note's folder: its text is written beside the note.
		expect(readdirSync(folder).sort()).toEqual(["note.json", "note.txt", "repost.txt"]);
		expect(JSON.parse(readFileSync(output, "utf8")).source.text).toBe("note.txt");
	});

	it("reports a folder it cannot write to with exit 73", () => {
		const missing = path.join(scratch(), "no-such-folder", "a.json");
		const result = runCli(["import", seed, "-o", missing]);
		expect(result.code).toBe(73);
		expect(result.stderr).toBe(`${missing}: cannot create: no such file or folder\n`);
	});

	it.each([
		["an empty file", "", /^.+: empty; expected the text of a broker note$/u],
		["a binary file", "abc\u0000def", /^.+:1:4: a NUL character; expected text, not a binary file$/u],
		[
			"text in no known layout",
			"hello world\n",
			/^.+: not a broker note in a layout briefing reads: tried a WeChat repost of a morning digest \(expected .+\); a WeChat repost \(expected .+\); a PDF's first page \(expected a PDF header with a rating, or 证券研究报告 and a date\)$/u,
		],
	])("refuses %s with one line and exit 65", (_, content, message) => {
		const file = path.join(scratch(), "input.txt");
		writeFileSync(file, content);
		const result = runCli(["import", file]);
		expect(result.code).toBe(65);
		expect(result.stdout).toBe("");
		expect(result.stderr.trimEnd()).toMatch(message);
		expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
	});

	it("reads a GBK (GB18030) file and says so in the report", () => {
		const file = "test/fixtures/import/encodings/l01-gbk.txt";
		const result = runCli(["import", file]);
		expect(result.code).toBe(0);
		expect(result.stderr).toMatch(/^briefing import: read .+l01-gbk\.txt \(GB18030\) as a WeChat repost/u);
		expect(JSON.parse(result.stdout).title.zh).toBe("AI终端放量,关注上游材料");
	});

	const l01 = readFileSync(
		path.join(root, "test/fixtures/import/cases/l01-bracket-title-no-breadcrumb.txt"),
		"utf8",
	);
	const utf16le = Buffer.from(l01, "utf16le");
	it.each([
		["UTF-16LE", Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le])],
		["UTF-16LE", utf16le],
		["UTF-16BE", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(utf16le).swap16()])],
	])("reads a %s file, with or without a byte-order mark, and says so", (encoding, bytes) => {
		const file = path.join(scratch(), "wide.txt");
		writeFileSync(file, bytes);
		const result = runCli(["import", file]);
		expect(result.code).toBe(0);
		expect(result.stderr).toMatch(
			new RegExp(`^briefing import: read .+wide\\.txt \\(${encoding}\\) as a WeChat repost`, "u"),
		);
		expect(JSON.parse(result.stdout).broker.zh).toBe("青岚证券");
	});

	it("refuses bytes that are neither UTF-8 nor GBK Chinese, naming the byte", () => {
		const file = path.join(scratch(), "latin1.txt");
		writeFileSync(file, Buffer.from([0x61, 0x0a, 0x62, 0xe9, 0x74, 0xe9]));
		const result = runCli(["import", file]);
		expect(result.code).toBe(65);
		expect(result.stderr).toBe(
			`${file}:2:2: byte 3 is neither UTF-8 nor GBK/GB18030 Chinese; expected UTF-8, UTF-16 or GB18030 text\n`,
		);
	});

	it("ends a 50 MB file of one endless line with a clear error", () => {
		const file = path.join(scratch(), "endless.txt");
		writeFileSync(file, "合计资本开支443.5亿美元,同增35%".repeat(2_000_000));
		expect(statSync(file).size).toBeGreaterThan(50_000_000);
		const result = runCli(["import", file]);
		expect(result.code).toBe(65);
		expect(result.stderr).toMatch(/not a broker note/u);
	});

	it("drafts a note from a 50 MB repost", () => {
		const lines = readFileSync(path.join(root, seed), "utf8").split("\n");
		const body = `${lines[6]} `;
		const file = path.join(scratch(), "long.txt");
		writeFileSync(
			file,
			`${lines.slice(0, 6).join("\n")}\n${body.repeat(Math.ceil(50e6 / Buffer.byteLength(body)))}\n`,
		);
		const result = runCli(["import", file], { timeout: 150_000 });
		expect(result.code).toBe(0);
		expect(JSON.parse(result.stdout).figures.length).toBeGreaterThan(90_000);
	}, 180_000);

	it("reports a missing file with exit 66 and a wrong command line with exit 2", () => {
		expect(runCli(["import", "no-such-file.txt"])).toMatchObject({
			code: 66,
			stderr: "no-such-file.txt: no such file or folder\n",
		});
		expect(runCli(["import"]).code).toBe(2);
		expect(runCli(["import", "a", "b"]).code).toBe(2);
		expect(runCli(["list", "--force"]).stderr).toMatch(/^briefing: --force: only with briefing import$/mu);
	});

	it("strips control sequences from the text before drafting", () => {
		const text = readFileSync(path.join(root, fixture("repost-simplified.txt")), "utf8").replaceAll(
			"端侧AI芯片放量",
			"端侧\u001b]0;owned\u0007AI\u009b31m芯片放量",
		);
		const result = runCli(["import", "-"], { input: text });
		expect(result.code).toBe(0);
		expect(result.stdout + result.stderr).not.toMatch(/[\u001b\u0007\u009b]/u);
		expect(JSON.parse(result.stdout).title.zh).toBe("端侧AI芯片放量,国产算力链迎来拐点");
	});
});
