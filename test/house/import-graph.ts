// Reads the import graph of source/**: every static, type-only, re-export and dynamic import
// between briefing's own files.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** An import of one file by another: both paths from the repository's root, such as `source/cli.ts`. */
export interface ImportArrow {
	from: string;
	to: string;
}

const specifier =
	/(?:^|[\s;}])(?:import|export)\s[^"'`;]*?\bfrom\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|^import\s*["']([^"']+)["']/gmu;

/** Returns the relative module names a source text imports, in order (package names are left out). */
export function importedNames(text: string): string[] {
	const names: string[] = [];
	for (const match of text.matchAll(specifier)) {
		const name = match[1] ?? match[2] ?? match[3] ?? "";
		if (name.startsWith(".")) names.push(name);
	}
	return names;
}

/** Returns every `.ts` and `.tsx` file below a folder, as paths from the repository's root, sorted. */
export function sourceFiles(folder: string): string[] {
	return readdirSync(folder, { recursive: true, encoding: "utf8" })
		.filter((name) => /\.tsx?$/u.test(name) && !name.endsWith(".d.ts"))
		.map((name) => path.posix.join(folder, name.split(path.sep).join("/")))
		.sort();
}

/** Returns the arrows between the files below a folder (imports of JSON and other files left out). */
export function importArrows(folder: string): ImportArrow[] {
	const files = new Set(sourceFiles(folder));
	return [...files].flatMap((file) =>
		importedNames(readFileSync(file, "utf8"))
			.map((name) => path.posix.normalize(path.posix.join(path.posix.dirname(file), name)))
			.filter((to) => files.has(to))
			.map((to) => ({ from: file, to })),
	);
}

/** Returns the import cycles: each a sorted list of the files in one strongly connected component. */
export function importCycles(arrows: readonly ImportArrow[]): string[][] {
	const next = new Map<string, string[]>();
	for (const { from, to } of arrows) next.set(from, [...(next.get(from) ?? []), to]);
	// Tarjan's algorithm, with an explicit stack so a deep graph cannot overflow the call stack.
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const onStack = new Set<string>();
	const stack: string[] = [];
	const cycles: string[][] = [];
	let counter = 0;
	for (const root of next.keys()) {
		if (index.has(root)) continue;
		const work: { node: string; child: number }[] = [{ node: root, child: 0 }];
		index.set(root, counter);
		low.set(root, counter);
		counter += 1;
		stack.push(root);
		onStack.add(root);
		while (work.length > 0) {
			const frame = work[work.length - 1] as { node: string; child: number };
			const children = next.get(frame.node) ?? [];
			if (frame.child < children.length) {
				const child = children[frame.child] as string;
				frame.child += 1;
				if (!index.has(child)) {
					index.set(child, counter);
					low.set(child, counter);
					counter += 1;
					stack.push(child);
					onStack.add(child);
					work.push({ node: child, child: 0 });
				} else if (onStack.has(child)) {
					low.set(frame.node, Math.min(low.get(frame.node) as number, index.get(child) as number));
				}
				continue;
			}
			work.pop();
			const parent = work[work.length - 1];
			if (parent !== undefined) {
				low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(frame.node) as number));
			}
			if (low.get(frame.node) === index.get(frame.node)) {
				const component: string[] = [];
				for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
					onStack.delete(member);
					component.push(member);
					if (member === frame.node) break;
				}
				const selfImport = children.includes(frame.node);
				if (component.length > 1 || selfImport) cycles.push(component.sort());
			}
		}
	}
	return cycles;
}
