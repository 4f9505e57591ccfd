import { describe, expect, it } from "vitest";
import { addressSpan } from "../../source/layout/address.ts";
import { paintLine } from "../../source/render/paint.ts";

const url = "https://research.example.com/reports/2025/industry-weekly";

describe("an address", () => {
	it("fits its width cut with … and is marked cut, linked to itself in full", () => {
		const span = addressSpan(url, 20, "link");
		expect(span.text).toBe("https://research.ex…");
		expect(span).toMatchObject({ url, cut: true, tone: "link" });
	});

	it("is not marked cut where it fits", () => {
		expect(addressSpan(url, url.length)).toEqual({ text: url, url });
	});

	it("is printed whole where it cannot be linked, and cut inside its link where it can", () => {
		const line = [{ text: "  " }, addressSpan(url, 20)];
		expect(paintLine(line)).toBe(`  ${url}`);
		const linked = paintLine(line, undefined, true);
		expect(linked).toBe(`  \u001b]8;;${url}\u0007https://research.ex…\u001b]8;;\u0007`);
	});

	it("stays cut in print when it is no real address (a space, a control, not http)", () => {
		for (const text of [`${url} click here`, "ftp://files.example.com/reports/2025/weekly.pdf"]) {
			const span = addressSpan(text, 20);
			expect(span.cut).toBeUndefined();
			expect(paintLine([span])).toBe(span.text);
			expect(span.text.endsWith("…")).toBe(true);
		}
	});
});
