import { inTasksOwnWords } from "../model/edge.js";
import type { Task } from "../model/task.js";
import { classifyTask } from "./classify-task.js";
import { isTestSupportPath } from "./test-file-conventions.js";
import { bindsTestsFirst } from "./detect-cue-edges.js";
import type { DetectionContext } from "./detection-context.js";
import { pairKey, type ApartPairs } from "./statements/apart-pairs.js";

/**
 * In numbered (Kiro-style) lists a top-level task's sub-tasks build something and then test it: "2.1
 * Create the cart store", "2.2 Write unit tests for the cart store". A test sub-task tests the work listed
 * before it in its top-level task, so it waits for those sub-tasks. Lists that bind tests to come first
 * ("tests before implementation") keep that order instead; the cue edges carry it. A sub-task that only
 * lays out what tests stand on (fixtures, `conftest.py`, helpers, setup files) tests nothing yet. A test
 * sub-task whose own words say which sub-tasks it covers ("Cover what 2.1 and 2.3 implement", "Depends
 * on: 2.1") tests those, not everything listed before it; one the authors set apart from it ("it does not
 * need 2.3") waits for nothing by this rule.
 */
export function detectTestedWorkEdges(
  ctx: DetectionContext,
  ownNeeds: ReadonlyMap<string, readonly string[]> = new Map(),
  apart: ApartPairs = new Set(),
): void {
  if (ctx.list.format !== "numbered" || bindsTestsFirst(ctx)) return;
  const byId = new Map(ctx.list.tasks.map((t) => [t.id, t]));
  for (const parent of ctx.list.tasks.filter((t) => t.group)) {
    const subTasks = parent.children.map((id) => byId.get(id)).filter((t): t is Task => !!t && !t.group);
    const built: Task[] = [];
    for (const task of subTasks) {
      if (classifyTask(task) !== "test") {
        built.push(task);
        continue;
      }
      if (onlySupport(task)) continue;
      const named = namedWork(ctx, task, before(parent, task, byId), ownNeeds.get(task.id) ?? []);
      const tested = named.length > 0 ? named : built;
      for (const work of tested.filter((w) => !apart.has(pairKey(w.id, task.id))))
        link(ctx, work, task, testedBecause(task, work, named.length > 0, parent));
    }
  }
}

/** The leaf sub-tasks of a top-level task listed before one of them, however deeply nested. */
function before(parent: Task, test: Task, byId: ReadonlyMap<string, Task>): Task[] {
  const out: Task[] = [];
  const walk = (id: string): void => {
    const task = byId.get(id);
    if (!task || task.line >= test.line) return;
    if (task.group) task.children.forEach(walk);
    else out.push(task);
  };
  parent.children.forEach(walk);
  return out;
}

/** The task's files are all test support (folders aside): it scaffolds the tests and tests no work. */
function onlySupport(task: Task): boolean {
  const files = task.files.filter((f) => !f.endsWith("/"));
  return files.length > 0 && files.every(isTestSupportPath);
}

// A verb saying what a test covers: "covers 2.1", "cover what 2.1 and 2.3 implement", "tests 2.2",
// "verifies", "exercises", "testet", "deckt ... ab", "couvre", "cubre", "cobre", "copre", "dekt", "pokrywa",
// "pokrývá", "покриває", "покрывает", "täcker", "dækker", "dekker", "kattaa", "lefedi", "καλύπτει",
// "覆盖", "涵蓋", "カバー", "커버"; and "testują", "sprawdza", "teste", "testa", "prueba" (tests, checks);
// a test "for" what it names ("Test for 5.1", Vietnamese "Test cho 5.1", "kiểm thử cho"), Indonesian
// "menguji" (tests) and "diuji" (is tested).
const COVERS =
  /(?<![\p{L}])(?:cover(?:s|ing)?|tests|test\s+for|(?:test|kiểm\s+thử)\s+cho|menguji|diuji|verif(?:y|ies)|exercis(?:e|es)|testet|deckt|couvre(?:nt)?|cubre(?:n)?|cobre(?:m)?|copre|dekt|pokrywa|testuj[eą]|sprawdza(?:j[aą])?|teste(?:nt)?|testa(?:m|no)?|prueba(?:n)?|pokr[ýy]v[áa]|покрива[єю]т?|покрыва(?:ет|ют)|t[äa]cker|d[æa]kker|dekker|kattaa|lefedi|καλ[ύυ]πτει)(?![\p{L}])|覆盖|涵蓋|涵盖|カバー|커버/iu;
const SUB_TASK_ID = /(?<![\d.])\d+(?:\.\d+)+(?![\d.]*\d)/g;

/**
 * The sub-tasks listed before a test that its own words say it covers: IDs in a clause with a verb of
 * covering, and the ones its own words already make it wait for ("Depends on: Step 2.1"). A requirements
 * line ("_Requirements: 2.2, 2.4_") names requirements, not sub-tasks, and has no such verb.
 */
function namedWork(
  ctx: DetectionContext,
  test: Task,
  built: readonly Task[],
  needs: readonly string[],
): Task[] {
  const ids = new Set<string>(needs);
  // Paths and code aside: "tests/test_ledger.py" is no verb.
  const words = `${test.title}\n${test.body}`.replace(/`[^`]*`|\S*[/\\]\S*/g, " ");
  for (const clause of words.split(/[.;。；](?:\s|$)|\n/u))
    if (COVERS.test(clause)) for (const m of clause.matchAll(SUB_TASK_ID)) ids.add(m[0]);
  for (const e of ctx.edges.edges) if (e.to === test.id && inTasksOwnWords(e)) ids.add(e.from);
  return built.filter((t) => ids.has(t.id));
}

function testedBecause(test: Task, work: Task, named: boolean, parent: Task): string {
  if (named) return `${test.id} covers ${work.id}, as its own words say`;
  return `${test.id} tests the work listed before it in task ${parent.id}, including ${work.id}`;
}

function link(ctx: DetectionContext, work: Task, test: Task, why: string): void {
  ctx.edges.add({
    from: work.id,
    to: test.id,
    kind: "order",
    reason: `order: ${why} (${ctx.at(test, test.line)})`,
    stated: false,
    origin: "structure",
    line: test.line,
  });
}
