import { performance } from "node:perf_hooks";
import type { GitHost } from "../src/adapters/git/git-repository.js";
import { SlotPool } from "../src/runner/slot-pool.js";
import { commitTask, doTaskWork, mergeTask, type TaskSpec } from "./git-task-variants.js";
import { median } from "./measure.js";

/** The git side of a whole run, both ways: wall milliseconds from the first task to the last cleanup. */
export interface WholeRunWall {
  tasks: number;
  parallel: number;
  /** Medians over `runs` runs each way, and every run's time. */
  runs: number;
  freshMs: number;
  slotMs: number;
  samples: { fresh: number[]; slot: number[] };
}

/** Splits tasks into waves of `parallel` (a run with no dependencies between its tasks). */
function waves<T>(tasks: T[], parallel: number): T[][] {
  return Array.from({ length: Math.ceil(tasks.length / parallel) }, (_, i) =>
    tasks.slice(i * parallel, (i + 1) * parallel),
  );
}

async function mergeWave(host: GitHost, wave: TaskSpec[]): Promise<void> {
  const main = host.open(wave[0]?.repo ?? ".");
  for (const task of wave) {
    await mergeTask(host, task);
    await main.tryDeleteMergedBranch(task.branch);
  }
}

/** A run with a fresh worktree per task: created, committed in and removed in parallel, merged per wave. */
async function freshRun(host: GitHost, tasks: TaskSpec[], parallel: number): Promise<void> {
  for (const wave of waves(tasks, parallel)) {
    const main = host.open(wave[0]?.repo ?? ".");
    const base = await main.revParse("HEAD");
    await Promise.all(
      wave.map(async (task) => {
        await main.addWorktree(task.worktree, task.branch, base);
        await doTaskWork(task.worktree, task);
        await commitTask(host, task.worktree, base, task);
        await main.tryRemoveWorktree(task.worktree);
      }),
    );
    await mergeWave(host, wave);
  }
}

/** A run with slots: `parallel` worktrees created once, switched for each task, removed at the end. */
async function slotRun(host: GitHost, tasks: TaskSpec[], parallel: number, workDir: string): Promise<void> {
  const main = host.open(tasks[0]?.repo ?? ".");
  const pool = new SlotPool(host, main, workDir, parallel, false);
  try {
    for (const wave of waves(tasks, parallel)) {
      const base = await main.revParse("HEAD");
      await Promise.all(
        wave.map(async (task) => {
          const slot = pool.take();
          try {
            await pool.prepare(slot, task.branch, base);
            await doTaskWork(slot.path, task);
            await commitTask(host, slot.path, base, task);
            await pool.leave(slot, true);
          } finally {
            pool.give(slot);
          }
        }),
      );
      await mergeWave(host, wave);
    }
  } finally {
    await pool.removeAll();
  }
}

/**
 * The git work of a whole run of `count` independent tasks, `parallel` at a time, the two ways side by side,
 * `runs` times each; which goes first alternates (from `slotsFirst` on), so neither always inherits the
 * other's write-back.
 */
export async function wholeRunWall(
  host: GitHost,
  spec: (label: string) => TaskSpec,
  options: { count: number; parallel: number; runs: number; workDir: string; slotsFirst: boolean },
): Promise<WholeRunWall> {
  const { count, parallel, runs, workDir } = options;
  const timed = async (fn: () => Promise<void>) => {
    const start = performance.now();
    await fn();
    return performance.now() - start;
  };
  const tasks = (label: string) => Array.from({ length: count }, () => spec(label));
  const samples = { fresh: [] as number[], slot: [] as number[] };
  const fresh = async () =>
    void samples.fresh.push(await timed(() => freshRun(host, tasks("run-fresh"), parallel)));
  const slots = async () =>
    void samples.slot.push(await timed(() => slotRun(host, tasks("run-slot"), parallel, workDir)));
  for (let i = 0; i < runs; i++) {
    const [first, second] = (i % 2 === 0) === options.slotsFirst ? [slots, fresh] : [fresh, slots];
    await first();
    await second();
  }
  return {
    tasks: count,
    parallel,
    runs,
    freshMs: median(samples.fresh),
    slotMs: median(samples.slot),
    samples,
  };
}
