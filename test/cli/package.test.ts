import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { unmappedFontPdf } from "../import/pdf/test-pdfs.ts";
import { root } from "../support/run-cli.ts";

const folder = mkdtempSync(path.join(tmpdir(), "briefing-pack-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const npm = (args: string[], cwd: string) =>
	execFileSync("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], {
		cwd,
		encoding: "utf8",
		env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? folder },
	});

describe("the published package", () => {
	it("packs only what runs, installs offline, and works as npx would run it", async () => {
		const packed = JSON.parse(npm(["pack", "--json", "--pack-destination", folder], root))[0];
		const files: string[] = packed.files.map((file: { path: string }) => file.path);
		expect(files).toContain("dist/cli.js");
		expect(files).toContain("data/notes/huatai-2024-05-07-microsoft-mai-1.json");
		expect(files).toContain("data/sources/huatai-2024-05-07-microsoft-mai-1.txt");
		expect(files).toContain("readme.md");
		expect(files).toContain("license");
		expect(files.filter((file) => /^(source|test|scripts|bench)\//.test(file))).toEqual([]);

		const app = path.join(folder, "app");
		mkdirSync(app);
		npm(["init", "-y"], app);
		// Offline: the package's one dependency is optional (better-sqlite3, which it runs without), so
		// without it nothing is fetched or built.
		const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
		expect(manifest.dependencies).toBeUndefined();
		expect(Object.keys(manifest.optionalDependencies)).toEqual(["better-sqlite3"]);
		npm(["install", "--offline", "--omit=optional", path.join(folder, packed.filename)], app);
		expect(readdirSync(path.join(app, "node_modules")).filter((name) => !name.startsWith("."))).toEqual([
			"briefing",
		]);

		const bin = path.join(app, "node_modules", ".bin", "briefing");
		const env = {
			PATH: process.env.PATH ?? "",
			LANG: "en_US.UTF-8",
			BRIEFING_CACHE: process.env.BRIEFING_CACHE ?? "",
		};
		const text = spawnSync(bin, ["--format", "text", "--section", "figures"], {
			cwd: app,
			env,
			encoding: "utf8",
		});
		expect(text.status).toBe(0);
		expect(text.stdout).toContain("KEY NUMBERS");
		expect(text.stdout).toContain("MAI-1");
		const version = spawnSync(bin, ["--version"], { cwd: app, env, encoding: "utf8" });
		expect(version.stdout.trim()).toBe(packed.version);

		// A Chinese PDF whose font has no Unicode map reads through the character maps in the package.
		expect(files).toContain("dist/cmaps/Adobe-GB1-UCS2.bcmap");
		const pdf = path.join(app, "note.pdf");
		writeFileSync(pdf, await unmappedFontPdf());
		const imported = spawnSync(bin, ["import", pdf], { cwd: app, env, encoding: "utf8" });
		expect(imported.status).toBe(0);
		expect(JSON.parse(imported.stdout).title).toEqual({ zh: "800G放量在即,盈利能力持续改善" });
		expect(imported.stderr).toMatch(/^briefing import: read .+note\.pdf \(PDF\) as a PDF's first page/u);
		expect(imported.stderr).not.toMatch(/warning/iu);
	});
});
