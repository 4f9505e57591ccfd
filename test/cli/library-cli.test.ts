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
	it("prints one tab-separated line per note to a pipe, newest first, unwrapped", () => {
		const { code, stdout } = runCli(["list", "--dir", folder, "--width", "40", "--lang", "en"]);
		expect(code).toBe(0);
		const lines = stdout.trimEnd().split("\n");
		expect(lines).toHaveLength(41);
		const rows = lines.map((line) => line.split("\t"));
		for (const row of rows) expect(row).toHaveLength(7);
		// date, id, broker, sector, title, tickers, path: a whole title, not cut to --width.
		const dates = rows.map((row) => row[0] ?? "");
		expect(dates).toEqual([...dates].sort().reverse());
		const bundled = rows.find((row) => row[1] === "huatai-2024-05-07-microsoft-mai-1");
		expect(bundled).toEqual([
			"2024-05-07",
			"huatai-2024-05-07-microsoft-mai-1",
			"Huatai Securities",
			"Computers",
			expect.stringMatching(/^Microsoft .{30,}/u),
			"",
			expect.stringMatching(/data\/notes\/huatai-2024-05-07-microsoft-mai-1\.json$/u),
		]);
		const others = rows.filter((row) => row !== bundled);
		for (const row of others) expect(row[6]?.startsWith(folder), row[6]).toBe(true);
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

	it("says how many days back a date filter may reach", () => {
		const { code, stderr } = runCli(["list", "--since", "36500d"]);
		expect(code).toBe(2);
		expect(stderr).toContain('Nd or Nw (N days or weeks ago, N at most 9999), got "36500d"');
		expect(runCli(["list", "--since", "9999d"]).code).toBe(0);
	});

	it("reads BRIEFING_PATH", () => {
		const { stdout } = runCli(["list", "--format", "json"], {
			env: { BRIEFING_PATH: `/nonexistent-but-skipped:${folder}` },
		});
		expect(JSON.parse(stdout).length).toBe(41);
	});
});

describe("briefing search", () => {
	it("prints id, file, section and the whole line of each match to a pipe, tab-separated", () => {
		const { code, stdout } = runCli(["search", "Copilot Studio", "--width", "40"]);
		expect(code).toBe(0);
		const lines = stdout.trimEnd().split("\n");
		expect(lines.length).toBeGreaterThan(0);
		for (const line of lines) {
			const [id, file, section, text, ...rest] = line.split("\t");
			expect(id).toBe("huatai-2024-05-07-microsoft-mai-1");
			expect(file).toMatch(/data\/notes\/huatai-2024-05-07-microsoft-mai-1\.json$/u);
			expect(section).toMatch(/^(thesis|breakdown|figures|risks|analysts|source)$/u);
			expect(text?.toLowerCase()).toContain("copilot studio");
			expect(rest).toEqual([]);
		}
		expect(stringWidth(lines[0] ?? "")).toBeGreaterThan(40);
	});

	it("searches Chinese across a library, and prints JSON", () => {
		const { code, stdout } = runCli(["search", "资本开支", "--dir", folder, "--format", "json"]);
		expect(code).toBe(0);
		const hits = JSON.parse(stdout);
		expect(new Set(hits.map((hit: { id: string }) => hit.id)).size).toBeGreaterThan(1);
		for (const hit of hits) expect(hit.line).toContain("资本开支");
	});

	it("exits 1 when nothing matches, like grep", () => {
		for (const format of ["text", undefined]) {
			const { code, stdout } = runCli(["search", "zzqxv", ...(format ? ["--format", format] : [])]);
			expect(code).toBe(1);
			expect(stdout).toBe("");
		}
	});

	it("needs a query", () => {
		expect(runCli(["search"]).code).toBe(2);
	});
});
