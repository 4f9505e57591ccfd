import type { ChalkInstance } from "chalk";

/** Returns a chalk at a colour level, or undefined for none (0), when chalk is not loaded at all. */
export async function chalkFor(level: 0 | 1 | 2 | 3): Promise<ChalkInstance | undefined> {
	if (level === 0) return undefined;
	const { Chalk } = await import("chalk");
	return new Chalk({ level });
}
