import { availableParallelism } from "node:os";
import { configDefaults, defineConfig } from "vitest/config";

/**
 * Most tests wait on git and child processes rather than the CPU, so at least two workers run even on a
 * 2-core machine, where vitest's default (one fewer than the cores) would run the files one at a time
 * (measured on 2 cores: npm test 344 s with one worker, 178 s with two; test:slow 140 s and 80 s).
 */
export const workers = Math.max(2, availableParallelism() - 1);

export default defineConfig({
  test: {
    // A request to GitHub's API that its OpenAPI description rejects fails the test that sent it.
    setupFiles: ["test/support/guard-github-requests.ts"],
    include: ["test/**/*.test.ts"],
    exclude: [...configDefaults.exclude, "test/**/*.slow.test.ts"],
    maxWorkers: workers,
    // Integration tests drive real git and real child processes; give them room on a 2-core CI machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
