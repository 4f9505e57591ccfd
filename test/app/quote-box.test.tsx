import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { renderApp } from "./render-app.tsx";

afterEach(cleanup);

const lineAfterQuote = (frame: string, quote: string) => {
	const lines = frame.split("\n");
	return lines[lines.findIndex((line) => line.includes(quote)) + 1] ?? "";
};

describe("the quote box under the figure table", () => {
	it("names the broker once for the broker's own figure", async () => {
		const app = renderApp({ columns: 100, rows: 30, language: "en" });
		await app.press("3");
		const frame = await app.press("j");
		expect(lineAfterQuote(frame, "“23年发布Phi-1.0(13亿参数)”").trim()).toBe(
			"— Huatai Securities 2024-05-07",
		);
	});

	it("names the source, then the broker, for a figure of another source", async () => {
		const app = renderApp({ columns: 100, rows: 30, language: "en" });
		const frame = await app.press("3");
		expect(lineAfterQuote(frame, "“MAI-1拥有大约5000亿参数”").trim()).toBe(
			"— The Information · Huatai Securities 2024-05-07",
		);
	});

	it("names the broker once in Chinese too", async () => {
		const app = renderApp({ columns: 100, rows: 30, language: "zh" });
		await app.press("3");
		const frame = await app.press("j");
		expect(lineAfterQuote(frame, "“23年发布Phi-1.0(13亿参数)”").trim()).toBe("— 华泰证券 2024-05-07");
	});
});
