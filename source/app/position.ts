import type { Language } from "../document/language.ts";
import { wordsFor } from "./ui-words.ts";

/**
 * Returns where a scrolled text is, for the footer's right end, as less and vim say it: `All` when
 * it fits on the screen, `Top` and `Bot` at its ends, else `line N/M` (N the top line shown, from 1);
 * in Chinese when the reader shows Chinese (全部, 顶部, 底部, 第N/M行).
 */
export function linePosition(
	top: number,
	viewport: number,
	lineCount: number,
	language: Language = "en",
): string {
	const words = wordsFor(language);
	const room = Math.max(0, lineCount - viewport);
	if (room === 0) return words.all;
	if (top <= 0) return words.top;
	if (top >= room) return words.bottom;
	return words.line(top + 1, lineCount);
}

/** Returns where a selection is in a list of `count` items (`figure 3/10`), counted from 1. */
export function itemPosition(what: string, selected: number, count: number): string {
	return `${what} ${selected + 1}/${count}`;
}
