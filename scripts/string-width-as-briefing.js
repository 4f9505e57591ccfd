// What the bundle gives Ink (its output grid, widest-line, cli-truncate) for `string-width`: briefing's
// own measure (source/text/width.ts, held to string-width's answers by test/text/width-oracle.test.ts),
// which measures a character that cannot join another without Intl.Segmenter or the RGI_Emoji
// expression that string-width compiles on its first text beyond ASCII. Escape codes are stripped
// first (Node's own stripVTControlCharacters, the ansi-regex that string-width strips with); a call with options goes to string-width itself.

import { stripVTControlCharacters } from "node:util";
import publishedWidth from "string-width";
import { textWidth } from "../source/text/width.ts";

/**
 * @param {string} text
 * @param {import("string-width").Options} [options]
 * @returns {number} the columns `text` takes
 */
export default function stringWidth(text, options) {
	if (options !== undefined || typeof text !== "string") return publishedWidth(text, options);
	return textWidth(
		text.includes("\u001b") || text.includes("\u009b") ? stripVTControlCharacters(text) : text,
	);
}
