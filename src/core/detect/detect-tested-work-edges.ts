import type { Task } from "../model/task.js";
import { classifyTask } from "./classify-task.js";
import { isTestSupportPath } from "./test-file-conventions.js";
import { bindsTestsFirst } from "./detect-cue-edges.js";
import type { DetectionContext } from "./detection-context.js";

/**
 * In numbered (Kiro-style) lists a top-level task's sub-tasks build something and then test it: "2.1
 * Create the cart store", "2.2 Write unit tests for the cart store". A test sub-task tests the work listed
 * before it in its top-level task, so it waits for those sub-tasks. Lists that bind tests to come first
 * ("tests before implementation") keep that order instead; the cue edges carry it. A sub-task that only
 * lays out what tests stand on (fixtures, `conftest.py`, helpers, setup files) tests nothing yet.
 */
export function detectTestedWorkEdges(ctx: DetectionContext): void {
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
      for (const work of built) link(ctx, work, task, parent.id);
    }
  }
}

/** The task's files are all test support (folders aside): it scaffolds the tests and tests no work. */
function onlySupport(task: Task): boolean {
  const files = task.files.filter((f) => !f.endsWith("/"));
  return files.length > 0 && files.every(isTestSupportPath);
}

function link(ctx: DetectionContext, work: Task, test: Task, parent: string): void {
  ctx.edges.add({
    from: work.id,
    to: test.id,
    kind: "order",
    reason: `order: ${test.id} tests the work listed before it in task ${parent}, including ${work.id} (${ctx.at(test, test.line)})`,
    stated: false,
    origin: "structure",
    line: test.line,
  });
}
