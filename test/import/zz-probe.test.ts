import { it } from "vitest";
import { read } from "./read-figures.ts";
const lines = process.env.PROBE?.split("\n") ?? [];
it("probe", () => {
	for (const line of lines) {
		const r = read(line);
		console.log(`\n### ${line}`);
		for (const f of r.figures) console.log("  ", JSON.stringify(f));
		for (const s of r.skipped) console.log("   left out:", s);
	}
});
