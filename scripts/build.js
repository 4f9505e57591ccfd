// Bundles the CLI into dist/.
import { rm } from "node:fs/promises";
import { build } from "esbuild";
import { bundleOptions } from "./build-options.js";

await rm(new URL("../dist", import.meta.url), { recursive: true, force: true });
await build(bundleOptions({ cli: "source/cli.ts" }, "dist"));
