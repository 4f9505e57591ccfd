import { readFileSync } from "node:fs";
import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { renderApp } from "./render-app.tsx";

afterEach(cleanup);

const source = readFileSync(
	new URL("../../data/sources/huatai-2024-05-07-microsoft-mai-1.txt", import.meta.url),
	"utf8",
);
// The line of the bundled original text that holds the quotes.
const quoteLine = source.split("\n").findIndex((line) => line.includes("Copilot Studio客户数超3万家")) + 1;

describe("the original text in the pager (v)", () => {
	it("hands the original text over at the line of the selected figure's quote, and comes back where it was", async () => {
		const app = renderApp({ loadOriginal: async () => source });
		await app.waitFor((frame) => frame.includes("[1 Thesis]"));
		await app.press("3");
		await app.press("j");
		const before = await app.waitFor((frame) => frame.includes("figure 2/10"));
		await app.press("v");
		await app.waitFor(() => app.paged.length === 1, "the pager");
		expect(app.paged).toEqual([{ text: source, line: quoteLine }]);
		expect(quoteLine).toBeGreaterThan(1);
		expect(app.frame()).toBe(before);
	});

	it("opens at the top where no figure is selected, and from the figure in context at its quote", async () => {
		const app = renderApp({ loadOriginal: async () => `first line\n${source}` });
		await app.waitFor((frame) => frame.includes("[1 Thesis]"));
		await app.press("v");
		await app.waitFor(() => app.paged.length === 1, "the pager");
		expect(app.paged[0]?.line).toBe(1);
		await app.press("3");
		await app.press("o");
		await app.waitFor((frame) => frame.includes("Original text"));
		await app.press("v");
		await app.waitFor(() => app.paged.length === 2, "the pager again");
		expect(app.paged[1]?.line).toBe(quoteLine + 1);
	});

	it("says in one footer line that the pager failed, and goes on", async () => {
		const app = renderApp({
			loadOriginal: async () => source,
			pagerFailure: { problem: "start", pager: "nope", detail: "nope: not found" },
		});
		await app.waitFor((frame) => frame.includes("[1 Thesis]"));
		const said = await app.press("v");
		const frame = await app.waitFor((text) =>
			text.includes("The pager “nope” could not be started: nope: not found"),
		);
		expect(said).toBeTruthy();
		expect(frame).toContain("[1 Thesis]");
		expect(await app.press("2")).toContain("[2 Breakdown]");
	});

	it("says so when the note has no original text, without starting the pager", async () => {
		const app = renderApp({ loadOriginal: async () => undefined });
		await app.waitFor((frame) => frame.includes("[1 Thesis]"));
		await app.press("v");
		await app.waitFor((text) => text.includes("This note has no original text"));
		expect(app.paged).toEqual([]);
	});
});
