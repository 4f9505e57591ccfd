import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { bundleOptions } from "../../scripts/build-options.js";
import widthAsBriefing from "../../scripts/string-width-as-briefing.js";
import { temporaryFolder } from "../support/temporary-folder.ts";

interface InkHelpers {
	tokenize: (text: string) => unknown[];
	styledCharsFromTokens: (tokens: unknown[]) => unknown[];
	styledCharsToString: (chars: unknown[]) => string;
	source: string;
}

/** Bundles the tokenizer Ink draws its cells with as the CLI bundle does (or as published) and loads it. */
async function bundledHelpers(inkAsPublished: boolean): Promise<InkHelpers> {
	const folder = temporaryFolder("bundle-patches");
	const entry = path.join(folder, "entry.js");
	writeFileSync(
		entry,
		'export { styledCharsFromTokens, styledCharsToString, tokenize } from "@alcalzone/ansi-tokenize";\n',
	);
	await build({
		...bundleOptions({ tokenizer: entry }, folder, { inkAsPublished }),
		nodePaths: [path.resolve("node_modules")],
	});
	const file = path.join(folder, "tokenizer.js");
	return { ...(await import(pathToFileURL(file).href)), source: readFileSync(file, "utf8") };
}

// SGR codes the reader draws with, and others (colours, 256 and true colour, resets).
const codes = [
	"1",
	"2",
	"3",
	"4",
	"7",
	"22",
	"23",
	"24",
	"27",
	"36",
	"39",
	"31",
	"38;5;208",
	"38;2;1;2;3",
	"0",
];
const styledText = fc
	.array(
		fc.oneof(
			fc.constantFrom(...codes).map((code) => `\u001b[${code}m`),
			fc.constantFrom("a", " ", "中", "·"),
		),
		{ maxLength: 60 },
	)
	.map((parts) => parts.join(""));

describe("the bundle's shortcuts in what Ink draws with", () => {
	it("draws every line as Ink's tokenizer as published does", { timeout: 60_000 }, async () => {
		const [bundled, published] = await Promise.all([bundledHelpers(false), bundledHelpers(true)]);
		// The shortcut (minified: same length, and every code the same) is in the bundle, not in the published one.
		const shortcut = /[a-z]\.length===[a-z]\.length&&[a-z]\.every\(/u;
		expect(bundled.source).toMatch(shortcut);
		expect(published.source).not.toMatch(shortcut);
		fc.assert(
			fc.property(styledText, (text) => {
				const cells = bundled.styledCharsFromTokens(bundled.tokenize(text));
				expect(bundled.styledCharsToString(cells)).toBe(published.styledCharsToString(cells));
			}),
			{ numRuns: 2000 },
		);
	});
});

// Characters of every kind string-width tells apart: ASCII, wide, ambiguous, marks, joiners,
// emoji and their modifiers, flags, keycaps, Hangul jamo, controls, and escape codes.
const anyText = fc
	.array(
		fc.oneof(
			fc.constantFrom(
				"a",
				" ",
				"中",
				"·",
				"–",
				"↓",
				"é",
				"e\u0301",
				"\u200d",
				"👩",
				"💻",
				"🏽",
				"🇨",
				"🇳",
				"1",
				"\ufe0f",
				"\u20e3",
				"ᄀ",
				"ᅡ",
				"ᆨ",
				"\t",
				"\u0000",
				"ｱ",
				"\u001b[1m",
				"\u001b[22m",
				"\u001b]8;;https://example.com\u0007",
				"\u001b]8;;\u0007",
			),
			fc.string({ unit: "grapheme", maxLength: 3 }),
		),
		{ maxLength: 30 },
	)
	.map((parts) => parts.join(""));

describe("the bundle's string-width", () => {
	it("is briefing's for Ink, widest-line and cli-truncate, not for wrap-ansi's own version", {
		timeout: 60_000,
	}, async () => {
		const { metafile } = await build({
			...bundleOptions({ cli: "source/cli.ts" }, "string-width-check"),
			write: false,
			metafile: true,
		});
		const importers = (file: string) =>
			Object.entries(metafile.inputs)
				.filter(([, input]) => input.imports.some((entry) => entry.path === file))
				.map(([name]) => name)
				.sort();
		expect(importers("scripts/string-width-as-briefing.js")).toEqual([
			"node_modules/cli-truncate/index.js",
			"node_modules/ink/build/output.js",
			"node_modules/widest-line/index.js",
		]);
		expect(importers("node_modules/string-width/index.js")).toEqual(["scripts/string-width-as-briefing.js"]);
		expect(importers("node_modules/wrap-ansi/node_modules/string-width/index.js")).toEqual([
			"node_modules/wrap-ansi/index.js",
		]);
	});

	it("measures every text as string-width as published does", () => {
		expect(widthAsBriefing("a\u001b[1m中·\u001b[22m")).toBe(4);
		fc.assert(
			fc.property(anyText, (text) => {
				expect(widthAsBriefing(text)).toBe(stringWidth(text));
			}),
			{ numRuns: 5000 },
		);
	});
});
