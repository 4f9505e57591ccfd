import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, onTestFinished } from "vitest";

/**
 * Makes a new empty folder under the system's temporary folder, named `briefing-NAME-…`, and
 * removes it with all it holds once the test that asked for it ends (or, asked for outside a test,
 * once the file's tests have run).
 */
export function temporaryFolder(name: string): string {
	const folder = mkdtempSync(path.join(tmpdir(), `briefing-${name}-`));
	const remove = () => rmSync(folder, { recursive: true, force: true });
	try {
		onTestFinished(remove);
	} catch {
		afterAll(remove);
	}
	return folder;
}
