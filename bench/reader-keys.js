// The reader's key press → next frame with a large library open (↓/↑ in the list; a filter letter
// typed then erased, which filters every note), beside the same presses in a lone note's Source pane
// (j/k), measured in one run. Used by bench/run.js.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startInPty, summarize } from "./measure.js";

// Past Ink's 30 fps frame interval between presses, so each is drawn at once, as a person types.
const pause = () => new Promise((resolve) => setTimeout(resolve, 40));

/** Times presses of `keys` in turn; a press that draws nothing within a second is counted, not timed. */
async function timePresses(reader, keys, presses) {
	const times = [];
	let undrawn = 0;
	for (let press = 0; press < presses; press += 1) {
		const time = await Promise.race([
			reader.press(keys[press % keys.length]),
			new Promise((resolve) => setTimeout(() => resolve(undefined), 1000)),
		]);
		if (time === undefined) undrawn += 1;
		else times.push(time);
		await pause();
	}
	return { ...summarize(times), undrawn };
}

/**
 * Opens the reader on a library of `notes` generated notes (plus the bundled one), and on the
 * bundled note alone, and times `presses` key presses of each kind. Returns summaries in ms.
 */
export async function libraryKeyPresses({ notes = 10_000, presses = 60 } = {}) {
	const folder = mkdtempSync(path.join(tmpdir(), "briefing-bench-keys-"));
	try {
		spawnSync(process.execPath, ["scripts/generate-notes.js", String(notes), folder], { stdio: "ignore" });
		// A state of its own: a place remembered by an earlier run would open its note, not the list.
		const env = { XDG_CACHE_HOME: path.join(folder, "cache"), XDG_STATE_HOME: path.join(folder, "state") };
		const library = await startInPty(["dist/cli.js", "--dir", folder], `of ${notes + 1} notes`, { env });
		const move = await timePresses(library, ["\u001b[B", "\u001b[A"], presses);
		// The filter line starts with f (as in lazygit); then each letter filters every note.
		await library.press("f");
		await pause();
		const filter = await timePresses(library, ["h", "\u007f"], presses);
		await library.quit("\u0003");
		const lone = await startInPty(["dist/cli.js"], "q quit", { env });
		await lone.press("6");
		await pause();
		const peer = await timePresses(lone, ["j", "k"], presses);
		await lone.quit();
		return { notes, move, filter, peer };
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}
