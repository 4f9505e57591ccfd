import { build, type Metafile } from "esbuild";
import { describe, expect, it } from "vitest";
import { bundleOptions } from "../../scripts/build-options.js";

/**
 * The source files an output of the bundle loads before any code runs: its own inputs and, through
 * static imports, those of the chunks it imports. Dynamic imports are left out: they load on demand.
 */
function staticInputs(metafile: Metafile, output: string, seen = new Set<string>()): string[] {
	if (seen.has(output)) return [];
	seen.add(output);
	const { inputs, imports } = metafile.outputs[output] ?? { inputs: {}, imports: [] };
	return [
		...Object.keys(inputs),
		...imports
			.filter((entry) => entry.kind === "import-statement" && !entry.external)
			.flatMap((entry) => staticInputs(metafile, entry.path, seen)),
	];
}

describe("the printed brief and digest", () => {
	it("load neither Ink nor React", { timeout: 60_000 }, async () => {
		const { metafile } = await build({
			...bundleOptions({ cli: "source/cli.ts" }, "print-path-check"),
			write: false,
			metafile: true,
		});
		const outputs = Object.keys(metafile.outputs);
		const entry = outputs.find(
			(output) => metafile.outputs[output]?.entryPoint === "source/cli.ts",
		) as string;
		const brief = outputs.find(
			(output) => "source/cli/print-briefs.ts" in (metafile.outputs[output]?.inputs ?? {}),
		);
		expect(brief).toBeDefined();
		const loaded = [...staticInputs(metafile, entry), ...staticInputs(metafile, brief as string)];
		expect(loaded).toContain("source/layout/brief-lines.ts");
		// The test can fail: the reader's chunk does hold Ink.
		const app = outputs.find(
			(output) => "source/app/run-app.tsx" in (metafile.outputs[output]?.inputs ?? {}),
		);
		expect(staticInputs(metafile, app as string).some((input) => input.includes("node_modules/ink/"))).toBe(
			true,
		);
		expect(
			loaded.filter((input) => /node_modules\/(ink|react|react-reconciler|yoga-layout)\//u.test(input)),
		).toEqual([]);
	});
});
