import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import stringWidth from "string-width";
import { afterAll, describe, expect, it } from "vitest";
import { root, runCli } from "../support/run-cli.ts";

const folder = mkdtempSync(path.join(tmpdir(), "briefing-library-cli-"));
spawnSync(process.execPath, ["scripts/generate-notes.js", "40", folder], { cwd: root });
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("briefing list", () => {
	it("prints the library as an aligned table, newest first, within the width", () => {
		const { code, stdout } = runCli(["list", "--dir", folder, "--width", "100"]);
		expect(code).toBe(0);
		const rows = stdout.trimEnd().split("\n");
		expect(rows[0]).toMatch(/^Report date\s+Broker\s+Sector\s+Title\s+Tickers$/);
		for (const row of rows) expect(stringWidth(row)).toBeLessThanOrEqual(100);
		const dates = rows.slice(2).flatMap((row) => /^(\d{4}-\d{2}-\d{2})/.exec(row)?.[1] ?? []);
		expect(dates.length).toBe(41);
		expect(dates).toEqual([...dates].sort().reverse());
	});

	it("honours the filters, and prints JSON", () => {
		const { stdout } = runCli([
			"list",
			"--dir",
			folder,
			"--broker",
			"华泰",
			"--since",
			"2024",
			"--format",
			"json",
		]);
		const rows = JSON.parse(stdout);
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) {
			expect(row.broker.zh).toBe("华泰证券");
			expect(row.reportDate >= "2024").toBe(true);
		}
	});

	it("prints nothing and exits 1 when no note passes the filters, like search", () => {
		expect(runCli(["list", "--dir", folder, "--broker", "no such broker"])).toMatchObject({
			code: 1,
			stdout: "",
			stderr: "",
		});
		const json = runCli(["list", "--dir", folder, "--broker", "no such broker", "--format", "json"]);
		expect(json.code).toBe(1);
		expect(JSON.parse(json.stdout)).toEqual([]);
	});

	it("rejects a malformed date filter", () => {
		const { code, stderr } = runCli(["list", "--since", "May 2024"]);
		expect(code).toBe(2);
		expect(stderr).toContain("--since: expected a date written YYYY, YYYY-MM or YYYY-MM-DD");
	});

	it("reads BRIEFING_PATH", () => {
		const { stdout } = runCli(["list", "--format", "json"], {
			env: { BRIEFING_PATH: `/nonexistent-but-skipped:${folder}` },
		});
		expect(JSON.parse(stdout).length).toBe(41);
	});
});

describe("briefing search", () => {
	it("prints note id · section · line for each match", () => {
		const { code, stdout } = runCli(["search", "Copilot Studio", "--width", "120"]);
		expect(code).toBe(0);
		for (const line of stdout.trimEnd().split("\n")) {
			expect(line).toMatch(
				/^huatai-2024-05-07-microsoft-mai-1 · (thesis|breakdown|figures|risks|analysts|source) · /,
			);
			expect(stringWidth(line)).toBeLessThanOrEqual(120);
		}
	});

	it("searches Chinese across a library, and prints JSON", () => {
		const { code, stdout } = runCli(["search", "资本开支", "--dir", folder, "--format", "json"]);
		expect(code).toBe(0);
		const hits = JSON.parse(stdout);
		expect(new Set(hits.map((hit: { id: string }) => hit.id)).size).toBeGreaterThan(1);
		for (const hit of hits) expect(hit.line).toContain("资本开支");
	});

	it("exits 1 when nothing matches, like grep", () => {
		const { code, stdout } = runCli(["search", "zzqxv"]);
		expect(code).toBe(1);
		expect(stdout.trim()).toBe("");
	});

	it("needs a query", () => {
		expect(runCli(["search"]).code).toBe(2);
	});
});
