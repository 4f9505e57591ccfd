// The esbuild options of the CLI bundle, shared with the benchmark so that its bare Ink program is
// bundled exactly like the app.

import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

// pdf.js, on loading, require()s @napi-rs/canvas (a native module) when it can be found, to draw
// pages with. briefing only reads text: the bundle never asks for it, so an import behaves alike
// wherever it runs, and loads nothing native.
const pdfjsWithoutCanvas = {
	name: "pdfjs-without-canvas",
	setup(build) {
		build.onLoad({ filter: /pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.mjs$/ }, async (args) => {
			const source = await readFile(args.path, "utf8");
			const call = 'require("@napi-rs/canvas")';
			if (!source.includes(call)) throw new Error(`${args.path}: no ${call} to leave out`);
			return { contents: source.replace(call, 'require("@napi-rs/canvas/not-in-the-bundle")'), loader: "js" };
		});
	},
};

// node-sqlite3-wasm finds its .wasm file beside its own script (__dirname), which a bundled ES
// module has not: it looks beside the bundle's chunk instead, where scripts/build.js copies it.
const sqliteWasmBesideBundle = {
	name: "sqlite-wasm-beside-bundle",
	setup(build) {
		build.onLoad({ filter: /node-sqlite3-wasm[\\/]dist[\\/]node-sqlite3-wasm\.js$/ }, async (args) => {
			const source = await readFile(args.path, "utf8");
			const find = 'scriptDirectory=__dirname+"/"';
			if (!source.includes(find)) throw new Error(`${args.path}: no ${find} to replace`);
			const beside =
				'scriptDirectory=require("node:path").dirname(require("node:url").fileURLToPath(import.meta.url))+"/"';
			// import.meta makes esbuild read the file as an ES module, so it exports its Module itself.
			return { contents: `${source.replace(find, beside)}\nexport default Module;`, loader: "js" };
		});
	},
};

// meow's bundled dependencies evaluate normalize-package-data (with its SPDX licence tables, sorted
// with localeCompare, and hosted-git-info) when meow loads, though meow 14 calls it only when a
// program reads `cli.pkg`, which briefing never does: about 10 ms of every command line. The bundle
// loads it on the first call instead.
const meowNormalizesWhenUsed = {
	name: "meow-normalizes-when-used",
	setup(build) {
		build.onLoad({ filter: /meow[\\/]build[\\/]dependencies\.js$/ }, async (args) => {
			const source = await readFile(args.path, "utf8");
			const eager =
				"var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);";
			if (!source.includes(eager)) throw new Error(`${args.path}: no eager normalize-package-data to defer`);
			const lazy =
				"const normalizePackageData = (...args) => getDefaultExportFromCjs(requireNormalize())(...args);";
			return { contents: source.replace(eager, lazy), loader: "js" };
		});
	},
};

// Ink draws a frame cell by cell, and for each cell asks @alcalzone/ansi-tokenize which SGR codes
// lead from the last cell's styles to this one's: three Sets and two filters a cell, though most
// cells of a frame (3,000 on a 100 × 30 screen) have no style or the same as the cell before. Two
// style lists with the same codes in the same order need no codes between them, which is what the
// full diff answers for them; the bundle answers that at once (side by side, the reader's CPU time
// to its first frame and out fell from about 315 to 265 ms).
const sameStylesNeedNoCodes = {
	name: "same-styles-need-no-codes",
	setup(build) {
		build.onLoad({ filter: /@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]diff\.js$/ }, async (args) => {
			const source = await readFile(args.path, "utf8");
			const head = "export function diffAnsiCodes(from, to) {";
			if (!source.includes(head)) throw new Error(`${args.path}: no ${head} to speed up`);
			const same =
				"if (from.length === to.length && from.every((code, index) => code.code === to[index].code && code.endCode === to[index].endCode)) return [];";
			return { contents: source.replace(head, `${head}\n${same}`), loader: "js" };
		});
	},
};

