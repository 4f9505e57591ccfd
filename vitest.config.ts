import { defineConfig } from "vitest/config";

export default defineConfig({
	test: {
		include: ["test/**/*.test.{ts,tsx}"],
		setupFiles: ["test/setup.ts"],
		testTimeout: 20_000,
		// The end-to-end tests start real processes in pseudo-terminals; two at a time suit two cores.
		maxWorkers: 2,
	},
});
