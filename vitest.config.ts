import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // A request to GitHub's API that its OpenAPI description rejects fails the test that sent it.
    setupFiles: ["test/support/guard-github-requests.ts"],
    include: ["test/**/*.test.ts"],
    // The labelled must-order pairs join the suite once the planner honours them all (issue 9); until then
    // `npm run eval` reports them.
    exclude: [...configDefaults.exclude, "test/**/*.slow.test.ts", "test/eval/labelled-must-order.test.ts"],
    // Integration tests drive real git and real child processes; give them room on a 2-core CI machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
