import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bundleOptions } from "../../scripts/build-options.js";
import { temporaryFolder } from "../support/temporary-folder.ts";

interface Tokenizer {
	tokenize: (text: string) => unknown[];
	styledCharsFromTokens: (tokens: unknown[]) => unknown[];
	styledCharsToString: (chars: unknown[]) => string;
	source: string;
}

/** Bundles the tokenizer Ink draws its cells with as the CLI bundle does (or with Ink's as published) and loads it. */
async function bundledTokenizer(inkAsPublished: boolean): Promise<Tokenizer> {
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

describe("the bundle's shortcut in Ink's style diff of each cell", () => {
	it("draws every line as Ink's tokenizer as published does", { timeout: 60_000 }, async () => {
		const [bundled, published] = await Promise.all([bundledTokenizer(false), bundledTokenizer(true)]);
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
