import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openSessions } from "./pty-session.ts";

const open = openSessions();
const folder = mkdtempSync(path.join(tmpdir(), "briefing-e2e-copy-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const citation =
	"MAI-1 parameters: ~500B — The Information, via Huatai Securities, 2024-05-07: “MAI-1拥有大约5000亿参数”";
const base64 = Buffer.from(citation, "utf8").toString("base64");

// An xclip that keeps what it is given and its arguments, first on the PATH.
const kept = path.join(folder, "xclip.kept");
const xclip = path.join(folder, "xclip");

describe("copying in a real terminal", () => {
	it("writes OSC 52 wrapped for tmux when $TMUX is set, and says so", async () => {
		const session = await open({
			args: ["dist/cli.js", "--lang", "en"],
			cols: 100,
			rows: 30,
			env: { TMUX: "/tmp/tmux-1000/default,1,0" },
		});
		await session.waitFor("q quit");
		session.write("3");
		await session.waitFor("figure 1/10");
		session.write("y");
		await session.waitFor("Copied (OSC 52): MAI-1 parameters");
		expect(session.raw()).toContain(`\u001bPtmux;\u001b\u001b]52;c;${base64}\u0007\u001b\\`);
		session.write("q");
		expect(await session.waitForExit()).toEqual({ exitCode: 0 });
	});

	it("gives the text to the system clipboard command too, and names it", async () => {
		writeFileSync(xclip, `#!/bin/sh\nprintf '%s\\n' "$*" > '${kept}.args'\ncat > '${kept}'\n`);
		chmodSync(xclip, 0o755);
		const session = await open({
			args: ["dist/cli.js", "--lang", "en"],
			cols: 100,
			rows: 30,
			env: { DISPLAY: ":0", PATH: `${folder}:${process.env.PATH ?? ""}` },
		});
		await session.waitFor("q quit");
		session.write("3");
		await session.waitFor("figure 1/10");
		session.write("y");
		await session.waitFor("Copied (xclip, OSC 52): MAI-1 parameters");
		expect(readFileSync(kept, "utf8")).toBe(citation);
		expect(readFileSync(`${kept}.args`, "utf8").trim()).toBe("-selection clipboard");
		session.write("q");
		expect(await session.waitForExit()).toEqual({ exitCode: 0 });
	});

	// On macOS pbcopy is always there.
	it.skipIf(process.platform === "darwin")(
		"says why nothing was copied on a terminal without OSC 52 and no clipboard command",
		async () => {
			const session = await open({
				args: ["dist/cli.js", "--lang", "en"],
				cols: 200,
				rows: 30,
				env: { TERM: "linux" },
			});
			await session.waitFor("q quit");
			session.write("3");
			await session.waitFor("figure 1/10");
			session.write("y");
			await session.waitFor("Nothing copied: no clipboard command (wl-copy, xclip, xsel, pbcopy) was found");
			expect(session.raw()).not.toContain("\u001b]52;");
			session.write("q");
			expect(await session.waitForExit()).toEqual({ exitCode: 0 });
		},
	);
});
