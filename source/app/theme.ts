import type { TextProps } from "ink";
import type { Tone } from "../layout/line.ts";

/** How the reader draws each tone: with colour, or (for NO_COLOR and --no-color) with attributes only. */
export type Theme = Record<Tone | "match" | "current" | "selected" | "activeTab" | "footer", TextProps>;

/** The colour theme. */
export const colorTheme: Theme = {
	title: { bold: true, underline: true },
	heading: { bold: true },
	subheading: { bold: true, color: "cyan" },
	label: { bold: true },
	dim: { dimColor: true },
	bar: { color: "cyan" },
	link: { color: "blue", underline: true },
	number: { color: "yellow" },
	match: { backgroundColor: "yellow", color: "black" },
	current: { backgroundColor: "magenta", color: "white", bold: true },
	selected: { inverse: true },
	activeTab: { inverse: true, bold: true },
	footer: { dimColor: true },
};

/** The theme without colour: bold, underline and inverse still mark what matters. */
export const monochromeTheme: Theme = {
	title: { bold: true, underline: true },
	heading: { bold: true },
	subheading: { bold: true },
	label: { bold: true },
	dim: {},
	bar: {},
	link: { underline: true },
	number: {},
	match: { underline: true },
	current: { inverse: true },
	selected: { inverse: true },
	activeTab: { inverse: true, bold: true },
	footer: {},
};
