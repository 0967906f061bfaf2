import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { readTaskListInput } from "../src/adapters/fs/read-task-list-input.js";
import { parseTaskList } from "../src/core/parse/parse-task-list.js";
import { buildPlan } from "../src/core/plan/build-plan.js";
import { MAX_PARALLEL, type Plan } from "../src/core/model/plan.js";
import { corpusDir } from "./corpus-dir.js";
import { median } from "./measure.js";
import {
  equalDurations,
  forcedApart,
  logNormalDuration,
  simulateSchedules,
  type Makespans,
  type SimTask,
} from "./simulate-schedules.js";

/** One corpus file's figures under one duration model. */
export interface ScheduleRow {
  file: string;
  tasks: number;
  waves: number;
  makespans: Makespans;
  vsSequential: number;
  vsSpecKit: number;
  vsLimit: number;
  /** Author-[P] tasks that maestro's edges put after a task of their own [P] batch. */
  forcedApart: number;
  parallelMarked: number;
}

/** The two duration models. */
export type DurationModel = "equal" | "logNormal";

/** One duration model's rows and their medians. */
export interface ScheduleModelResult {
  rows: ScheduleRow[];
  median: { vsSequential: number; vsSpecKit: number; vsLimit: number };
}

/** Benchmark 1's result: both models, the [P] tasks maestro forces apart, and files it could not plan. */
export interface ScheduleQuality {
  tasksDir: string;
  models: Record<DurationModel, ScheduleModelResult>;
  /** Over the whole corpus: author-[P] tasks, and how many of them maestro's edges force apart. */
  forcedApart: { parallelMarked: number; forcedApart: number; share: number };
  skipped: Array<{ file: string; error: string }>;
}

/** The task lists of a folder planned as `--all` would, and the ones that do not plan, with why. */
export interface PlannedFolder {
  plans: Array<{ file: string; plan: Plan }>;
  skipped: Array<{ file: string; error: string }>;
}

/** Plans every task list (`*.md`) of a folder. */
export async function planFolder(dir: string): Promise<PlannedFolder> {
  const out: PlannedFolder = { plans: [], skipped: [] };
  for (const file of (await readdir(dir)).filter((f) => f.endsWith(".md")).sort()) {
    try {
      out.plans.push({
        file,
        plan: buildPlan(parseTaskList(await readTaskListInput(join(dir, file))), { all: true }),
      });
    } catch (error) {
      out.skipped.push({ file, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return out;
}

/** The simulator's view of a plan: the tasks it runs, in list order. */
export function simTasks(plan: Plan): SimTask[] {
  const executable = new Set(plan.waves.flatMap((w) => w.tasks));
  return plan.list.tasks
    .filter((t) => executable.has(t.id))
    .map((t) => ({ id: t.id, phase: t.phase, parallel: t.parallel }));
}

/**
 * Benchmark 1: schedule quality of every task list in `tasksDir` (default: the corpus), both duration
 * models. `folder`: the folder already planned, when the caller has it.
 */
export async function scheduleQuality(
  tasksDir: string = join(corpusDir, "tasks"),
  folder?: PlannedFolder,
): Promise<ScheduleQuality> {
  const { plans, skipped } = folder ?? (await planFolder(tasksDir));
  const models = { equal: equalDurations, logNormal: logNormalDuration };
  const result: ScheduleQuality = {
    tasksDir,
    models: {} as Record<DurationModel, ScheduleModelResult>,
    forcedApart: { parallelMarked: 0, forcedApart: 0, share: 0 },
    skipped: [...skipped],
  };
  for (const [name, duration] of Object.entries(models) as Array<[DurationModel, (id: string) => number]>) {
    const rows = plans.map(({ file, plan }): ScheduleRow => {
      const tasks = simTasks(plan);
      const makespans = simulateSchedules({
        tasks,
        edges: plan.edges,
        waves: plan.waves.map((w) => w.tasks),
        duration,
        slots: MAX_PARALLEL,
      });
      return {
        file,
        tasks: tasks.length,
        waves: plan.waves.length,
        makespans,
        vsSequential: makespans.maestro / makespans.sequential,
        vsSpecKit: makespans.maestro / makespans.specKit,
        vsLimit: makespans.maestro / makespans.limit,
        forcedApart: forcedApart(tasks, plan.edges).length,
        parallelMarked: tasks.filter((t) => t.parallel).length,
      };
    });
    result.models[name] = {
      rows,
      median: {
        vsSequential: median(rows.map((r) => r.vsSequential)),
        vsSpecKit: median(rows.map((r) => r.vsSpecKit)),
        vsLimit: median(rows.map((r) => r.vsLimit)),
      },
    };
  }
  const rows = result.models.equal.rows;
  const parallelMarked = rows.reduce((sum, r) => sum + r.parallelMarked, 0);
  const forced = rows.reduce((sum, r) => sum + r.forcedApart, 0);
  result.forcedApart = {
    parallelMarked,
    forcedApart: forced,
    share: parallelMarked === 0 ? 0 : forced / parallelMarked,
  };
  return result;
}
