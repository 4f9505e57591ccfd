import { mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeFolders } from "../../source/base/make-folders.ts";
import { temporaryFolder } from "../support/temporary-folder.ts";

describe("makeFolders", () => {
	it("makes every missing level, with the mode asked for, and leaves what exists", () => {
		const root = temporaryFolder("make-folders");
		const deep = path.join(root, "a", "b", "c");
		makeFolders(deep, 0o700);
		expect(statSync(deep).isDirectory()).toBe(true);
		expect(statSync(path.join(root, "a")).mode & 0o777).toBe(0o700);
		makeFolders(deep);
		mkdirSync(path.join(root, "d"));
		makeFolders(path.join(root, "d"));
		expect(statSync(path.join(root, "d")).isDirectory()).toBe(true);
	});

	it("throws where a level is a file", () => {
		const root = temporaryFolder("make-folders");
		writeFileSync(path.join(root, "file"), "");
		expect(() => makeFolders(path.join(root, "file", "below"))).toThrow(/ENOTDIR|EEXIST/u);
	});

	// Node's recursive mkdirSync never returns here: /proc answers ENOENT though the parent exists.
	it.runIf(process.platform === "linux")("throws under /proc instead of looping", () => {
		expect(() => makeFolders("/proc/briefing-test/cache")).toThrow(/ENOENT/u);
	});
});
