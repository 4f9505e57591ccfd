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
