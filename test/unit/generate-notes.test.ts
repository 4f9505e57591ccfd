import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../support/run-cli.ts";
import { temporaryFolder } from "../support/temporary-folder.ts";

describe("the generated notes (scripts/generate-notes.js)", () => {
	it("write each figure's English value as a person would, never with a float's rounding error", () => {
		const folder = temporaryFolder("generated");
		const made = spawnSync(process.execPath, ["scripts/generate-notes.js", "200", folder], { cwd: root });
		expect(made.status).toBe(0);
		const displays = readdirSync(folder).flatMap((file) =>
			JSON.parse(readFileSync(path.join(folder, file), "utf8")).figures.map(
				(figure: { display: { zh: string; en: string } }) => figure.display,
			),
		);
		expect(displays.length).toBeGreaterThan(200);
		for (const display of displays) {
			expect(display.en).toMatch(/^CNY \d+(\.\d{1,2})?B$/u);
			// The same amount as the Chinese: 亿 is 0.1 billion.
			const yi = Number(/^([\d.]+)亿元$/u.exec(display.zh)?.[1]);
			expect(Number(display.en.slice(4, -1))).toBeCloseTo(yi / 10, 6);
		}
	});
});
