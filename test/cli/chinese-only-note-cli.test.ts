import { readFileSync } from "node:fs";
import path from "node:path";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { root, runCli } from "../support/run-cli.ts";

/** A note with only an id, a language, a Chinese title and empty lists, as `briefing import` may draft. */
const sparse = "test/fixtures/chinese-only-note.json";
const notice = "This note has no English text; it is shown in Chinese as written.";
const hasEscape = (text: string) => /[\u001b\u009b]/.test(text);

function expectWithin(stdout: string, width: number, what: string) {
	for (const line of stdout.trimEnd().split("\n"))
		expect(stringWidth(line), `${what}: ${line}`).toBeLessThanOrEqual(width);
}

describe("a Chinese-only note with nothing but a title", () => {
	for (const width of [40, 100]) {
		for (const lang of ["en", "zh", "both"]) {
			it(`prints as text and Markdown in ${lang} at ${width} columns, within the width`, () => {
				for (const format of ["text", "markdown"]) {
					const { code, stdout, stderr } = runCli([
						sparse,
						"--format",
						format,
						"--lang",
						lang,
						"--width",
						String(width),
					]);
					expect(stderr).toBe("");
					expect(code).toBe(0);
					expect(hasEscape(stdout)).toBe(false);
					expect(stdout).toContain("光模块需求持续旺盛,800G出货加速");
					expect(stdout).not.toMatch(/undefined|null|NaN/);
					if (format === "text") expectWithin(stdout, width, `${format} ${lang}`);
					// The notice, once, for a reader who asked for English; none for Chinese.
					const flat = stdout.replace(/\s+/g, " ");
					expect(flat.split(notice).length - 1, `${format} ${lang}`).toBe(lang === "zh" ? 0 : 1);
				}
			});
		}
	}

	it("says in the reader's language what each section lacks", () => {
		const english = runCli([sparse, "--lang", "en"]).stdout;
		expect(english).toContain("THESIS\n\nThe note states no thesis.");
		expect(english).toContain("SOURCE\n\nThe note gives no source or disclaimer.");
		const chinese = runCli([sparse, "--lang", "zh"]).stdout;
		expect(chinese).toContain("核心观点\n\n本文未列出核心观点。");
		const thesisOnly = runCli([sparse, "--section", "thesis", "--lang", "en", "--format", "markdown"]).stdout;
		expect(thesisOnly).toBe(
			`# 光模块需求持续旺盛,800G出货加速\n\n_${notice}_\n\n## Thesis\n\n_The note states no thesis._\n`,
		);
	});

	it("prints as JSON exactly as written", () => {
		const { code, stdout } = runCli([sparse, "--format", "json", "--lang", "en"]);
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toEqual(JSON.parse(readFileSync(path.join(root, sparse), "utf8")));
		expect(stdout).not.toContain("This note has no English");
	});

	it("lists after the dated notes, one tab-separated line each, with empty fields for what it lacks", () => {
		const { code, stdout, stderr } = runCli(["list", sparse, "data/notes", "--lang", "en"]);
		expect(stderr).toBe("");
		expect(code).toBe(0);
		const lines = stdout.trimEnd().split("\n");
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(/^2024-05-07\thuatai-2024-05-07-microsoft-mai-1\tHuatai Securities\t/u);
		// The date, broker, sector and tickers are empty; the title falls back to the Chinese.
		expect(lines[1]).toBe(`\tdraft-optical-modules\t\t\t光模块需求持续旺盛,800G出货加速\t\t${sparse}`);
		const json = JSON.parse(runCli(["list", sparse, "--format", "json"]).stdout);
		expect(json).toEqual([
			{
				id: "draft-optical-modules",
				title: { zh: "光模块需求持续旺盛,800G出货加速" },
				tickers: [],
				file: sparse,
			},
		]);
	});

	it("is left out by --since and --until", () => {
		const since = runCli(["list", sparse, "data/notes", "--since", "2000"]);
		expect(since.code).toBe(0);
		expect(since.stdout).toContain("2024-05-07");
		expect(since.stdout).not.toContain("光模块");
		const until = runCli([sparse, "--until", "2100"]);
		expect(until.code).toBe(1);
		expect(until.stderr).toBe("briefing: no notes match the filters\n");
	});

	it("is found by search, a whole line with its id and file, and as JSON", () => {
		const { code, stdout, stderr } = runCli(["search", "800G", sparse]);
		expect(stderr).toBe("");
		expect(code).toBe(0);
		expect(stdout).toBe(`draft-optical-modules\t${sparse}\tthesis\t光模块需求持续旺盛,800G出货加速\n`);
		const json = JSON.parse(runCli(["search", "光模块", sparse, "--format", "json"]).stdout);
		expect(json).toEqual([
			{
				id: "draft-optical-modules",
				file: sparse,
				section: "thesis",
				line: "光模块需求持续旺盛,800G出货加速",
				matches: [{ start: 0, end: 3 }],
			},
		]);
		// What briefing writes for what the note lacks is not searched.
		expect(runCli(["search", "thesis", sparse]).code).toBe(1);
	});
});
