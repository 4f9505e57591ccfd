import { readFileSync } from "node:fs";
import { render } from "ink-testing-library";
import { App, type AppProps } from "../../source/app/app.tsx";
import { monochromeTheme } from "../../source/app/theme.ts";
import { noteFromText } from "../../source/load/note-from-text.ts";

/** The bundled MAI-1 note, loaded as the CLI loads it. */
export const bundledNote = noteFromText(
	readFileSync(new URL("../../data/notes/huatai-2024-05-07-microsoft-mai-1.json", import.meta.url), "utf8"),
	"bundled",
).note;

/** Key sequences as a terminal sends them. */
export const keys = {
	up: "\u001b[A",
	down: "\u001b[B",
	right: "\u001b[C",
	left: "\u001b[D",
	tab: "\t",
	shiftTab: "\u001b[Z",
	escape: "\u001b",
	enter: "\r",
	backspace: "\u007f",
	pageDown: "\u001b[6~",
} as const;

/**
 * Renders the reader with ink-testing-library at a size, and returns helpers to press keys and to
 * wait for a frame that satisfies a check (Ink draws asynchronously after input).
 */
export function renderApp(overrides: Partial<AppProps> = {}) {
	const copied: string[] = [];
	const props: AppProps = {
		note: bundledNote,
		columns: 100,
		rows: 30,
		language: "en",
		theme: monochromeTheme,
		hyperlinks: false,
		interactive: true,
		loadOriginal: async () => "ORIGINAL TEXT 原文",
		copyToClipboard: (text) => copied.push(text),
		...overrides,
	};
	const instance = render(<App {...props} />);
	return { ...instance, ...interact(instance), copied, props };
}

/**
 * Returns helpers to read an ink-testing-library instance's frame, wait for a frame that satisfies a
 * check (Ink draws asynchronously after input), and press keys.
 */
export function interact(instance: ReturnType<typeof render>) {
	const frame = () => instance.lastFrame() ?? "";
	const waitFor = async (check: (text: string) => boolean, what = "a matching frame"): Promise<string> => {
		for (let attempt = 0; attempt < 200; attempt += 1) {
			if (check(frame())) return frame();
			await new Promise((resolve) => setTimeout(resolve, 5));
		}
		throw new Error(`timed out waiting for ${what}; last frame:\n${frame()}`);
	};
	// Waits for the frame that the key brings (or 300 ms, for a key that changes nothing), so tests
	// hold on a busy machine where a frame can take longer than usual.
	const press = async (input: string) => {
		const before = frame();
		instance.stdin.write(input);
		for (let waited = 0; waited < 300 && frame() === before; waited += 5) {
			await new Promise((resolve) => setTimeout(resolve, 5));
		}
		await new Promise((resolve) => setTimeout(resolve, 10));
		return frame();
	};
	return { frame, waitFor, press };
}
