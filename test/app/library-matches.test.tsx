import chalk from "chalk";
import { cleanup } from "ink-testing-library";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { dateProblems, filterTerms } from "../../source/app/library/filter-terms.ts";
import { libraryLayout, libraryRowMatches, libraryRowText } from "../../source/layout/library-rows.ts";
import { keys } from "./render-app.tsx";
import { renderLibrary, rowsOf } from "./render-library.tsx";

afterEach(cleanup);

// The monochrome theme marks a match with underline: let chalk draw it, so the frame shows it.
const level = chalk.level;
beforeAll(() => {
	chalk.level = 1;
});
afterAll(() => {
	chalk.level = level;
});
const underline = /\u001b\[4m([^\u001b]*)\u001b\[24m/gu;
const underlined = (line: string) => [...line.matchAll(underline)].map((match) => match[1]);
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/gu, "");

describe("the library filter's matches", () => {
	it("are marked in the rows: words anywhere, field values in their own column", () => {
		const cells = ["2024-05-07", "Huatai Securities", "Computers", "Microsoft may launch MAI-1", "MSFT"];
		const layout = libraryLayout([cells], ["Date", "Broker", "Sector", "Title", "Tickers"], 90);
		const text = libraryRowText(cells, layout);
		const marked = (filter: string) =>
			libraryRowMatches(cells, layout, filterTerms(filter)).map((range) =>
				text.slice(range.start, range.end),
			);
		expect(marked("microsoft")).toEqual(["Microsoft"]);
		expect(marked("broker:HUATAI mai")).toEqual(["Huatai", "MAI"]);
		// A field value is looked for in its own column only: "soft" is in the title, not the sector.
		expect(marked("sector:soft")).toEqual([]);
		expect(marked("ticker:msft")).toEqual(["MSFT"]);
		expect(marked("since:2024")).toEqual([]);
	});

	it("are drawn underlined (without colour) in the list as the filter is typed", async () => {
		const library = renderLibrary();
		await library.waitFor((text) => plain(text).includes("3 of 3"));
		await library.press("fwidg");
		const frame = await library.waitFor((text) => plain(text).includes("2 of 3 notes"));
		const rows = frame.split("\n").filter((line) => /\d{4}-\d{2}-\d{2}/u.test(plain(line)));
		expect(rows).toHaveLength(2);
		expect(underlined(rows[0] ?? "")).toEqual(["widg"]);
		// The other note passes by a company the list does not show: nothing in its row is marked.
		expect(underlined(rows[1] ?? "")).toEqual([]);
	});
});

describe("a since: or until: that names no date", () => {
	it("is found, and a date still being typed is not", () => {
		const now = Date.parse("2025-06-05T09:00:00Z");
		expect(dateProblems("since:2024-13", now)).toEqual(["since:2024-13"]);
		expect(dateProblems("until:2024-02-30 microsoft", now)).toEqual(["until:2024-02-30"]);
		expect(dateProblems("since:soon", now)).toEqual(["since:soon"]);
		for (const typing of [
			"since:2",
			"since:2024-",
			"since:2024-1",
			"since:2024-12-3",
			"since:yest",
			"since:7",
		])
			expect(dateProblems(typing, now), typing).toEqual([]);
		for (const valid of ["since:2024", "since:2024-12", "until:2024-02-29", "since:yesterday", "since:2w"])
			expect(dateProblems(valid, now), valid).toEqual([]);
	});

	it("is said in the filter line and in place of the empty list", async () => {
		const library = renderLibrary();
		await library.waitFor((text) => plain(text).includes("3 of 3"));
		await library.press("fsince:2024-13");
		const frame = plain(await library.waitFor((text) => plain(text).includes("since:2024-13▏")));
		expect(frame.split("\n")[1]).toContain("Filter: since:2024-13▏ · since:2024-13 is not a date");
		// It passes no note (as text, 2024-13 would pass the notes of 2025), as --since 2024-13 lists none.
		expect(frame).toContain("0 of 3 notes");
		// Once it is a date, the line says nothing more.
		await library.press(keys.backspace);
		expect(plain(await library.press("2"))).not.toContain("is not a date");
		// Where nothing passes, the empty list says why.
		await library.press(keys.escape);
		await library.press("funtil:1999-13");
		const empty = plain(await library.waitFor((text) => plain(text).includes("0 of 3 notes")));
		expect(empty).toContain("until:1999-13 is not a date (a date is YYYY, YYYY-MM or YYYY-MM-DD");
		expect(empty).not.toContain("No notes match");
	});
});

describe("the library's search results", () => {
	it("show each note's date, broker and number of matches once, its matches grouped under it", async () => {
		const library = renderLibrary(120, 30);
		await library.waitFor((text) => plain(text).includes("3 of 3"));
		const frame = plain(await library.press("/资本开支\r"));
		const lines = frame.split("\n");
		// The query stays on screen above the results, with how many matches in how many notes.
		expect(lines[1]).toMatch(/^ \/资本开支 · (\d+) matches in 1 note$/u);
		const count = /(\d+) matches in/u.exec(lines[1] ?? "")?.[1];
		const rows = lines.filter((line) => line.includes(" · "));
		const heads = rowsOf(frame);
		expect(heads).toHaveLength(1);
		expect(heads[0]).toMatch(
			new RegExp(`2024-05-07 +Huatai Secur\\S* +Microsoft may .*\\(${count}\\) +\\S`, "u"),
		);
		// The other matches of the note are under it, with nothing in the note's columns.
		expect(rows.filter((line) => /^ {10,}\S/u.test(line))).toHaveLength(Number(count) - 1);
	});

	it("lay out in Chinese with the Chinese headings", async () => {
		const library = renderLibrary(100, 30);
		await library.waitFor((text) => plain(text).includes("3 of 3"));
		await library.press("L");
		const frame = plain(await library.press("/资本开支\r"));
		expect(frame.split("\n")[1]).toMatch(/^ \/资本开支 · 1篇笔记中\d+处匹配$/u);
		expect(frame.split("\n")[2]).toMatch(/日期 +机构 +笔记\(匹配数\) +部分 · 匹配的行/u);
		expect(frame).toMatch(/华泰证券 +微软或推自研大\S*\(\d+\) +分析框架 · /u);
	});

	it.each([
		[40, "en", "资本开支"],
		[40, "zh", "资本开支"],
		[60, "en", "资本开支"],
		[60, "zh", "资本开支"],
		[40, "en", "parameters"],
		[60, "en", "parameters"],
	])(
		"keep the match on screen at %i columns in %s (%s): the section goes first",
		async (columns, language, query) => {
			const library = renderLibrary(columns, 30);
			await library.waitFor((text) => plain(text).includes("3 of 3"));
			if (language === "zh") await library.press("L");
			const frame = await library.press(`/${query}\r`);
			const lines = frame.split("\n");
			const count = Number(/(\d+) ?(?:matches|处匹配)/u.exec(plain(lines[1] ?? ""))?.[1]);
			expect(count).toBeGreaterThan(0);
			const shown = lines.slice(3, 3 + Math.min(count, 25));
			for (const line of shown) {
				expect(underlined(line).join("").toLowerCase(), plain(line)).toBe(query.toLowerCase());
				expect(plain(line).length).toBeLessThanOrEqual(columns);
			}
			// The note's date and title stay on its first row.
			expect(plain(shown[0] ?? "")).toMatch(/^ ▶ ?2024-05-07 {2}\S/u);
			// With room enough, the section is kept before the line.
			if (columns === 60) expect(plain(shown[0] ?? "")).toMatch(/(Thesis|核心观点|分析框架|Breakdown) · /u);
		},
	);

	it("keep the note of the top row on screen when its first match has scrolled off", async () => {
		const library = renderLibrary(100, 10);
		await library.waitFor((text) => plain(text).includes("3 of 3"));
		const first = plain(await library.press("/资本开支\r")).split("\n");
		// Only the first row of the group carries the note at first.
		expect(first[3]).toMatch(/2024-05-07 +Huatai Sec\S* +Microsoft may .*\(\d+\)/u);
		expect(first[4]).not.toContain("2024-05-07");
		const scrolled = plain(await library.press("G")).split("\n");
		const line = (row = "") => row.slice(row.indexOf(" · "));
		// The first match has scrolled off.
		expect(scrolled.map(line)).not.toContain(line(first[3]));
		// The top row is a later match, and shows its note as a heading; the rows under it do not.
		expect(scrolled[3]).toMatch(/^ {3}2024-05-07 +Huatai Sec\S* +Microsoft may .*\(\d+\)/u);
		expect(scrolled[4]).toMatch(/^ {3} {10}/u);
	});
});
