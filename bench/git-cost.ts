import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { GitHost } from "../src/adapters/git/git-repository.js";
import { SlotPool } from "../src/runner/slot-pool.js";
import { generateFileRepo, generatedFilePath } from "./generate-file-repo.js";
import { wholeRunWall, type WholeRunWall } from "./git-whole-run.js";
import {
  byHand,
  freshViaAdapter,
  GIT_STEPS,
  viaSlot,
  type GitStep,
  type GitStepTimes,
  type TaskSpec,
} from "./git-task-variants.js";
import { median } from "./measure.js";

export { GIT_STEPS, type GitStep, type GitStepTimes } from "./git-task-variants.js";
export type { WholeRunWall } from "./git-whole-run.js";

/** The ways of running one task's git work. */
export const GIT_VARIANTS = ["slot", "fresh", "raw", "sparse"] as const;
/**
 * `slot`: maestro's adapter in a reused slot worktree (how maestro runs tasks now); `fresh`: the adapter
 * with a new worktree per task (how it ran them before slots); `raw`: the fresh job with plain git by hand;
 * `sparse`: by hand, with a sparse checkout of the task's files only.
 */
export type GitVariant = (typeof GIT_VARIANTS)[number];

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
  /** The slot variant's costliest step and its share of its per-task total. */
  dominant: { step: GitStep; share: number };
  /** The git work of a whole run, fresh worktrees against slots. */
  wholeRun: WholeRunWall;
}

/** Benchmark 4's result. */
export interface GitCost {
  repos: GitRepoCost[];
}

/** What benchmark 4 needs from the edge. */
export interface GitCostOptions {
  /** Each repository, with its own number of tasks per variant and of whole runs each way when given. */
  repos: Array<{ name: string; files: number; tasks?: number; runs?: number }>;
  tasks: number;
  /** The simulated whole run: how many tasks, how many at once. */
  run: { tasks: number; parallel: number };
  env: Record<string, string | undefined>;
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

/** Numbered task specs in `root`; each edits its own file, spread over the folders, so none conflict. */
function taskSpecs(root: string, repo: string, files: number): (label: string) => TaskSpec {
  let serial = 0;
  return (label) => {
    const n = serial++;
    return {
      repo,
      worktree: join(root, "worktrees", `${label}-${n}`),
      branch: `bench/${label}-${n}`,
      edit: generatedFilePath((n * 37) % files),
      add: `tasks/${label}-${n}.txt`,
      message: `${label} task ${n}`,
    };
  };
}

/** Every variant `tasks` times, in rotating order (no variant always follows the same other one). */
async function sampleVariants(
  tasks: number,
  run: (variant: GitVariant) => Promise<GitStepTimes>,
): Promise<Record<GitVariant, GitStepTimes[]>> {
  const samples: Record<GitVariant, GitStepTimes[]> = { slot: [], fresh: [], raw: [], sparse: [] };
  for (let i = 0; i < tasks; i++) {
    for (let j = 0; j < GIT_VARIANTS.length; j++) {
      const variant = GIT_VARIANTS[(i + j) % GIT_VARIANTS.length] as GitVariant;
      samples[variant].push(await run(variant));
    }
  }
  return samples;
}

async function measureRepo(
  repoOptions: GitCostOptions["repos"][number],
  options: GitCostOptions,
  index: number,
): Promise<GitRepoCost> {
  const { name, files } = repoOptions;
  const tasks = repoOptions.tasks ?? options.tasks;
  const root = await mkdtemp(join(tmpdir(), `maestro-bench-git-${name}-`));
  try {
    const repo = join(root, "repo");
    await mkdir(repo);
    const started = performance.now();
    generateFileRepo(repo, files);
    const generateMs = performance.now() - started;
    const host = new GitHost(options.env);
    const spec = taskSpecs(root, repo, files);
    const env = { ...process.env, ...options.env };
    const pool = new SlotPool(host, host.open(repo), join(root, "slots"), 1, false);
    // Warm-up, not counted: the page cache, git's start-up, the adapter's first calls, the slot's creation.
    await byHand(spec("warmup"), false, env);
    await freshViaAdapter(host, spec("warmup"));
    await viaSlot(host, pool, spec("warmup"));
    const samples = await sampleVariants(tasks, (variant) => {
      if (variant === "slot") return viaSlot(host, pool, spec(variant));
      if (variant === "fresh") return freshViaAdapter(host, spec(variant));
      return byHand(spec(variant), variant === "sparse", env);
    });
    await pool.removeAll();
    const wholeRun = await wholeRunWall(host, spec, {
      count: options.run.tasks,
      parallel: options.run.parallel,
      runs: repoOptions.runs ?? 1,
      workDir: join(root, "run-slots"),
      slotsFirst: index % 2 === 1,
    });
    return summarise(name, files, tasks, generateMs, samples, wholeRun);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

function summarise(
  name: string,
  files: number,
  tasks: number,
  generateMs: number,
  samples: Record<GitVariant, GitStepTimes[]>,
  wholeRun: WholeRunWall,
): GitRepoCost {
  const medians = {
    slot: medianTimes(samples.slot),
    fresh: medianTimes(samples.fresh),
    raw: medianTimes(samples.raw),
    sparse: medianTimes(samples.sparse),
  };
  const [step, ms] = GIT_STEPS.map((s) => [s, medians.slot[s]] as const).reduce((best, s) =>
    s[1] > best[1] ? s : best,
  );
  const share = medians.slot.total > 0 ? ms / medians.slot.total : 0;
  return { name, files, tasks, generateMs, median: medians, samples, dominant: { step, share }, wholeRun };
}

/**
 * Benchmark 4: per task, the git time of getting a worktree, committing, merging and cleaning up on
 * generated repositories, with a reused slot, with a fresh worktree through maestro's adapter, by hand,
 * and by hand with a sparse checkout (median over tasks); then the git work of a whole run, fresh
 * worktrees against slots.
 */
export async function gitCost(options: GitCostOptions): Promise<GitCost> {
  const repos: GitRepoCost[] = [];
  for (const [i, repo] of options.repos.entries()) repos.push(await measureRepo(repo, options, i));
  return { repos };
}
