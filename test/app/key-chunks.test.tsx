import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { keys, renderApp } from "./render-app.tsx";
import { renderLibrary, rowsOf } from "./render-library.tsx";

afterEach(cleanup);

// Each test writes several keys in ONE stdin write, as a paste or a held key arrives from a terminal.
describe("keys that arrive together", () => {
	it("takes three Backspaces in one read as three, in the library filter", async () => {
		const library = renderLibrary();
		await library.waitFor((text) => text.includes("3 of 3"));
		await library.press("ftencentxyz");
		await library.press("\u007f\u007f\u007f");
		const frame = await library.waitFor((text) => text.includes("Filter: tencent▏"), "the erased filter");
		expect(frame).not.toContain("\u007f");
	});

	it("takes a pasted search and Enter as the query and Enter", async () => {
		const app = renderApp();
		await app.press("/copilot\r");
		await app.waitFor((frame) => /“copilot” 1\/\d+/.test(frame), "the pasted search, submitted");
	});

	it("takes two Tabs in one read as two panes on", async () => {
		const app = renderApp();
		await app.press("\t\t");
		await app.waitFor((frame) => frame.includes("[3 Key numbers]"), "the third pane");
	});

	it("joins an escape sequence cut across two reads", async () => {
		const app = renderApp({ rows: 12 });
		await app.press("6");
		const top = app.frame();
		app.stdin.write("\u001b[");
		await app.press("6~");
		const down = await app.waitFor((frame) => frame !== top, "a page down");
		expect(down).not.toContain("[1 Thesis]");
		expect(down).toContain("[6 Source]");
	});
});

describe("the help overlay", () => {
	it("closes with q and with Esc, and the reader goes on", async () => {
		const app = renderApp();
		await app.press("?");
		await app.waitFor((frame) => frame.includes("next pane"), "help");
		await app.press("q");
		await app.waitFor((frame) => !frame.includes("next pane"), "help to close on q");
		expect(app.frame()).toContain("[1 Thesis]");
		await app.press("?");
		await app.press(keys.escape);
		await app.waitFor((frame) => !frame.includes("next pane"), "help to close on Esc");
	});

	it("keeps the keys of the note from acting behind it", async () => {
		const app = renderApp();
		await app.press("?");
		await app.press("3L/");
		await app.press("q");
		const frame = await app.waitFor((text) => !text.includes("next pane"), "help to close");
		expect(frame).toContain("[1 Thesis]");
		expect(frame).toContain("[EN]");
		expect(frame).not.toMatch(/\/▏/);
	});
});

describe("a note opened from the library", () => {
	it("goes back to the library on q", async () => {
		const library = renderLibrary();
		await library.waitFor((text) => text.includes("3 of 3"));
		await library.press("\u001b[B\r");
		await library.waitFor((text) => text.includes("[1 Thesis]"), "the note");
		const back = await library.press("q");
		expect(back).toContain("3 of 3 notes");
		expect(rowsOf(back)[1]).toMatch(/^ ▶ 2024-05-07/);
	});
});
