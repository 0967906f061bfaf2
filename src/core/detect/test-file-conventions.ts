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

// What tests stand on without testing anything themselves: pytest's shared fixtures, fixture and mock
// folders, test data, helpers and setup files, a test package's __init__.py.
const SUPPORT_FOLDER =
  /(^|\/)(fixtures?|__fixtures__|__mocks__|mocks?|stubs?|fakes?|factories|testdata|test-data|helpers?|support|utils)\//;
const SUPPORT_FILE =
  /(^|\/)(conftest\.py|__init__\.py|[^/]*[_.-]?helpers?\.\w+|[^/]*setup(?:tests?)?\.[cm]?[jt]sx?|setuptests\.\w+|test[_-]?setup\.\w+)$/i;

/**
 * True when the path is something tests use rather than a test: a fixture, helper, mock, test data or
 * setup file among the tests (`tests/conftest.py`, `spec/spec_helper.rb`, `test/fixtures/orders.json`).
 */
export function isTestSupportPath(path: string): boolean {
  if (path.endsWith("/") || !isTestPath(path)) return false;
  // A file named as a test is one, whatever folder it sits in (`tests/test_helpers.py` tests the helpers).
  if (TEST_FILE.some((pattern) => pattern.test(path)) && !/(^|\/)conftest\.py$/.test(path)) return false;
  return SUPPORT_FOLDER.test(path) || SUPPORT_FILE.test(path);
}
