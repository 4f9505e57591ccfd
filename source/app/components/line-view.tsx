import { Text } from "ink";
import type { MarkedSpan } from "../search.ts";
import type { Theme } from "../theme.ts";

/** Wraps text in an OSC 8 hyperlink to a URL (already sanitized at load). */
export function hyperlink(text: string, url: string): string {
	return `\u001b]8;;${url}\u0007${text}\u001b]8;;\u0007`;
}

interface LineViewProps {
	spans: readonly MarkedSpan[];
	theme: Theme;
	hyperlinks: boolean;
	selected?: boolean;
}

/** Draws one laid-out line: each span in its tone, matches highlighted, links clickable where supported. */
export function LineView({ spans, theme, hyperlinks, selected = false }: LineViewProps) {
	return (
		<Text wrap="truncate" {...(selected ? theme.selected : {})}>
			{spans.length === 0
				? " "
				: spans.map((span, index) => {
						const style = span.marked ? theme[span.marked] : span.tone ? theme[span.tone] : {};
						const text = hyperlinks && span.url ? hyperlink(span.text, span.url) : span.text;
						return (
							// biome-ignore lint/suspicious/noArrayIndexKey: spans of a line have no identity but their place.
							<Text key={index} {...style}>
								{text}
							</Text>
						);
					})}
		</Text>
	);
}
