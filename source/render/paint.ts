import type { ChalkInstance } from "chalk";
import type { Line, Tone } from "../layout/line.ts";
import { toneStyles } from "../layout/tones.ts";
import { hyperlink } from "../terminal/hyperlink.ts";

/** Returns the chalk that draws a tone; attributes apply in one order (bold, dim, colour, underline). */
function chalkForTone(chalk: ChalkInstance, tone: Tone): ChalkInstance {
	const { bold, dim, color, underline } = toneStyles[tone];
	let styled = chalk;
	if (bold) styled = styled.bold;
	if (dim) styled = styled.dim;
	if (color !== undefined) styled = styled[color];
	if (underline) styled = styled.underline;
	return styled;
}

/**
 * Returns a line as text, with its tones as ANSI colours when a chalk instance is given, and its
 * links as OSC 8 hyperlinks when `hyperlinks` is set (only http(s) addresses: see terminal/hyperlink).
 * Without hyperlinks an address cut to fit is printed whole, past the line's width: in a pipe or a
 * file the text is all there is of it.
 */
export function paintLine(line: Line, chalk?: ChalkInstance, hyperlinks = false): string {
	return line
		.map((span) => {
			const linked = hyperlinks && span.url !== undefined;
			const shown = span.cut && !linked && span.url !== undefined ? span.url : span.text;
			const text =
				chalk === undefined || span.tone === undefined ? shown : chalkForTone(chalk, span.tone)(shown);
			return linked && span.url !== undefined ? hyperlink(text, span.url) : text;
		})
		.join("");
}
