import { execFile } from "node:child_process";
import { appendFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { promisify } from "node:util";
import { GitHost } from "../src/adapters/git/git-repository.js";
import { generateFileRepo, generatedFilePath } from "./generate-file-repo.js";
import { median } from "./measure.js";

const execFileAsync = promisify(execFile);

/** The three ways of running one task's git work. */
export const GIT_VARIANTS = ["maestro", "raw", "sparse"] as const;
/** maestro's git adapter; the same git commands by hand; by hand with a sparse checkout of the task's files. */
export type GitVariant = (typeof GIT_VARIANTS)[number];

/** The git steps of one task. */
export const GIT_STEPS = ["create", "commit", "merge", "cleanup"] as const;
/** One git step of a task. */
export type GitStep = (typeof GIT_STEPS)[number];

/** Milliseconds per step of one task (or medians over tasks), and their total. */
export type GitStepTimes = Record<GitStep | "total", number>;

/** One repository's figures. */
export interface GitRepoCost {
  name: string;
  files: number;
  tasks: number;
  /** Time to generate and commit the repository (context, not a per-task figure). */
  generateMs: number;
  /** Per variant, the median over tasks of each step. */
  median: Record<GitVariant, GitStepTimes>;
  samples: Record<GitVariant, GitStepTimes[]>;
  /** maestro's costliest step and its share of maestro's per-task total. */
  dominant: { step: GitStep; share: number };
}

/** Benchmark 4's result. */
export interface GitCost {
  repos: GitRepoCost[];
}

/** What benchmark 4 needs from the edge. */
export interface GitCostOptions {
  repos: Array<{ name: string; files: number }>;
  tasks: number;
  env: Record<string, string | undefined>;
}

interface TaskSpec {
  repo: string;
  worktree: string;
  branch: string;
  /** An existing file the task edits, and the file it adds. */
  edit: string;
  add: string;
  message: string;
}

async function doTaskWork(task: TaskSpec): Promise<void> {
  await appendFile(join(task.worktree, task.edit), `${task.branch}\n`);
  await mkdir(dirname(join(task.worktree, task.add)), { recursive: true });
  await writeFile(join(task.worktree, task.add), `${task.branch}\n`);
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

/** The task through maestro's adapter, the calls run-task.ts and implement.ts make, in their order. */
async function viaAdapter(host: GitHost, task: TaskSpec): Promise<GitStepTimes> {
  const main = host.open(task.repo);
  const base = await main.revParse("HEAD");
  const times: Partial<GitStepTimes> = {};
  await timeStep(times, "create", () => main.addWorktree(task.worktree, task.branch, base));
  await doTaskWork(task);
  await timeStep(times, "commit", async () => {
    const wt = host.open(task.worktree);
    await wt.currentBranch();
    await wt.commitAll(task.message, [`Maestro-Task: ${task.branch}`]);
    const head = await wt.revParse("HEAD");
    await wt.changedFiles(base, head);
  });
  await timeStep(times, "cleanup", () => main.tryRemoveWorktree(task.worktree));
  await timeStep(times, "merge", async () => {
    const outcome = await main.mergeNoFf(task.branch, `merge ${task.branch}`);
    if (!outcome.merged) throw new Error(`benchmark 4: ${task.branch} conflicted`);
  });
  await timeStep(times, "cleanup", () => main.tryDeleteMergedBranch(task.branch));
  return total(times);
}

/** The same task with plain `git` processes; `sparse` checks out only the task's two files. */
async function byHand(task: TaskSpec, sparse: boolean, env: NodeJS.ProcessEnv): Promise<GitStepTimes> {
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
  await doTaskWork(task);
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

function medianTimes(samples: GitStepTimes[]): GitStepTimes {
  const pick = (key: keyof GitStepTimes) => median(samples.map((s) => s[key]));
  return {
    create: pick("create"),
    commit: pick("commit"),
    merge: pick("merge"),
    cleanup: pick("cleanup"),
    total: pick("total"),
  };
}

async function measureRepo(name: string, files: number, options: GitCostOptions): Promise<GitRepoCost> {
  const root = await mkdtemp(join(tmpdir(), `maestro-bench-git-${name}-`));
  try {
    const repo = join(root, "repo");
    await mkdir(repo);
    const started = performance.now();
    generateFileRepo(repo, files);
    const generateMs = performance.now() - started;
    const host = new GitHost(options.env);
    const samples: Record<GitVariant, GitStepTimes[]> = { maestro: [], raw: [], sparse: [] };
    let serial = 0;
    const spec = (label: string): TaskSpec => {
      const n = serial++;
      // Spread the edited files over the folders; each task has its own, so no merge conflicts.
      const edit = generatedFilePath((n * 37) % files);
      return {
        repo,
        worktree: join(root, "worktrees", `${label}-${n}`),
        branch: `bench/${label}-${n}`,
        edit,
        add: `tasks/${label}-${n}.txt`,
        message: `${label} task ${n}`,
      };
    };
    const env = { ...process.env, ...options.env };
    // Warm-up, not counted: the page cache, git's own start-up and the adapter's first calls.
    await byHand(spec("warmup"), false, env);
    await viaAdapter(host, spec("warmup"));
    for (let i = 0; i < options.tasks; i++) {
      // Rotate the order, so no variant always runs right after the same other one.
      const order = GIT_VARIANTS.map((_, j) => GIT_VARIANTS[(i + j) % GIT_VARIANTS.length] as GitVariant);
      for (const variant of order) {
        const task = spec(variant);
        samples[variant].push(
          variant === "maestro"
            ? await viaAdapter(host, task)
            : await byHand(task, variant === "sparse", env),
        );
      }
    }
    const medians = {
      maestro: medianTimes(samples.maestro),
      raw: medianTimes(samples.raw),
      sparse: medianTimes(samples.sparse),
    };
    const [step, ms] = GIT_STEPS.map((s) => [s, medians.maestro[s]] as const).reduce((best, s) =>
      s[1] > best[1] ? s : best,
    );
    return {
      name,
      files,
      tasks: options.tasks,
      generateMs,
      median: medians,
      samples,
      dominant: { step, share: medians.maestro.total > 0 ? ms / medians.maestro.total : 0 },
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/**
 * Benchmark 4: per task, the git time of worktree create, commit, merge and cleanup on generated
 * repositories, through maestro's adapter, by hand, and by hand with a sparse checkout; median over tasks.
 */
export async function gitCost(options: GitCostOptions): Promise<GitCost> {
  const repos: GitRepoCost[] = [];
  for (const { name, files } of options.repos) repos.push(await measureRepo(name, files, options));
  return { repos };
}
