import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import stringWidth from "string-width";
import { afterAll, describe, expect, it } from "vitest";
import type { Note } from "../../source/note/schema.ts";
import { expectItemsOf } from "../brief-items.ts";
import { runCli } from "../support/run-cli.ts";
import { minimalNote } from "../unit/note-fixture.ts";

const folder = mkdtempSync(path.join(tmpdir(), "briefing-digest-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const library = path.join(folder, "library");
mkdirSync(library);

/** Writes a note of the library: the minimal note under another id, title and date (none: undated). */
function libraryNote(id: string, title: string, reportDate?: string) {
	const note = { ...minimalNote(), id, title: { en: title }, reportDate };
	writeFileSync(path.join(library, `${id}.json`), JSON.stringify(note));
}
libraryNote("a-0603", "Third of June", "2025-06-03");
libraryNote("b-0604", "Fourth of June", "2025-06-04");
libraryNote("c-0605", "Fifth of June, first", "2025-06-05");
libraryNote("d-0605", "Fifth of June, second", "2025-06-05");
libraryNote("e-undated", "No date at all");

// 01:30 UTC on 2025-06-05: the 5th in Shanghai, still the 4th in New York.
const shanghai = { BRIEFING_NOW: "2025-06-05T01:30:00Z", TZ: "Asia/Shanghai" };
const newYork = { BRIEFING_NOW: "2025-06-05T01:30:00Z", TZ: "America/New_York" };
const digest = (args: string[], env: Record<string, string> = shanghai) =>
	runCli(["digest", library, ...args], { env });
const hasEscape = (text: string) => /[\u001b\u009b]/.test(text);
const titles = (stdout: string) =>
	[...stdout.matchAll(/^(?:Third|Fourth|Fifth|No date).*$/gmu)].map((m) => m[0]);

describe("briefing digest", () => {
	it("counts yesterday in the time zone of the environment, with the clock it is given", () => {
		const inShanghai = digest(["--since", "yesterday"]);
		expect(inShanghai.stderr).toBe("");
		expect(inShanghai.code).toBe(0);
		expect(inShanghai.stdout.split("\n")[0]).toBe("3 notes, 2025-06-04 – 2025-06-05");
		expect(titles(inShanghai.stdout)).toEqual([
			"Fifth of June, first",
			"Fifth of June, second",
			"Fourth of June",
		]);
		const inNewYork = digest(["--since", "yesterday"], newYork);
		expect(inNewYork.stdout.split("\n")[0]).toBe("4 notes, 2025-06-03 – 2025-06-05");
		const today = digest(["--since", "today", "--until", "today"], newYork);
		expect(today.stdout.split("\n")[0]).toBe("1 note, 2025-06-04");
		expect(titles(today.stdout)).toEqual(["Fourth of June"]);
	});

	it("takes the whole library without a window, undated notes last", () => {
		const { code, stdout } = digest([]);
		expect(code).toBe(0);
		expect(stdout.split("\n")[0]).toBe("5 notes, 2025-06-03 – 2025-06-05");
		expect(titles(stdout).at(-1)).toBe("No date at all");
	});

	it("exits 1 with nothing printed when nothing is in the window; JSON says count 0", () => {
		const text = digest(["--since", "2w", "--until", "8d"]);
		expect(text.code).toBe(1);
		expect(text.stdout).toBe("");
		expect(text.stderr).toBe("");
		const json = digest(["--since", "today", "--format", "json"], {
			...shanghai,
			BRIEFING_NOW: "2025-07-01T00:00:00Z",
		});
		expect(json.code).toBe(1);
		expect(JSON.parse(json.stdout)).toEqual({ count: 0, from: "2025-07-01", to: null, notes: [] });
	});

	it("gives as JSON the same selection as its text", () => {
		const text = digest(["--since", "7d", "--width", "60"]);
		const json = digest(["--since", "7d", "--width", "60", "--format", "json"]);
		expect(json.code).toBe(0);
		const data = JSON.parse(json.stdout);
		expect(data.count).toBe(4);
		expect(text.stdout.split("\n")[0]).toBe(`${data.count} notes, ${data.from} – ${data.to}`);
		expect(data.from).toBe("2025-05-29");
		expect(data.notes.map((note: { title: string }) => note.title)).toEqual(titles(text.stdout));
		const briefs = text.stdout.split(/\n\n─+\n\n/u).slice(1);
		expect(briefs).toHaveLength(data.count);
		briefs.forEach((brief, index) => {
			const note = data.notes[index];
			const lines = brief.trimEnd().split("\n");
			expect(lines[0]).toBe(note.title);
			expect(lines[1]).toBe(note.facts.join(" · "));
			expect(lines.filter((line) => line.startsWith("• ")).length).toBe(note.figures.length);
			expect(lines.filter((line) => line.startsWith("! ")).length).toBe(note.risks.length);
			for (const figure of note.figures) expect(brief).toContain(`${figure.label}: ${figure.value}`);
		});
	});

	it("reads as Markdown: a bold header, a rule between notes", () => {
		const { code, stdout } = digest(["--since", "yesterday", "--format", "markdown"]);
		expect(code).toBe(0);
		expect(stdout.startsWith("**3 notes, 2025-06-04 – 2025-06-05**\n\n---\n\n**Fifth of June, first**")).toBe(
			true,
		);
		expect(stdout.match(/^---$/gmu)).toHaveLength(3);
	});

	it("has no escape codes piped, and every line fits --width", () => {
		for (const width of ["40", "60", "80"]) {
			const { stdout } = digest(["--width", width]);
			expect(hasEscape(stdout)).toBe(false);
			for (const line of stdout.trimEnd().split("\n"))
				expect(stringWidth(line), line).toBeLessThanOrEqual(Number(width));
		}
	});

	it("refuses a WHEN it cannot read, and a clock it cannot read, as usage errors", () => {
		const word = digest(["--since", "last week"]);
		expect(word.code).toBe(2);
		expect(word.stderr).toMatch(/--since: expected a date .*today, yesterday, Nd or Nw.*got "last week"/u);
		const clock = digest(["--since", "today"], { ...shanghai, BRIEFING_NOW: "soon" });
		expect(clock.code).toBe(2);
		expect(clock.stderr).toMatch(/BRIEFING_NOW: expected a date and time/u);
	});
});

describe("briefing --brief", () => {
	const bundled: Note = JSON.parse(readFileSync("data/notes/huatai-2024-05-07-microsoft-mai-1.json", "utf8"));

	for (const lang of ["en", "zh", "both"] as const) {
		it(`prints the bundled note in ${lang} in 20 lines of 80 columns, each piece of it in the full briefing`, () => {
			const brief = runCli(["--brief", "--lang", lang]);
			expect(brief.code).toBe(0);
			const lines = brief.stdout.trimEnd().split("\n");
			expect(lines.length).toBeLessThanOrEqual(20);
			expect(hasEscape(brief.stdout)).toBe(false);
			expectItemsOf(bundled, lang, lines, lang !== "both");
			// The full briefing at a width where nothing wraps, its padding squeezed out.
			const full = runCli(["--width", "1000", "--lang", lang]).stdout.replace(/ {2,}/gu, " ");
			// Every line but a list's "left out" line, which is briefing's own words.
			for (const line of lines.filter((text) => !/^(?:\+\d+ more|另有\d+项)/u.test(text))) {
				const pieces = line
					.replace(/^[›•!] /u, "")
					.split(/ · |: /u)
					.flatMap((piece) => (/S\d{13}|SAC|SFC/u.test(piece) ? piece.split(" ") : [piece]))
					.map((piece) => piece.replace(/…$/u, ""));
				for (const piece of pieces) expect(full, piece).toContain(piece);
			}
		});
	}

	it("prints Markdown in at most 20 lines that are not blank", () => {
		for (const lang of ["en", "zh", "both"]) {
			const { code, stdout } = runCli(["--brief", "--format", "markdown", "--lang", lang]);
			expect(code).toBe(0);
			expect(stdout.split("\n").filter((line) => line.trim() !== "").length).toBeLessThanOrEqual(20);
			expect(stdout).toContain("S0570519080006");
		}
	});

	it("prints a Chinese-only note as its title, and an imported note with what it has", () => {
		const sparse = runCli(["test/fixtures/chinese-only-note.json", "--brief", "--lang", "zh"]);
		expect(sparse.code).toBe(0);
		expect(sparse.stdout).toBe("光模块需求持续旺盛,800G出货加速\n");

		const imported = path.join(folder, "imported.json");
		const made = runCli(["import", "test/fixtures/import/repost-simplified.txt", "-o", imported]);
		expect(made.code).toBe(0);
		const note: Note = JSON.parse(readFileSync(imported, "utf8"));
		for (const [lang, width] of [
			["en", 80],
			["zh", 60],
			["both", 60],
		] as const) {
			const { code, stdout, stderr } = runCli([
				imported,
				"--brief",
				"--lang",
				lang,
				"--width",
				String(width),
			]);
			expect(stderr).toBe("");
			expect(code).toBe(0);
			expect(stdout).not.toMatch(/undefined|null|NaN/u);
			const lines = stdout.trimEnd().split("\n");
			expect(lines.length).toBeLessThanOrEqual(20);
			for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
			expectItemsOf(
				note,
				lang,
				lines.filter((line) => !line.startsWith("This note has no English")),
				false,
			);
		}
	});

	it("is refused with other commands", () => {
		const { code, stderr } = runCli(["list", "--brief"]);
		expect(code).toBe(2);
		expect(stderr).toMatch(/--brief: only when reading notes/u);
	});
});
