// Bundles the CLI into dist/: one entry file, with the interactive reader (Ink, React) in chunks
// loaded only when it opens, so piped output never parses them.
import { rm } from "node:fs/promises";
import { build } from "esbuild";

await rm(new URL("../dist", import.meta.url), { recursive: true, force: true });
await build({
	entryPoints: { cli: "source/cli.ts" },
	outdir: "dist",
	bundle: true,
	splitting: true,
	format: "esm",
	platform: "node",
	target: "node20",
	minify: true,
	legalComments: "none",
	define: { "process.env.NODE_ENV": '"production"' },
	alias: { "react-devtools-core": "./scripts/react-devtools-stub.js" },
	// Some bundled packages (signal-exit) call require() for Node's own modules.
	banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
	// jsonc-parser's "main" is a UMD build that esbuild cannot follow; its "module" build bundles.
	mainFields: ["module", "main"],
	logLevel: "warning",
});
