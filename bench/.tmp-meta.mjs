import { build } from "esbuild";
import { writeFileSync } from "node:fs";
import { bundleOptions } from "../scripts/build-options.js";
const r = await build({ ...bundleOptions({ cli: "source/cli.ts" }, "/tmp/meta17"), metafile: true, logLevel: "error" });
writeFileSync("/tmp/meta17.json", JSON.stringify(r.metafile));
const outs = r.metafile.outputs;
// static closure of cli.js
const seen = new Set(); const stack = ["/tmp/meta17/cli.js".replace(/^\//, "")];
const key = Object.keys(outs).find(k => k.endsWith("/cli.js")); stack[0] = key;
while (stack.length) { const k = stack.pop(); if (seen.has(k)) continue; seen.add(k); for (const i of outs[k].imports) if (i.kind === "import-statement" && !i.external) stack.push(i.path); }
for (const k of seen) { console.log("==", k, outs[k].bytes); for (const [f, v] of Object.entries(outs[k].inputs)) console.log("   ", v.bytesInOutput, f); }
