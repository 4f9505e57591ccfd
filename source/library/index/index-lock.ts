import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === "EPERM";
	}
}

/**
 * Takes the index's lock: a file made with O_EXCL that holds this process's id. A lock left by a
 * process that no longer runs (killed mid-update) is taken over. Returns a release function, or undefined when another
 * running briefing holds the lock. Throws when the folder cannot be written.
 */
export function takeLock(file: string): (() => void) | undefined {
	for (let attempt = 0; attempt < 2; attempt += 1) {
		try {
			const fd = openSync(file, "wx");
			writeSync(fd, String(process.pid));
			closeSync(fd);
			return () => rmSync(file, { force: true });
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
			let holder = Number.NaN;
			try {
				holder = Number(readFileSync(file, "utf8"));
			} catch {}
			if (Number.isInteger(holder) && holder > 0 && alive(holder)) return undefined;
			rmSync(file, { force: true });
		}
	}
	return undefined;
}
