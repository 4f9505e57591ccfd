import { homedir } from "node:os";
import path from "node:path";

/**
 * Returns the folder briefing keeps its library index in: BRIEFING_CACHE when set, else
 * `$XDG_CACHE_HOME/briefing`, else `~/.cache/briefing` (the XDG base directory rule).
 */
export function cacheFolder(environment: Readonly<Record<string, string | undefined>>): string {
	if (environment.BRIEFING_CACHE) return path.resolve(environment.BRIEFING_CACHE);
	const base = environment.XDG_CACHE_HOME || path.join(environment.HOME || homedir(), ".cache");
	return path.join(path.resolve(base), "briefing");
}
