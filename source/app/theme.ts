import type { TextProps } from "ink";
import type { Tone } from "../layout/line.ts";
import { type ToneStyle, toneStyles, withoutColor } from "../layout/tones.ts";

/** How the reader draws each tone: with colour, or (for NO_COLOR and --no-color) with attributes only. */
export type Theme = Record<Tone | "match" | "current" | "selected" | "activeTab" | "footer", TextProps>;

/** Returns Ink's props for a tone's style. */
function textProps({ bold, dim, color, underline }: ToneStyle): TextProps {
	return {
		...(bold && { bold }),
		...(dim && { dimColor: dim }),
		...(color && { color }),
		...(underline && { underline }),
	};
}

function toneProps(style: (tone: ToneStyle) => ToneStyle): Record<Tone, TextProps> {
	return Object.fromEntries(
		Object.entries(toneStyles).map(([tone, toneStyle]) => [tone, textProps(style(toneStyle))]),
	) as Record<Tone, TextProps>;
}

/** The colour theme. */
export const colorTheme: Theme = {
	...toneProps((style) => style),
	match: { backgroundColor: "yellow", color: "black" },
	current: { backgroundColor: "magenta", color: "white", bold: true },
	selected: { inverse: true },
	activeTab: { inverse: true, bold: true },
	footer: { dimColor: true },
};

/** The theme without colour: bold, underline and inverse still mark what matters. */
export const monochromeTheme: Theme = {
	...toneProps(withoutColor),
	match: { underline: true },
	current: { inverse: true },
	selected: { inverse: true },
	activeTab: { inverse: true, bold: true },
	footer: {},
};
