import type { Task } from "../model/task.js";
import { classifyTask } from "./classify-task.js";
import { bindsTestsFirst } from "./detect-cue-edges.js";
import type { DetectionContext } from "./detection-context.js";
import { FAILING_UNTIL } from "./statements/words/failing-words.js";
import { isTestPath, isTestSupportPath } from "./test-file-conventions.js";

// The module a test file tests, by its ecosystem's naming convention: `test_rating.py` and
// `rating_test.py` test `rating.py`, `rating_test.go` tests `rating.go`, `cart.test.ts` and `cart.spec.tsx`
// test `cart.ts(x)`, `CartTest.java` tests `Cart.java`, `cart_spec.rb` tests `cart.rb`.
const TESTED = [
  { test: /(?:^|\/)test_([^/]+)\.py$/, module: "$1.py" },
  { test: /(?:^|\/)([^/]+)_test\.(go|py|rb|exs|dart)$/, module: "$1.$2" },
  { test: /(?:^|\/)([^/]+)\.(?:test|spec)\.([cm]?[jt]sx?)$/, module: "$1.$2" },
  { test: /(?:^|\/)([^/]+)_spec\.rb$/, module: "$1.rb" },
  { test: /(?:^|\/)([^/]+?)(?:Tests?|Spec)\.(java|kt|cs|swift|scala)$/, module: "$1.$2" },
];

/** The file name (no folder) of the module a test file tests by its name, or null. */
export function testedModule(path: string): string | null {
  for (const { test, module } of TESTED) {
    const m = test.exec(path);
    if (m) return m[0].replace(/^\//, "").replace(test, module).toLowerCase();
  }
  return null;
}

// A test whose own words say it is written first ("write first; they stay red until T004 is merged",
// "fails until", "test-first") waits for nothing by its file's name.
const WRITTEN_FIRST = new RegExp(
  String.raw`${FAILING_UNTIL}|(?:write|written|schreiben|geschrieben|escribir|escrever|[ée]crire|[ée]crite?s?)\s+(?:\p{L}+\s+)?(?:first|zuerst|primero|primeiro|d['’]abord)|zuerst\s+schreiben|test[- ]first|tdd`,
  "iu",
);

// JavaScript and TypeScript test files may test either spelling of the module.
const SCRIPT = /\.[cm]?[jt]sx?$/;

/**
 * A test task whose test file is named after a module ("Property tests in billing/tests/test_rating.py")
 * tests the module an earlier task writes ("Rating engine in billing/rating.py"): it imports it, so it waits
 * for that task. Only forward in list order and only where the list does not bind tests to come first
 * (there the tests are written first, to fail). Test support (fixtures, conftest) tests nothing.
 */
export function detectTestedModuleEdges(ctx: DetectionContext): void {
  if (bindsTestsFirst(ctx)) return;
  const tasks = ctx.list.tasks.filter((t) => !t.group);
  const tests = tasks.map((t) => classifyTask(t) === "test");
  const makers = moduleMakers(tasks, tests);
  tasks.forEach((test, at) => {
    if (!tests[at] || WRITTEN_FIRST.test(`${test.title}\n${test.body}`)) return;
    for (const file of test.files.filter((f) => isTestPath(f) && !isTestSupportPath(f))) {
      const module = testedModule(file);
      const maker = module === null ? undefined : makerOf(file, makers.get(sameModule(module)) ?? []);
      if (maker === undefined || maker.at >= at) continue;
      ctx.edges.add({
        from: maker.task.id,
        to: test.id,
        kind: "order",
        reason: `order: ${test.id}'s ${file} tests ${module}, which ${maker.task.id} writes (${ctx.at(test, test.line)})`,
        stated: false,
        origin: "structure",
        line: test.line,
      });
    }
  });
}

interface Maker {
  task: Task;
  at: number;
  folder: string[];
}

/**
 * The first task to write each module outside the tests, by file name and folder ("rating.py" -> the task
 * with billing/rating.py): the one that makes it. Later tasks change it, and a test of the module needs
 * none of their changes by its name alone.
 */
function moduleMakers(tasks: readonly Task[], tests: readonly boolean[]): Map<string, Maker[]> {
  const out = new Map<string, Maker[]>();
  tasks.forEach((task, at) => {
    if (tests[at]) return;
    for (const file of task.files.filter((f) => !f.endsWith("/") && !isTestPath(f))) {
      const folder = file.toLowerCase().split("/");
      const key = sameModule(folder.pop() ?? "");
      const makers = out.get(key) ?? [];
      if (!makers.some((m) => m.folder.join("/") === folder.join("/"))) makers.push({ task, at, folder });
      out.set(key, makers);
    }
  });
  return out;
}

// Folder names that say "tests", not which module: skipped when folders are compared.
const TEST_FOLDER = /^(?:tests?|specs?|__tests__|unit|integration|e2e)$/;

/**
 * The maker of the module a test file tests, among the modules of that name: a Go test beside the code
 * tests the package in its own folder; otherwise the module whose folders share the most names with the
 * test's (`service.go` is in every Go package, `jobs.py` in every Django app), the first-written among
 * equals.
 */
function makerOf(testFile: string, makers: readonly Maker[]): Maker | undefined {
  const folder = testFile.toLowerCase().split("/").slice(0, -1);
  if (testFile.endsWith("_test.go") && !folder.some((name) => TEST_FOLDER.test(name)))
    return makers.find((m) => m.folder.join("/") === folder.join("/"));
  const names = new Set(folder.filter((name) => !TEST_FOLDER.test(name)));
  const shared = (m: Maker): number => m.folder.filter((name) => names.has(name)).length;
  return [...makers].sort((a, b) => shared(b) - shared(a) || a.at - b.at)[0];
}

function sameModule(name: string): string {
  return name.replace(SCRIPT, ".js");
}
