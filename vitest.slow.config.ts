import { defineConfig } from "vitest/config";
import { workers } from "./vitest.config.js";

export default defineConfig({
  test: {
    // A request to GitHub's API that its OpenAPI description rejects fails the test that sent it.
    setupFiles: ["test/support/guard-github-requests.ts"],
    include: ["test/**/*.slow.test.ts"],
    maxWorkers: workers,
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
