import { describe, expect, it } from "vitest";
import { BriefingError } from "../../source/base/briefing-error.ts";
import { exitCodes } from "../../source/cli/exit-codes.ts";
import { reportError } from "../../source/cli/report-error.ts";

describe("reportError", () => {
	it("prints a BriefingError's lines, sanitized, one per problem", () => {
		const error = new BriefingError(
			"a.json: x: \u001b]0;pwned\u0007bad\nb.json:1:2: worse",
			exitCodes.dataError,
		);
		expect(reportError(error, false)).toEqual({
			text: "a.json: x: bad\nb.json:1:2: worse\n",
			exitCode: exitCodes.dataError,
		});
	});

	it("cuts a line of many megabytes, keeping the others", () => {
		const error = new BriefingError(`a.json: ${"x".repeat(5_000_000)}\nb.json: short`, exitCodes.dataError);
		const lines = reportError(error, false).text.split("\n");
		expect(lines).toHaveLength(3);
		expect(lines[0]?.length).toBeLessThanOrEqual(5000);
		expect(lines[0]?.endsWith("x…")).toBe(true);
		expect(lines[1]).toBe("b.json: short");
	});

	it("prints an internal error's message on one short, clean line", () => {
		const error = new TypeError(`cannot read "${"\nforged.json: line\r\u001b[2J".repeat(1000)}"`);
		const { text, exitCode } = reportError(error, false);
		expect(exitCode).toBe(exitCodes.software);
		const [first, ...rest] = text.replace(/\n$/, "").split("\n");
		expect(first).toMatch(/^briefing: internal error: cannot read "\\nforged\.json: line\\n/u);
		expect(first?.length).toBeLessThanOrEqual(240);
		expect(first).not.toContain("\u001b");
		expect(rest).toEqual(["(run with --debug to see where)"]);
	});
});
