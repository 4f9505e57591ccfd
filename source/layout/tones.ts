import type { Tone } from "./line.ts";

/** The colours a tone may use: the terminal's own named colours, so every palette keeps them legible. */
export type ToneColor = "cyan" | "blue" | "yellow";

/** How a tone looks in colour. Without colour, only bold and underline are kept (see `withoutColor`). */
export interface ToneStyle {
	bold?: true;
	dim?: true;
	color?: ToneColor;
	underline?: true;
}

/**
 * The one table of tones: printed output (render/paint.ts, chalk) and the reader (app/theme.ts, Ink)
 * both derive their styles from it.
 */
export const toneStyles: Readonly<Record<Tone, ToneStyle>> = {
	title: { bold: true, underline: true },
	heading: { bold: true },
	subheading: { bold: true, color: "cyan" },
	label: { bold: true },
	dim: { dim: true },
	bar: { color: "cyan" },
	link: { color: "blue", underline: true },
	number: { color: "yellow" },
};

/** Returns a style without its colour and dimming, for NO_COLOR and `--no-color`: bold and underline stay. */
export function withoutColor({ bold, underline }: ToneStyle): ToneStyle {
	return { ...(bold && { bold }), ...(underline && { underline }) };
}
