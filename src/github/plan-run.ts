import { join } from "node:path";
import { readRepositoryContext } from "../adapters/fs/read-repository-context.js";
import { readTaskListInput } from "../adapters/fs/read-task-list-input.js";
import type { PullRequestCheckout } from "../adapters/github/pull-request-checkout.js";
import { applyRunEvent } from "../core/model/run-state.js";
import { parseTaskList } from "../core/parse/parse-task-list.js";
import { buildPlan } from "../core/plan/build-plan.js";
import { toPlanJson } from "../core/render/plan-json.js";
import type { RunProgress } from "./open-progress.js";
import type { RunContext } from "./run-context.js";
import type { RunResult } from "./run-result.js";

/** `/maestro plan`: plans the task list into the progress state; runs nothing. */
export async function planRun(
  run: RunContext,
  checkout: PullRequestCheckout,
  tasksPath: string,
  progress: RunProgress,
): Promise<RunResult> {
  const input = await readTaskListInput(join(checkout.dir, tasksPath));
  const list = parseTaskList(input.kind === "file" ? { ...input, path: tasksPath } : input);
  // Planned as `implement` plans it: paths leaving the clone through a link are reported and left
  // out, and imports between the files tasks name are edges.
  const context = await readRepositoryContext(checkout.dir, list);
  const plan = toPlanJson(buildPlan(context.list, { imports: context.imports }));
  applyRunEvent(progress.state, { type: "plan", time: run.now().toISOString(), runId: run.runId, plan });
  return { conclusion: "neutral", summary: null, cancelled: [], pushError: null };
}
