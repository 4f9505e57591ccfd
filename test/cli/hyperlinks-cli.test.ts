import { describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.ts";

describe("printed links", () => {
	it("are never OSC 8 hyperlinks in a pipe, even where the terminal would show them", () => {
		const result = runCli(["--section", "analysts,source", "--width", "40"], {
			env: { FORCE_HYPERLINK: "1", TERM_PROGRAM: "iTerm.app" },
		});
		expect(result.code).toBe(0);
		expect(result.stdout).not.toContain("\u001b");
		// The address is on one line, whole where it fits.
		expect(result.stdout).toContain("  https://intl.inst.htsc.com/research\n");
	});
});

describe("printed addresses", () => {
	it("are whole on their own line in a pipe, never cut or broken, in the text and in the brief", () => {
		for (const args of [["--section", "analysts,source"], ["--brief"]]) {
			const { code, stdout } = runCli([...args, "--width", "24"]);
			expect(code).toBe(0);
			expect(stdout).toMatch(/(^| )https:\/\/www\.wkzk\.com\/report\/\n/m);
			expect(stdout).not.toMatch(/https?:\/\/\S*…/);
		}
		expect(runCli(["--section", "analysts", "--width", "24"]).stdout).toContain(
			"  https://intl.inst.htsc.com/research\n",
		);
	});
});
