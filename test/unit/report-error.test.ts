import { describe, expect, it, vi } from "vitest";
import { BriefingError } from "../../source/base/briefing-error.ts";
import { exitCodes } from "../../source/cli/exit-codes.ts";
import { reportError } from "../../source/cli/report-error.ts";

describe("reportError", () => {
	it("prints a BriefingError's lines, sanitized, one per problem", () => {
		const error = new BriefingError("a.json: x: \u001b]0;pwned\u0007bad\nb.json:1:2: worse", "invalid-input");
		expect(reportError(error, false)).toEqual({
			text: "a.json: x: bad\nb.json:1:2: worse\n",
			exitCode: exitCodes.dataError,
		});
	});

	it.each([
		["no-match", 1],
		["usage", 2],
		["invalid-input", 65],
		["unreadable", 66],
		["cannot-create", 73],
		["write-failed", 74],
	] as const)("exits with the documented code of a %s error", (kind, code) => {
		expect(reportError(new BriefingError("a.json: why", kind), false).exitCode).toBe(code);
	});

	it("reports an error made by another copy of the class (the importer's bundle has its own) by its kind", async () => {
		vi.resetModules();
		const copy = await import("../../source/base/briefing-error.ts");
		expect(copy.BriefingError).not.toBe(BriefingError);
		const error = new copy.BriefingError("a.txt: exists; use --force to replace it", "cannot-create");
		expect(error).toBeInstanceOf(BriefingError);
		expect(reportError(error, false)).toEqual({
			text: "a.txt: exists; use --force to replace it\n",
			exitCode: exitCodes.cantCreate,
		});
		// Only errors of the class carry the mark.
		expect(Object.assign(new Error("x"), { name: "BriefingError", kind: "usage" })).not.toBeInstanceOf(
			BriefingError,
		);
	});

	it("adds the usage hint to a usage error only", () => {
		expect(reportError(new BriefingError("--width: bad", "usage"), false).text).toBe(
			"briefing: --width: bad\nRun briefing --help for usage.\n",
		);
		expect(reportError(new BriefingError("a.json: gone", "unreadable"), false).text).toBe("a.json: gone\n");
	});

	it("cuts a line of many megabytes, keeping the others", () => {
		const error = new BriefingError(`a.json: ${"x".repeat(5_000_000)}\nb.json: short`, "invalid-input");
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
