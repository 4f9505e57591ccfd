import chalk, { Chalk } from "chalk";
import { Text } from "ink";
import { render } from "ink-testing-library";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { colorTheme, monochromeTheme } from "../../source/app/theme.ts";
import type { Tone } from "../../source/layout/line.ts";
import { toneStyles } from "../../source/layout/tones.ts";
import { paintLine } from "../../source/render/paint.ts";

const tones = Object.keys(toneStyles) as Tone[];

const closing = new Set([22, 23, 24, 27, 29, 39, 49]);

// The SGR attributes a styled text turns on, in order of code: the order in which two outputs nest
// them differs (chalk chains, Ink wraps), what they turn on must not.
function sgrCodes(text: string): number[] {
	return [...text.matchAll(/\u001b\[(\d+)m/g)]
		.map((match) => Number(match[1]))
		.filter((code) => !closing.has(code))
		.sort((a, b) => a - b);
}

function inkCodes(tone: Tone, theme: typeof colorTheme): number[] {
	const { lastFrame, unmount } = render(<Text {...theme[tone]}>x</Text>);
	const frame = lastFrame() ?? "";
	unmount();
	return sgrCodes(frame);
}

// Dim and the foreground colours.
const isColour = (code: number) => code === 2 || (code >= 30 && code <= 37);

describe("the tones", () => {
	const level = chalk.level;
	beforeAll(() => {
		// Ink styles with chalk's shared instance, which test/setup.ts turns off (FORCE_COLOR=0).
		chalk.level = 1;
	});
	afterAll(() => {
		chalk.level = level;
	});

	it.each(tones)("%s looks the same printed and in the reader", (tone) => {
		const printed = sgrCodes(paintLine([{ text: "x", tone }], new Chalk({ level: 1 })));
		expect(printed.length).toBeGreaterThan(0);
		expect(inkCodes(tone, colorTheme)).toEqual(printed);
	});

	it.each(tones)("%s keeps its bold and underline, and only those, without colour", (tone) => {
		const printed = sgrCodes(paintLine([{ text: "x", tone }], new Chalk({ level: 1 })));
		expect(inkCodes(tone, monochromeTheme)).toEqual(printed.filter((code) => !isColour(code)));
	});
});
