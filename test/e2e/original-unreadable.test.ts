import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { temporaryFolder } from "../support/temporary-folder.ts";
import { openSessions, restored, root } from "./pty-session.ts";

const open = openSessions();
const bundled = readFileSync(
	path.join(root, "data", "notes", "huatai-2024-05-07-microsoft-mai-1.json"),
	"utf8",
);

describe("a note whose original text was moved away, in a real terminal", () => {
	it("says in one line which file cannot be read and why, for o and for v, with no escape from its name", async () => {
		// A folder whose name holds a terminal title sequence: shown, it would retitle the terminal; it is removed.
		const library = path.join(temporaryFolder("moved-original"), "lib\u001b]0;pwned\u0007");
		mkdirSync(path.join(library, "notes"), { recursive: true });
		const file = path.join(library, "notes", "note.json");
		writeFileSync(file, bundled);
		const session = await open({ args: ["dist/cli.js", "--lang", "en", file], cols: 200, rows: 30 });
		await session.waitFor("q quit");
		session.write("3");
		await session.waitFor("figure 1/10");
		session.write("o");
		const said = await session.waitFor("gone (moved or deleted)");
		const footer = said.split("\n").findLast((line) => line.includes("gone")) ?? "";
		expect(footer).toMatch(
			/Cannot read the original text \/\S*\/lib\/sources\/huatai-2024-05-07-microsoft-mai-1\.txt: gone \(moved or deleted\)/u,
		);
		expect(said).toContain("[3 Key numbers]");
		session.write("j");
		await session.waitFor((screen) => !screen.includes("gone (moved"));
		session.write("v");
		await session.waitFor("gone (moved or deleted)");
		expect(session.raw()).not.toContain("\u001b]0;pwned");
		session.write("q");
		expect(await session.waitForExit()).toEqual({ exitCode: 0 });
		expect(session.state()).toEqual(restored);
	});
});
