import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.ts";

const folder = mkdtempSync(path.join(tmpdir(), "briefing-sentences-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
/** A cache folder of its own for each case (not made yet), under the test's folder. */
const freshCache = () => path.join(mkdtempSync(path.join(folder, "case-")), "cache");
const print = (cache: string, args = ["--format", "text", "--width", "80"]) =>
	runCli(args, { env: { BRIEFING_CACHE: cache } });

// The bundled note printed with its sentences segmented by Intl.Segmenter (no cache file yet).
const segmented = print(freshCache());

describe("the sentence ends kept in the cache folder", () => {
	it("are written by a printed briefing and give the same output the next time", () => {
		expect(segmented.code).toBe(0);
		expect(segmented.stdout).toContain("mainland China. …");
		const cache = freshCache();
		expect(print(cache).stdout).toBe(segmented.stdout);
		const kept = JSON.parse(readFileSync(path.join(cache, "sentence-ends.json"), "utf8"));
		expect(kept.icu).toBe(`${process.versions.icu}/${process.versions.unicode}`);
		expect(kept.entries.map(([locale]: [string]) => locale)).toEqual(["en"]);
		const again = print(cache);
		expect(again.code).toBe(0);
		expect(again.stdout).toBe(segmented.stdout);
		// Markdown in Chinese adds the Chinese disclaimer's ends beside the English ones.
		const zh = print(cache, ["--format", "markdown", "--lang", "zh"]);
		expect(zh.stdout).toBe(print(freshCache(), ["--format", "markdown", "--lang", "zh"]).stdout);
		const both = JSON.parse(readFileSync(path.join(cache, "sentence-ends.json"), "utf8"));
		expect(both.entries.map(([locale]: [string]) => locale)).toEqual(["zh", "en"]);
	});

	it("are read by the next run, which cuts the disclaimer where they say", () => {
		const cache = freshCache();
		print(cache);
		const file = path.join(cache, "sentence-ends.json");
		const kept = JSON.parse(readFileSync(file, "utf8"));
		// Ends that no segmenter gives: a run that uses them shows it.
		kept.entries[0][2] = [20];
		writeFileSync(file, JSON.stringify(kept));
		expect(print(cache).stdout).toContain("This official accoun …");
	});

	it("are ignored when the file is corrupt or from another ICU version, and written anew", () => {
		for (const content of ["{not json", JSON.stringify({ icu: "1.0/1.0", entries: [["en", "x", [1]]] })]) {
			const cache = freshCache();
			print(cache);
			writeFileSync(path.join(cache, "sentence-ends.json"), content);
			const run = print(cache);
			expect(run.code).toBe(0);
			expect(run.stderr).toBe("");
			expect(run.stdout).toBe(segmented.stdout);
			const kept = JSON.parse(readFileSync(path.join(cache, "sentence-ends.json"), "utf8"));
			expect(kept.icu).toBe(`${process.versions.icu}/${process.versions.unicode}`);
		}
	});

	it("are not written where the cache folder cannot be made, and the briefing prints all the same", () => {
		const notAFolder = path.join(folder, "a-file");
		writeFileSync(notAFolder, "");
		const run = print(path.join(notAFolder, "cache"));
		expect(run.code).toBe(0);
		expect(run.stderr).toBe("");
		expect(run.stdout).toBe(segmented.stdout);
	});

	it("are neither read nor written for JSON, which prints no sentence", () => {
		const cache = freshCache();
		expect(print(cache, ["--format", "json"]).code).toBe(0);
		expect(existsSync(path.join(cache, "sentence-ends.json"))).toBe(false);
	});
});
