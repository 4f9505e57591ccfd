import { build, type Metafile } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { bundleOptions, importerBundle } from "../../scripts/build-options.js";

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

describe("start-up", () => {
	let metafile: Metafile;
	// The output that holds a source file as an entry (the CLI's) or as the target of a dynamic import.
	const outputOf = (source: string) =>
		Object.keys(metafile.outputs).find(
			(output) =>
				metafile.outputs[output]?.entryPoint === source || source in (metafile.outputs[output]?.inputs ?? {}),
		) as string;
	// The files of the bundle an output loads before its code runs: itself and its static imports.
	const staticOutputs = (output: string, of = metafile, seen = new Set<string>()): Set<string> => {
		if (seen.has(output)) return seen;
		seen.add(output);
		for (const entry of of.outputs[output]?.imports ?? []) {
			if (entry.kind === "import-statement" && !entry.external) staticOutputs(entry.path, of, seen);
		}
		return seen;
	};

	beforeAll(async () => {
		({ metafile } = await build({
			...bundleOptions({ cli: "source/cli.ts" }, "start-up-check"),
			write: false,
			metafile: true,
		}));
	}, 60_000);

	it("--version and --help load the entry, meow, the output writer and the usage error alone", () => {
		const loaded = [
			...staticInputs(metafile, outputOf("source/cli.ts")),
			...staticInputs(metafile, outputOf("source/cli/command-line.ts")),
		];
		expect(loaded.filter((input) => input.startsWith("source/")).sort()).toEqual([
			"source/base/briefing-error.ts",
			"source/base/error-words.ts",
			"source/cli.ts",
			"source/cli/command-line.ts",
			"source/cli/exit-codes.ts",
			"source/cli/help.ts",
			"source/cli/write-output.ts",
		]);
		expect(loaded.filter((input) => input.startsWith("node_modules/") && !input.includes("/meow/"))).toEqual(
			[],
		);
	});

	it("printing loads nothing heavy: no Ink, React, chalk, zod, SQLite, pdf.js or importer", () => {
		const loaded = staticInputs(metafile, outputOf("source/cli/run-command.ts"));
		expect(loaded).toContain("source/cli/commands/read.ts");
		expect(loaded).toContain("source/cli/commands/list.ts");
		expect(
			loaded.filter((input) =>
				/node_modules\/(ink|react|chalk|zod|node-sqlite3-wasm|pdfjs-dist)\/|source\/(import|app)\//u.test(
					input,
				),
			),
		).toEqual([]);
	});

	it("import loads the importer and the options from a bundle of their own, not the printing commands", async () => {
		const importer = (
			await build({ ...bundleOptions(importerBundle, "import-check"), write: false, metafile: true })
		).metafile;
		const entry = Object.keys(importer.outputs).find(
			(output) => importer.outputs[output]?.entryPoint === "source/cli/import-entry.ts",
		) as string;
		const loaded = staticInputs(importer, entry);
		expect(loaded).toContain("source/cli/options.ts");
		expect(loaded).toContain("source/import/draft-note.ts");
		expect(
			loaded.filter((input) =>
				/source\/(cli\/commands\/(read|list|search|digest)\.ts|layout\/|render\/)/u.test(input),
			),
		).toEqual([]);
		// One file, and the small chunk it shares with the PDF reader (each file costs about half a millisecond).
		expect(staticOutputs(entry, importer).size).toBeLessThanOrEqual(2);
		// The CLI's own bundle loads it at run time and holds no importer of its own.
		expect(metafile.outputs[outputOf("source/cli.ts")]?.imports).toContainEqual({
			path: "./import-entry.js",
			kind: "dynamic-import",
			external: true,
		});
		expect(
			Object.values(metafile.outputs).some((output) => "source/import/draft-note.ts" in output.inputs),
		).toBe(false);
	}, 60_000);

	it("printing loads few files: each costs about half a millisecond", () => {
		const files = new Set([
			...staticOutputs(outputOf("source/cli.ts")),
			...staticOutputs(outputOf("source/cli/command-line.ts")),
			...staticOutputs(outputOf("source/cli/run-command.ts")),
		]);
		// 17: the options (shared with the importer, which loads without the printing chunk) and the few
		// small modules they share with the reader sit in chunks of their own.
		expect(files.size).toBeLessThanOrEqual(17);
	});
});