// Ink measures text with string-width, which briefing's bundle answers with its own measure, as fast
// for text beyond ASCII as for ASCII (scripts/string-width-as-briefing.js). Only imports that would
// load the same string-width as that module wraps are redirected (wrap-ansi has a version of its own).
const widthShim = new URL("./string-width-as-briefing.js", import.meta.url).pathname;
const stringWidthAsBriefing = {
	name: "string-width-as-briefing",
	setup(build) {
		let wrapped;
		build.onResolve({ filter: /^string-width$/ }, async (args) => {
			if (args.pluginData === "as-published") return undefined;
			const resolve = (resolveDir) =>
				build.resolve("string-width", { kind: args.kind, resolveDir, pluginData: "as-published" });
			wrapped ??= (await resolve(path.dirname(widthShim))).path;
			if (args.importer === widthShim) return { path: wrapped };
			return (await resolve(args.resolveDir)).path === wrapped ? { path: widthShim } : undefined;
		});
	},
};

// `briefing import`'s options and importer are a bundle of their own (`importerBundle`), built apart
// so that they load as one file: every other bundle imports source/cli/import-entry.ts from it, at
// run time, beside its own chunks in the same folder.
const importerApart = {
	name: "importer-apart",
	setup(build) {
		build.onResolve({ filter: /[\\/]import-entry\.ts$/ }, (args) =>
			args.kind === "entry-point" ? undefined : { path: "./import-entry.js", external: true },
		);
	},
};

// better-sqlite3 (an optional dependency) has its JavaScript bundled, without `bindings`, which it
// calls only when no addon path is given (sqlite-engine.ts gives one); where it is not installed
// the bundle gets none, and the index runs on the WebAssembly build.
const nativeSqliteJavaScript = {
	name: "native-sqlite-javascript",
	setup(build) {
		build.onResolve({ filter: /^bindings$/ }, () => ({ path: "bindings", external: true }));
		build.onResolve({ filter: /^better-sqlite3$/ }, () => {
			try {
				createRequire(import.meta.url).resolve("better-sqlite3");
				return undefined;
			} catch {
				return { path: "better-sqlite3", namespace: "not-installed" };
			}
		});
		build.onLoad({ filter: /.*/, namespace: "not-installed" }, () => ({
			contents: "export default undefined;",
		}));
	},
};

/** The entry point of `briefing import`'s bundle, built with {@link bundleOptions} into the CLI's folder. */
export const importerBundle = { "import-entry": "source/cli/import-entry.ts" };

/**
 * Returns esbuild options that bundle `entryPoints` into `outdir` the way the CLI is bundled.
 *
 * @param {Record<string, string>} entryPoints output name → source file
 * @param {string} outdir
 * @param {{ meowAsPublished?: boolean, inkAsPublished?: boolean }} [options] keep meow's eager package
 *   normalisation (the bench's floor of any meow CLI), keep Ink's cell-by-cell style diff and its
 *   string-width (the bench's bare Ink hello)
 * @returns {import("esbuild").BuildOptions}
 */
export function bundleOptions(entryPoints, outdir, { meowAsPublished = false, inkAsPublished = false } = {}) {
	return {
		entryPoints,
		outdir,
		bundle: true,
		// The interactive reader (Ink, React) goes into chunks loaded only when it opens, so piped
		// output never parses them.
		splitting: true,
		format: "esm",
		platform: "node",
		target: "node20",
		minify: true,
		legalComments: "none",
		define: {
			"process.env.NODE_ENV": '"production"',
			// Yoga's WebAssembly loader fetch()es its own inlined data: URL when fetch exists, which on
			// Node loads undici first (~40 ms before the first frame); without fetch it decodes the
			// same bytes synchronously. Nothing else in the bundle uses fetch.
			fetch: "undefined",
		},
		alias: { "react-devtools-core": new URL("./react-devtools-stub.js", import.meta.url).pathname },
		// jsonc-parser's "main" is a UMD build that esbuild cannot follow; its "module" build bundles.
		mainFields: ["module", "main"],
		// Some bundled packages (signal-exit) call require() for Node's own modules.
		banner: {
			js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
		},
		plugins: [
			importerApart,
			pdfjsWithoutCanvas,
			sqliteWasmBesideBundle,
			nativeSqliteJavaScript,
			...(meowAsPublished ? [] : [meowNormalizesWhenUsed]),
			...(inkAsPublished ? [] : [sameStylesNeedNoCodes, stringWidthAsBriefing]),
		],
		logLevel: "warning",
	};
}
