import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

// Tests must not depend on the environment they are started from. `CI` (even empty) makes Ink draw
// only its last frame; colour and width variables change every renderer's output. Each test sets
// what it needs; this file removes the rest before any module under test is imported.
for (const name of [
	"CI",
	"CONTINUOUS_INTEGRATION",
	"NO_COLOR",
	"FORCE_COLOR",
	"COLUMNS",
	"LINES",
	"LC_ALL",
	"LC_MESSAGES",
	"TERM_PROGRAM",
	"FORCE_HYPERLINK",
]) {
	delete process.env[name];
}
process.env.LANG = "en_US.UTF-8";
process.env.FORCE_COLOR = "0";
// The library index never goes to the real ~/.cache: each test file gets a cache folder of its own,
// and tests that start the CLI pass it on explicitly (test/support/run-cli.ts, test/e2e/pty-session.ts).
const cache = mkdtempSync(path.join(tmpdir(), "briefing-test-cache-"));
process.env.BRIEFING_CACHE = cache;
// Nor does the reader's remembered state ever go to the real ~/.local/state.
const state = mkdtempSync(path.join(tmpdir(), "briefing-test-state-"));
process.env.XDG_STATE_HOME = state;
afterAll(() => {
	for (const folder of [cache, state]) rmSync(folder, { recursive: true, force: true });
});
