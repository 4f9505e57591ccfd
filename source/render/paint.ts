import type { ChalkInstance } from "chalk";
import type { Line, Tone } from "../layout/line.ts";

const tones: Record<Tone, (chalk: ChalkInstance) => ChalkInstance> = {
	title: (chalk) => chalk.bold.underline,
	heading: (chalk) => chalk.bold,
	subheading: (chalk) => chalk.bold.cyan,
	label: (chalk) => chalk.bold,
	dim: (chalk) => chalk.dim,
	bar: (chalk) => chalk.cyan,
	link: (chalk) => chalk.blue.underline,
	number: (chalk) => chalk.yellow,
};

/** Returns a line as text, with its tones as ANSI colours when a chalk instance is given. */
export function paintLine(line: Line, chalk?: ChalkInstance): string {
	return line
		.map((span) =>
			chalk === undefined || span.tone === undefined ? span.text : tones[span.tone](chalk)(span.text),
		)
		.join("");
}
