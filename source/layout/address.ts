import { isLinkable } from "../terminal/hyperlink.ts";
import { foldLines } from "../text/fold-lines.ts";
import { truncate } from "../text/width.ts";
import type { Span, Tone } from "./line.ts";

/**
 * Returns an address as one span of at most `width` terminal columns: never broken over lines (a
 * broken address cannot be copied or clicked), cut with "…" where it does not fit and then marked
 * `cut` when it is a real address (http(s), printable ASCII: see terminal/hyperlink), and linked to
 * itself in full. An output that cannot link prints a cut real address whole; other text stays cut.
 */
export function addressSpan(url: string, width: number, tone?: Tone): Span {
	const whole = foldLines(url);
	const text = truncate(whole, Math.max(1, width));
	return {
		text,
		url: whole,
		...(tone === undefined ? {} : { tone }),
		...(text === whole || !isLinkable(whole) ? {} : { cut: true }),
	};
}
