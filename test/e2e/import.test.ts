import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { temporaryFolder } from "../support/temporary-folder.ts";
import { openSessions, restored, root } from "./pty-session.ts";

const open = openSessions();

describe("an imported note in the reader", () => {
	it("opens in Chinese, says it has no English, and restores the terminal", async () => {
		const note = path.join(temporaryFolder("import-e2e"), "note.json");
		const imported = spawnSync(
			process.execPath,
			["dist/cli.js", "import", "test/fixtures/import/first-page-sector.txt", "-o", note],
			{
				cwd: root,
				encoding: "utf8",
			},
		);
		expect(imported.status).toBe(0);

		const session = await open({
			args: ["dist/cli.js", note],
			cols: 100,
			rows: 30,
			env: { LANG: "en_US.UTF-8", BRIEFING_CACHE: process.env.BRIEFING_CACHE ?? "" },
		});
		const first = await session.waitFor("q quit");
		expect(first).toContain("光模块需求超预期,800G出货加速");
		expect(first).toContain("This note has no English text");
		session.write("3");
		const figures = await session.waitFor("710亿美元");
		expect(figures).toContain("约710亿美元");
		session.write("q");
		expect(await session.waitForExit()).toEqual({ exitCode: 0 });
		expect(session.state()).toEqual(restored);
	});
});
