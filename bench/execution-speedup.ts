import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { RunEvent } from "../src/core/model/run-event.js";
import { implement } from "../src/runner/implement.js";
import { EXECUTION_TASKS_PATH, createExecutionRepo } from "./execution-fixture.js";
import { median } from "./measure.js";
import { listScheduleMakespan } from "./simulate-schedules.js";

/** The spec's success criterion: parallel wall time at most 70% of sequential (a 30% cut). */
export const SPEEDUP_THRESHOLD = 0.7;

/** One `implement()` run of the benchmark list. */
export interface ExecutionRun {
  wallMs: number;
  /** The waves as actually run (from the task-start events). */
  waves: string[][];
  /** Sum of the agent sleeps on the schedule actually run: per wave, its tasks list-scheduled on the slots. */
  sleepOnScheduleMs: number;
  /** (wall - sleepOnSchedule) / tasks. */
  overheadPerTaskMs: number;
}

/** The median of the runs at one `maxParallel`. */
export interface ExecutionMode {
  maxParallel: number;
  runs: ExecutionRun[];
  wallMs: number;
  sleepOnScheduleMs: number;
  overheadPerTaskMs: number;
}

/** Benchmark 2's result. */
export interface ExecutionSpeedup {
  tasks: number;
  sleepMs: number;
  repeats: number;
  sequential: ExecutionMode;
  parallel: ExecutionMode;
  /** median parallel wall / median sequential wall. */
  ratio: number;
  threshold: number;
  pass: boolean;
}

/** What benchmark 2 needs from the edge. */
export interface ExecutionOptions {
  sleepMs: number;
  repeats: number;
  /** The environment agents and git run with (read at the edge). */
  env: Record<string, string | undefined>;
}

async function runOnce(
  maxParallel: number,
  label: string,
  options: ExecutionOptions,
): Promise<ExecutionRun & { tasks: number }> {
  const root = await mkdtemp(join(tmpdir(), "maestro-bench-exec-"));
  const repo = join(root, "repo");
  createExecutionRepo(repo, options.sleepMs);
  const events: RunEvent[] = [];
  const start = performance.now();
  const summary = await implement({
    repo,
    tasksPath: EXECUTION_TASKS_PATH,
    agent: { preset: "script" },
    taskTimeoutMs: 120_000,
    maxParallel,
    dryRun: false,
    failFast: true,
    runId: `bench-${label}`,
    workDir: join(root, "work"),
    env: options.env,
    onEvent: (event) => events.push(event),
  });
  const wallMs = performance.now() - start;
  if (summary.status !== "success") {
    throw new Error(
      `benchmark 2: the ${label} run ended ${summary.status} (failed: ${summary.failed.join(", ") || "none"}); ` +
        `work kept in ${root}`,
    );
  }
  const byWave = new Map<number, string[]>();
  for (const e of events) {
    if (e.type !== "task-start") continue;
    byWave.set(e.wave, [...(byWave.get(e.wave) ?? []), e.task]);
  }
  const waves = [...byWave.entries()].sort((a, b) => a[0] - b[0]).map(([, ids]) => ids);
  const tasks = waves.reduce((n, w) => n + w.length, 0);
  const sleepOnScheduleMs = waves.reduce(
    (sum, w) =>
      sum +
      listScheduleMakespan(
        w.map(() => options.sleepMs),
        maxParallel,
      ),
    0,
  );
  await rm(root, { recursive: true, force: true });
  return {
    wallMs,
    waves,
    sleepOnScheduleMs,
    overheadPerTaskMs: (wallMs - sleepOnScheduleMs) / tasks,
    tasks,
  };
}

function summarise(maxParallel: number, runs: ExecutionRun[]): ExecutionMode {
  return {
    maxParallel,
    runs,
    wallMs: median(runs.map((r) => r.wallMs)),
    sleepOnScheduleMs: median(runs.map((r) => r.sleepOnScheduleMs)),
    overheadPerTaskMs: median(runs.map((r) => r.overheadPerTaskMs)),
  };
}

/**
 * Benchmark 2: the real `implement()` on a generated 12-task, 3-wave list with sleeping script agents, with
 * maxParallel 1 and 3 alternately (so both see the same machine load), `repeats` times each.
 */
export async function executionSpeedup(options: ExecutionOptions): Promise<ExecutionSpeedup> {
  const sequential: ExecutionRun[] = [];
  const parallel: ExecutionRun[] = [];
  let tasks = 0;
  for (let i = 0; i < options.repeats; i++) {
    // Alternate which goes first, so neither always runs on a warmer cache.
    const order: Array<[number, ExecutionRun[]]> =
      i % 2 === 0
        ? [
            [1, sequential],
            [3, parallel],
          ]
        : [
            [3, parallel],
            [1, sequential],
          ];
    for (const [maxParallel, into] of order) {
      const { tasks: count, ...run } = await runOnce(maxParallel, `p${maxParallel}-${i + 1}`, options);
      tasks = count;
      into.push(run);
    }
  }
  const seq = summarise(1, sequential);
  const par = summarise(3, parallel);
  const ratio = par.wallMs / seq.wallMs;
  return {
    tasks,
    sleepMs: options.sleepMs,
    repeats: options.repeats,
    sequential: seq,
    parallel: par,
    ratio,
    threshold: SPEEDUP_THRESHOLD,
    pass: ratio <= SPEEDUP_THRESHOLD,
  };
}
