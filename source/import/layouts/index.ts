import { firstPage } from "./first-page.ts";
import type { Layout } from "./layout.ts";
import { morningDigest } from "./morning-digest.ts";
import { repost } from "./repost.ts";

/** The layouts `briefing import` reads, tried in this order: the first whose `detect` finds it reads the text. */
export const layouts: readonly Layout[] = [morningDigest, repost, firstPage];

/**
 * Returns the layout of a text from its first lines (folded), or, when it is in none, what each
 * layout lacked: `a WeChat repost (expected a 作者:…/发布时间: line …); a PDF's first page (expected …)`.
 */
export function detectLayout(head: string): { layout: Layout } | { lacking: string } {
	const lacking: string[] = [];
	for (const layout of layouts) {
		const detection = layout.detect(head);
		if (detection.found) return { layout };
		lacking.push(`${layout.description} (expected ${detection.lacking})`);
	}
	return { lacking: lacking.join("; ") };
}

/** Returns the layout of a name, for the report. */
export function layoutNamed(name: string): Layout | undefined {
	return layouts.find((layout) => layout.name === name);
}
