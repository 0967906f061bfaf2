import { stat } from "node:fs/promises";
import { join } from "node:path";
import { CheckRunSink } from "../adapters/github/check-run-sink.js";
import { listPullRequestFiles } from "../adapters/github/list-pull-request-files.js";
import type { ProgressSink } from "../adapters/github/progress-sink.js";
import type { PullRequestCheckout } from "../adapters/github/pull-request-checkout.js";
import { chooseTaskList } from "../core/command/choose-task-list.js";
import { renderTaskListChoice } from "../core/render/render-replies.js";
import type { MaestroConfig } from "../core/config/maestro-config.js";
import type { RunContext } from "./run-context.js";
import { RunStopped } from "./run-stopped.js";

/**
 * Picks the task list (the command's path, the Action's input, the config, else the one the pull request
 * changes) and checks that it exists at the pinned commit. The check run remembers it for "Retry failed".
 */
export async function chooseRunTaskList(
  run: RunContext,
  checkout: PullRequestCheckout,
  config: MaestroConfig,
  sink: ProgressSink,
): Promise<string> {
  const { deps, target } = run;
  const changed =
    target.pullNumber === null ? [] : await listPullRequestFiles(deps.client, run.ref, target.pullNumber);
  const choice = chooseTaskList({
    commandPath: target.commandPath ?? deps.overrides.tasks ?? null,
    configPath: config.tasks,
    changedFiles: changed,
    treeFiles: await checkout.listFiles(),
  });
  if (choice.kind === "ambiguous")
    throw new RunStopped("Which task list?", renderTaskListChoice(choice.candidates));
  const tasksPath = choice.path;
  if (sink instanceof CheckRunSink) sink.remember({ tasks: tasksPath });
  if (!(await exists(join(checkout.dir, tasksPath)))) {
    throw new RunStopped(
      "Task list not found",
      `\`${tasksPath}\` does not exist at ${target.sha.slice(0, 7)}.`,
    );
  }
  return tasksPath;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
