// Bundles the CLI into dist/, with the character maps that pdf.js needs for Chinese PDFs.
import { cpSync, readdirSync } from "node:fs";
import { rm } from "node:fs/promises";
import { build } from "esbuild";
import { bundleOptions, importerBundle } from "./build-options.js";

const dist = new URL("../dist/", import.meta.url);
await rm(dist, { recursive: true, force: true });
await build(bundleOptions({ cli: "source/cli.ts" }, "dist"));
await build(bundleOptions(importerBundle, "dist"));

// SQLite (WebAssembly) for the library index, loaded beside the bundle's chunks.
cpSync(
	new URL("../node_modules/node-sqlite3-wasm/dist/node-sqlite3-wasm.wasm", import.meta.url),
	new URL("node-sqlite3-wasm.wasm", dist),
);

// Simplified and Traditional Chinese (Adobe-GB1, Adobe-CNS1) character maps, which fonts without a
// Unicode map of their own are read through; the Japanese and Korean ones are left out.
const characterMaps = new URL("../node_modules/pdfjs-dist/cmaps/", import.meta.url);
for (const name of readdirSync(characterMaps)) {
	if (/GB|CNS|B5|ETen|ETHK|HK/u.test(name))
		cpSync(new URL(name, characterMaps), new URL(`cmaps/${name}`, dist));
}
