import { render } from "ink-testing-library";
import { vi } from "vitest";
import { App, type AppProps } from "../../source/app/app.tsx";
import { monochromeTheme } from "../../source/app/theme.ts";
import { bundledNote } from "../support/bundled-note.ts";

export { bundledNote } from "../support/bundled-note.ts";
export { keys } from "../support/keys.ts";

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
	const waitFor = (check: (text: string) => boolean, what = "a matching frame"): Promise<string> =>
		vi.waitFor(
			() => {
				if (!check(frame())) throw new Error(`timed out waiting for ${what}; last frame:\n${frame()}`);
				return frame();
			},
			{ timeout: 2000, interval: 5 },
		);
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
