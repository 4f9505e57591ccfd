import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { big5 } from "../support/big5.ts";
import { runCli } from "../support/run-cli.ts";
import { temporaryFolder } from "../support/temporary-folder.ts";

// A fictional HK broker's morning digest in Traditional Chinese, full-width punctuation and all.
const digest = [
	"青嵐證券 晨會紀要 2025年3月4日",
	"【個股點評】寶島電子（2330 TT）：維持「買入」評級，目標價新台幣1,180元。",
	"公司公布第四季營收新台幣8,688億元，按年增長38.8%，按季增長14.3%。",
	"分析師：陳大文（證監會中央編號：BQZ938）",
	"",
].join("\n");

describe("briefing import of a Big5 file", () => {
	it("is refused in one line that says Big5, names the file and the byte, with iconv's command (exit 65)", () => {
		const folder = temporaryFolder("big5");
		const file = path.join(folder, "digest.txt");
		writeFileSync(file, big5(digest));
		const result = runCli(["import", file]);
		expect(result.code).toBe(65);
		expect(result.stdout).toBe("");
		expect(result.stderr).toBe(
			`${file}:1:1: byte 0 starts Big5 (Traditional Chinese) text, which briefing does not read; convert it to UTF-8 first: iconv -f BIG5 -t UTF-8 ${file} > ${path.join(folder, "digest.utf8.txt")}\n`,
		);
		// The command it gives works, where iconv is installed, and what it makes is read.
		const iconv = spawnSync("sh", ["-c", result.stderr.replace(/^.*first: /su, "")]);
		if (iconv.error !== undefined || iconv.status === 127) return;
		expect(iconv.status).toBe(0);
		expect(readFileSync(path.join(folder, "digest.utf8.txt"), "utf8")).toBe(digest);
		expect(runCli(["import", path.join(folder, "digest.utf8.txt")]).stderr).not.toMatch(/Big5|not UTF-8/u);
	});
});
