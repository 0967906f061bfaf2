import { join } from "node:path";
import { readRepositoryContext } from "../adapters/fs/read-repository-context.js";
import { readTaskListInput } from "../adapters/fs/read-task-list-input.js";
import { GitHost } from "../adapters/git/git-repository.js";
import type { RunEvent } from "../core/model/run-event.js";
import { parseTaskList } from "../core/parse/parse-task-list.js";
import { claimRepository } from "./claim-repository.js";
import { dryRun } from "./dry-run.js";
import type { ImplementOptions, RunSummary } from "./implement-options.js";
import { prepareRun } from "./prepare-run.js";
import { tryReleaseRunLock } from "./run-lock.js";
import { checkParallel, locateTaskList, refuseTooManyTasks, repositoryTop } from "./start-checks.js";
import { WaveRun } from "./wave-run.js";

export { MAX_TASKS_PER_RUN } from "./start-checks.js";
export { NO_CHANGES_REASON } from "./task-outcomes.js";

/** The repository-level lock and scratch folder: inside the shared `.git`, never in the work tree. */
export async function maestroStateDir(
  repo: string,
  env: Record<string, string | undefined>,
): Promise<string> {
  return join(await new GitHost(env).open(repo).commonDir(), "maestro");
}

/**
 * Runs a task list wave by wave: each task on its own branch in one of at most 3 reused worktrees (slots),
 * each wave merged into the checked-out branch (`--no-ff`), verified and ticked before the next. See
 * docs/implement.md.
 * Throws RefusedStartError, TaskListError or CycleError before changing anything; otherwise reports every
 * outcome through events and the returned summary.
 */
export async function implement(options: ImplementOptions): Promise<RunSummary> {
  const now = options.now ?? (() => new Date());
  const time = () => now().toISOString();
  const emit = (event: RunEvent) => options.onEvent(event);
  const parallel = checkParallel(options.maxParallel);
  const host = new GitHost(options.env);
  const repoTop = await repositoryTop(host, options.repo);
  const main = host.open(repoTop);
  const { tasksAbs, tasksRel } = locateTaskList(options.repo, repoTop, options.tasksPath);
  // Parsed against the repository: paths escaping it through links are dropped, imports give edges.
  const readList = async () =>
    readRepositoryContext(repoTop, parseTaskList(await readTaskListInput(tasksAbs)));
  const first = await readList();
  refuseTooManyTasks(first.list, options.only, tasksRel);
  const plan = (read: typeof first) => prepareRun(read.list, tasksRel, options.only, read.imports);
  // Planned before anything is touched: a dependency cycle is refused like any other bad input.
  const prepared = plan(first);
  if (options.dryRun) return dryRun(options, prepared, parallel, emit, time());

  const { runId, workDir } = options;
  const claim = { main, repoTop, tasksRel, runId, workDir, startedAt: time(), first, readList };
  const { lockPath, current } = await claimRepository(claim);
  try {
    const context = { options, host, main, repoTop, tasksRel, parallel, time, emit };
    return await new WaveRun({ ...context, ...(current === first ? prepared : plan(current)) }).run();
  } finally {
    await host.open(repoTop).tryPruneWorktrees();
    await tryReleaseRunLock(lockPath);
  }
}
