import { linkSync, readFileSync, rmSync, writeFileSync } from "node:fs";

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === "EPERM";
	}
}

/**
 * Takes the index's lock: a file that holds this process's id, made only where none is. A lock left by a
 * process that no longer runs (killed mid-update) is taken over. Another running briefing's lock
 * is waited for, up to `patience` milliseconds (two short runs at once both use the index).
 * Returns a release function, or undefined when the lock stayed taken. Throws when the folder
 * cannot be written.
 */
export function takeLock(file: string, patience = 3000): (() => void) | undefined {
	const until = Date.now() + patience;
	const pause = new Int32Array(new SharedArrayBuffer(4));
	for (;;) {
		// The lock appears with its process id already in it (written aside, then linked), so no one
		// ever reads an empty lock and takes it for a stale one.
		const aside = `${file}.${process.pid}`;
		try {
			writeFileSync(aside, String(process.pid));
			linkSync(aside, file);
			return () => rmSync(file, { force: true });
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
			let holder = Number.NaN;
			try {
				holder = Number(readFileSync(file, "utf8"));
			} catch {}
			if (Number.isInteger(holder) && holder > 0 && alive(holder)) {
				if (Date.now() >= until) return undefined;
				Atomics.wait(pause, 0, 0, 25);
			} else rmSync(file, { force: true });
		} finally {
			rmSync(aside, { force: true });
		}
	}
}
