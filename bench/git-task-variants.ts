import { execFile } from "node:child_process";
import { appendFile, mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { promisify } from "node:util";
import type { GitHost } from "../src/adapters/git/git-repository.js";
import type { SlotPool } from "../src/runner/slot-pool.js";

const execFileAsync = promisify(execFile);

/** The git steps of one task. */
export const GIT_STEPS = ["create", "commit", "merge", "cleanup"] as const;
/** One git step of a task. */
export type GitStep = (typeof GIT_STEPS)[number];

/** Milliseconds per step of one task (or medians over tasks), and their total. */
export type GitStepTimes = Record<GitStep | "total", number>;

/** One task's git job: its worktree (fresh variants), branch, the file it edits and the one it adds. */
export interface TaskSpec {
  repo: string;
  worktree: string;
  branch: string;
  edit: string;
  add: string;
  message: string;
}

/** The task's own work (not timed): edit one existing file, add one. */
export async function doTaskWork(worktree: string, task: TaskSpec): Promise<void> {
  await appendFile(join(worktree, task.edit), `${task.branch}\n`);
  await mkdir(dirname(join(worktree, task.add)), { recursive: true });
  await writeFile(join(worktree, task.add), `${task.branch}\n`);
}

async function timeStep(
  times: Partial<GitStepTimes>,
  step: GitStep,
  fn: () => Promise<unknown>,
): Promise<void> {
  const start = performance.now();
  await fn();
  times[step] = (times[step] ?? 0) + performance.now() - start;
}

function total(times: Partial<GitStepTimes>): GitStepTimes {
  const t = { create: 0, commit: 0, merge: 0, cleanup: 0, ...times };
  return { ...t, total: t.create + t.commit + t.merge + t.cleanup };
}

/** What run-task.ts does after the agent, in a worktree: the same adapter calls, in their order. */
export async function commitTask(
  host: GitHost,
  worktree: string,
  base: string,
  task: TaskSpec,
): Promise<void> {
  const wt = host.open(worktree);
  await wt.currentBranch();
  await wt.commitAll(task.message, [`Maestro-Task: ${task.branch}`]);
  const head = await wt.revParse("HEAD");
  await wt.changedFiles(base, head);
}

/** What the merger does for one task: merge `--no-ff` into the checked-out branch, delete the branch. */
export async function mergeTask(host: GitHost, task: TaskSpec): Promise<void> {
  const main = host.open(task.repo);
  const outcome = await main.mergeNoFf(task.branch, `merge ${task.branch}`);
  if (!outcome.merged) throw new Error(`git benchmark: ${task.branch} conflicted`);
}

/** A task through maestro's adapter with a fresh worktree of its own: how maestro ran tasks before slots. */
export async function freshViaAdapter(host: GitHost, task: TaskSpec): Promise<GitStepTimes> {
  const main = host.open(task.repo);
  const base = await main.revParse("HEAD");
  const times: Partial<GitStepTimes> = {};
  await timeStep(times, "create", () => main.addWorktree(task.worktree, task.branch, base));
  await doTaskWork(task.worktree, task);
  await timeStep(times, "commit", () => commitTask(host, task.worktree, base, task));
  await timeStep(times, "cleanup", () => main.tryRemoveWorktree(task.worktree));
  await timeStep(times, "merge", () => mergeTask(host, task));
  await timeStep(times, "cleanup", () => main.tryDeleteMergedBranch(task.branch));
  return total(times);
}

/** A task in a reused slot, through the runner's own SlotPool: how maestro runs tasks now. */
export async function viaSlot(host: GitHost, pool: SlotPool, task: TaskSpec): Promise<GitStepTimes> {
  const main = host.open(task.repo);
  const base = await main.revParse("HEAD");
  const slot = pool.take();
  const times: Partial<GitStepTimes> = {};
  try {
    await timeStep(times, "create", () => pool.prepare(slot, task.branch, base));
    await doTaskWork(slot.path, task);
    await timeStep(times, "commit", () => commitTask(host, slot.path, base, task));
    await timeStep(times, "cleanup", () => pool.leave(slot, true));
  } finally {
    pool.give(slot);
  }
  await timeStep(times, "merge", () => mergeTask(host, task));
  await timeStep(times, "cleanup", () => main.tryDeleteMergedBranch(task.branch));
  return total(times);
}

/** The fresh-worktree job with plain `git` processes; `sparse` checks out only the task's two files. */
export async function byHand(task: TaskSpec, sparse: boolean, env: NodeJS.ProcessEnv): Promise<GitStepTimes> {
  const git = (cwd: string, ...args: string[]) =>
    execFileAsync("git", args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
  const times: Partial<GitStepTimes> = {};
  await timeStep(times, "create", async () => {
    if (!sparse) {
      await git(task.repo, "worktree", "add", "--quiet", "-b", task.branch, task.worktree, "HEAD");
      return;
    }
    // --no-checkout leaves the index empty; read-tree fills it with the rest marked skip-worktree.
    await git(
      task.repo,
      "worktree",
      "add",
      "--quiet",
      "--no-checkout",
      "-b",
      task.branch,
      task.worktree,
      "HEAD",
    );
    await git(task.worktree, "sparse-checkout", "set", "--no-cone", `/${task.edit}`, `/${task.add}`);
    await git(task.worktree, "read-tree", "-mu", "HEAD");
  });
  await doTaskWork(task.worktree, task);
  await timeStep(times, "commit", async () => {
    await git(task.worktree, "add", "--all");
    await git(task.worktree, "commit", "--quiet", "-m", task.message);
  });
  await timeStep(times, "cleanup", () => git(task.repo, "worktree", "remove", "--force", task.worktree));
  await timeStep(times, "merge", () =>
    git(task.repo, "merge", "--no-ff", "--quiet", "-m", `merge ${task.branch}`, task.branch),
  );
  await timeStep(times, "cleanup", () => git(task.repo, "branch", "-d", task.branch));
  return total(times);
}
