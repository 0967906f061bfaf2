// What makes a path a test (or benchmark) file, by each ecosystem's own convention. A path is never a test
// because a word such as "spec" or "test" appears somewhere in it: `internal/spec/spec.go` is code.

// Folders that hold only tests wherever they sit.
const TEST_FOLDER = /(^|\/)(tests?|__tests__|e2e|testdata|test-data|benches|benchmarks?)\//;
// RSpec keeps its specs in a top-level spec/ folder; a spec/ deeper in the tree is ordinary code.
const ROOT_SPEC_FOLDER = /^spec\//;
const TEST_FILE = [
  /\.(test|spec|bench|e2e)\.[cm]?[jt]sx?$/, // JS/TS: user.test.ts, api.spec.js, parse.bench.ts
  /_test\.(go|py|rb|exs|dart|cc|cpp|c)$/, // Go, Python, Ruby minitest, Elixir, Dart, C/C++
  /(^|\/)test_[^/]+\.py$/, // pytest
  /(^|\/)conftest\.py$/,
  /(^|\/)bench_[^/]+\.py$/,
  /_spec\.rb$/,
  /(Tests?|Spec|IT|Benchmark)\.(java|kt|cs|swift|scala|groovy)$/, // JUnit, xUnit, XCTest, Spek
  /\.(feature|txtar)$/, // Gherkin scenarios, Go testscript files
];

/** True when the path is a test, fixture or benchmark file by its language's naming convention. */
export function isTestPath(path: string): boolean {
  if (TEST_FOLDER.test(path) || ROOT_SPEC_FOLDER.test(path)) return true;
  return TEST_FILE.some((pattern) => pattern.test(path));
}
