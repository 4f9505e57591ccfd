import { chmodSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pagerArguments, pagerOf, runPager } from "../../source/terminal/pager.ts";

const folder = mkdtempSync(path.join(tmpdir(), "briefing-pager-test-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const keyboard = openSync("/dev/null", "r");

/** Writes a pager script that records its arguments and the file it was given, exiting with `status`. */
function pagerScript(name: string, status = 0): { pager: string; record: string } {
	const record = path.join(folder, `${name}.record`);
	const pager = path.join(folder, name);
	writeFileSync(
		pager,
		`#!/bin/sh\nprintf '%s\\n' "$@" > '${record}'\nfor last; do :; done\ncp "$last" '${record}.text'\nls -l "$last" | cut -c1-10 >> '${record}'\nexit ${status}\n`,
	);
	chmodSync(pager, 0o755);
	return { pager, record };
}

describe("pagerOf and pagerArguments", () => {
	it("takes $PAGER, else less", () => {
		expect(pagerOf({ PAGER: "most -s" })).toBe("most -s");
		expect(pagerOf({ PAGER: "  " })).toBe("less");
		expect(pagerOf({})).toBe("less");
	});

	it("gives +N to less-like pagers only, and not for the first line", () => {
		expect(pagerArguments("less -R", "/t/x", 7)).toEqual(["+7", "/t/x"]);
		expect(pagerArguments("/usr/bin/vim", "/t/x", 7)).toEqual(["+7", "/t/x"]);
		expect(pagerArguments("less", "/t/x", 1)).toEqual(["/t/x"]);
		expect(pagerArguments("bat --paging=always", "/t/x", 7)).toEqual(["/t/x"]);
	});
});

describe("runPager", () => {
	it("gives the pager a private file of the text at the line, and deletes it afterwards", () => {
		const { pager, record } = pagerScript("less");
		expect(runPager("第一行\nsecond line\n", 2, `${pager} -R`, keyboard)).toEqual({ ok: true });
		const [flag, line, file, mode] = readFileSync(record, "utf8").trim().split("\n");
		expect([flag, line]).toEqual(["-R", "+2"]);
		expect(mode).toBe("-rw-------");
		expect(readFileSync(`${record}.text`, "utf8")).toBe("第一行\nsecond line\n");
		expect(existsSync(file ?? "")).toBe(false);
		expect(existsSync(path.dirname(file ?? ""))).toBe(false);
	});

	it("tells less the text is UTF-8, whatever the locale, unless LESSCHARSET says otherwise", () => {
		const record = path.join(folder, "charset.record");
		const pager = `printf '%s' "$LESSCHARSET" > '${record}'; :`;
		const before = process.env.LESSCHARSET;
		try {
			delete process.env.LESSCHARSET;
			expect(runPager("第一行\n", 1, pager, keyboard)).toEqual({ ok: true });
			expect(readFileSync(record, "utf8")).toBe("utf-8");
			process.env.LESSCHARSET = "latin1";
			expect(runPager("第一行\n", 1, pager, keyboard)).toEqual({ ok: true });
			expect(readFileSync(record, "utf8")).toBe("latin1");
		} finally {
			if (before === undefined) delete process.env.LESSCHARSET;
			else process.env.LESSCHARSET = before;
		}
	});

	it("says in one line when the pager cannot be started or fails, and still deletes the file", () => {
		const missing = runPager("text", 1, path.join(folder, "no-such-pager"), keyboard);
		expect(missing).toMatchObject({ ok: false });
		expect(missing).toMatchObject({
			problem: "start",
			pager: path.join(folder, "no-such-pager"),
			detail: expect.stringMatching(/not found/),
		});
		const { pager, record } = pagerScript("failing", 3);
		const failed = runPager("text", 1, pager, keyboard);
		expect(failed).toEqual({ ok: false, problem: "exit", pager, code: 3 });
		const file = readFileSync(record, "utf8").split("\n")[0] ?? "";
		expect(existsSync(file)).toBe(false);
	});
});
