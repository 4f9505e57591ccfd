import { describe, expect, it } from "vitest";
import { daysBefore, localDate, resolveWhen } from "../../source/library/when.ts";

// 2025-06-05 01:30 in UTC: already the 5th in Shanghai (09:30), still the 4th in New York (21:30).
const now = Date.parse("2025-06-05T01:30:00Z");

describe("resolveWhen", () => {
	it("counts today and yesterday in the time zone it is given, not the machine's", () => {
		expect(resolveWhen("today", now, "Asia/Shanghai")).toBe("2025-06-05");
		expect(resolveWhen("today", now, "America/New_York")).toBe("2025-06-04");
		expect(resolveWhen("yesterday", now, "Asia/Shanghai")).toBe("2025-06-04");
		expect(resolveWhen("Yesterday", now, "America/New_York")).toBe("2025-06-03");
	});

	it("counts Nd and Nw back from today, across months and years", () => {
		expect(resolveWhen("7d", now, "Asia/Shanghai")).toBe("2025-05-29");
		expect(resolveWhen("2w", now, "Asia/Shanghai")).toBe("2025-05-22");
		expect(resolveWhen("0d", now, "UTC")).toBe("2025-06-05");
		expect(resolveWhen("1d", Date.parse("2025-01-01T12:00:00Z"), "UTC")).toBe("2024-12-31");
	});

	it("counts calendar days across a change of clocks", () => {
		// New York moved its clocks on 2025-03-09: the day before the 10th is still the 9th.
		expect(resolveWhen("yesterday", Date.parse("2025-03-10T04:30:00Z"), "America/New_York")).toBe(
			"2025-03-09",
		);
		expect(daysBefore("2024-03-01", 1)).toBe("2024-02-29");
	});

	it("keeps dates as written and refuses anything else", () => {
		expect(resolveWhen("2024-05", now, "UTC")).toBe("2024-05");
		expect(resolveWhen("2024-05-07", now, "UTC")).toBe("2024-05-07");
		for (const word of ["tomorrow", "7", "d7", "3m", "2024/05/07", ""])
			expect(resolveWhen(word, now, "UTC"), word).toBeUndefined();
	});

	it("refuses a month or day that does not exist, and keeps a leap day", () => {
		for (const word of ["2024-13", "2024-00", "2024-02-30", "2023-02-29", "2024-04-31", "2024-12-00"])
			expect(resolveWhen(word, now, "UTC"), word).toBeUndefined();
		expect(resolveWhen("2024-02-29", now, "UTC")).toBe("2024-02-29");
		expect(resolveWhen("2024-12-31", now, "UTC")).toBe("2024-12-31");
		expect(resolveWhen("2024-12", now, "UTC")).toBe("2024-12");
	});

	it("writes the local date as YYYY-MM-DD", () => {
		expect(localDate(now, "Asia/Tokyo")).toBe("2025-06-05");
	});
});
