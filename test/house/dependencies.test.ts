import { describe, expect, it } from "vitest";
import { type ImportArrow, importArrows, importCycles, importedNames } from "./import-graph.ts";

// The layers of TEAM.md, top to bottom: an import may point sideways or down, never up.
const layers: { name: string; folders: string[] }[] = [
	{ name: "entry and commands", folders: ["source/cli.ts", "source/cli/", "source/app/"] },
	{
		name: "domain",
		folders: [
			"source/import/",
			"source/load/",
			"source/library/",
			"source/document/",
			"source/note/",
			"source/render/",
			"source/layout/",
		],
	},
	{ name: "base", folders: ["source/text/", "source/terminal/", "source/base/"] },
];

function layerOf(file: string): number {
	const layer = layers.findIndex(({ folders }) => folders.some((folder) => file.startsWith(folder)));
	if (layer === -1) throw new Error(`${file}: in no layer; add its folder to a layer in this test`);
	return layer;
}

// The reader program gets what it needs from the entry, never from the command line's modules.
const isReaderToCommandLine = ({ from, to }: ImportArrow) =>
	from.startsWith("source/app/") && (to === "source/cli.ts" || to.startsWith("source/cli/"));

// Arrows from the reader into cli/ that exist today: removed by issue 15 (the lead deletes this list
// once that branch is merged, and the test then holds for every arrow).
const knownExceptions: string[] = [];

const arrows = importArrows("source");
const shown = ({ from, to }: ImportArrow) => `${from} → ${to}`;

describe("the import graph of source/", () => {
	it("is read: static, type-only, re-exported and dynamic imports alike", () => {
		expect(
			importedNames(
				[
					'import { a } from "./a.ts";',
					'import type {\n\tB,\n} from "../b.ts";',
					'export { c } from "./c.ts";',
					'const d = await import("./d.ts");',
					'import "./e.ts";',
					'import chalk from "chalk";',
				].join("\n"),
			),
		).toEqual(["./a.ts", "../b.ts", "./c.ts", "./d.ts", "./e.ts"]);
		// The graph is not empty: the entry imports the command line.
		expect(arrows).toContainEqual({ from: "source/cli.ts", to: "source/cli/command-line.ts" });
	});

	it("has no cycle", () => {
		expect(importCycles(arrows)).toEqual([]);
	});

	it("finds a cycle where there is one", () => {
		const cycle = [
			{ from: "a.ts", to: "b.ts" },
			{ from: "b.ts", to: "c.ts" },
			{ from: "c.ts", to: "a.ts" },
			{ from: "c.ts", to: "d.ts" },
		];
		expect(importCycles(cycle)).toEqual([["a.ts", "b.ts", "c.ts"]]);
	});

	it("points only sideways or down the layers", () => {
		const upwards = arrows.filter(({ from, to }) => layerOf(to) < layerOf(from)).map(shown);
		expect(upwards).toEqual([]);
	});

	it("has the reader import nothing from the command line but the known exceptions", () => {
		const found = arrows.filter(isReaderToCommandLine).map(shown);
		expect(found.filter((arrow) => !knownExceptions.includes(arrow))).toEqual([]);
		// An exception that is gone must leave the list, so the list only ever shrinks.
		expect(knownExceptions.filter((arrow) => !found.includes(arrow))).toEqual([]);
	});
});
