import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // A request to GitHub's API that its OpenAPI description rejects fails the test that sent it.
    setupFiles: ["test/support/guard-github-requests.ts"],
    include: ["test/**/*.test.ts"],
    exclude: [...configDefaults.exclude, "test/**/*.slow.test.ts"],
    // Integration tests drive real git and real child processes; give them room on a 2-core CI machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
