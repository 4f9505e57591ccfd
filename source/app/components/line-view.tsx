import { Text } from "ink";
import { fitLine } from "../../layout/fit-line.ts";
import { hyperlink } from "../../terminal/hyperlink.ts";
import type { MarkedSpan } from "../search.ts";
import type { Theme } from "../theme.ts";

interface LineViewProps {
	spans: readonly MarkedSpan[];
	theme: Theme;
	hyperlinks: boolean;
	selected?: boolean;
	/** The columns the line may take: it is cut to fit by briefing's width rules, never by Ink's. */
	width: number;
}

/** Draws one laid-out line: each span in its tone, matches highlighted, links clickable where supported. */
export function LineView({ spans: given, theme, hyperlinks, selected = false, width }: LineViewProps) {
	const spans = fitLine(given, width);
	return (
		<Text {...(selected ? theme.selected : {})}>
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
