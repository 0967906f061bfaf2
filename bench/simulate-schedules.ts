/**
 * Schedule simulation for the benchmarks: the makespan of one task list under four schedulers, given a
 * duration per task. No agents run; durations come from a seeded model, so results are reproducible.
 */

/** A task as the simulator sees it, in list order. */
export interface SimTask {
  id: string;
  /** Phase index (null: the list has no phases). */
  phase: number | null;
  /** The author's `[P]` marker. */
  parallel: boolean;
}

/** What one simulation needs: tasks in list order, maestro's edges and waves, and a duration per task. */
export interface SimInput {
  tasks: readonly SimTask[];
  edges: ReadonlyArray<{ from: string; to: string }>;
  /** maestro's waves, each in the planner's order. */
  waves: ReadonlyArray<readonly string[]>;
  duration: (id: string) => number;
  slots: number;
}

/** The four makespans. */
export interface Makespans {
  /** One task at a time, in list order. */
  sequential: number;
  /** What `/speckit.implement` prescribes: phases in order; consecutive [P] tasks together, others alone. */
  specKit: number;
  /** maestro's waves, `slots` at a time inside a wave, a barrier between waves. */
  maestro: number;
  /** max(critical path, total work / slots): no scheduler with that many slots can beat it on this graph. */
  limit: number;
}

/** Makespan of list scheduling: each task, in order, starts on the slot that frees first. */
export function listScheduleMakespan(durations: readonly number[], slots: number): number {
  const free = new Array<number>(Math.max(1, slots)).fill(0);
  for (const d of durations) {
    let best = 0;
    for (let i = 1; i < free.length; i++) if ((free[i] ?? 0) < (free[best] ?? 0)) best = i;
    free[best] = (free[best] ?? 0) + d;
  }
  return Math.max(...free);
}

/** The spec-kit batches: per phase, runs of consecutive `[P]` tasks form one batch; any other task is alone. */
export function specKitBatches(tasks: readonly SimTask[]): string[][] {
  const batches: string[][] = [];
  let open: string[] | null = null;
  let openPhase: number | null | undefined;
  for (const task of tasks) {
    if (task.parallel && open && openPhase === task.phase) {
      open.push(task.id);
      continue;
    }
    const batch = [task.id];
    batches.push(batch);
    open = task.parallel ? batch : null;
    openPhase = task.phase;
  }
  return batches;
}

/** Computes the four makespans of one task list. */
export function simulateSchedules(input: SimInput): Makespans {
  const { tasks, duration, slots } = input;
  const total = tasks.reduce((sum, t) => sum + duration(t.id), 0);
  const specKit = specKitBatches(tasks).reduce(
    (sum, batch) => sum + listScheduleMakespan(batch.map(duration), slots),
    0,
  );
  const maestro = input.waves.reduce((sum, wave) => sum + listScheduleMakespan(wave.map(duration), slots), 0);
  return { sequential: total, specKit, maestro, limit: Math.max(criticalPath(input), total / slots) };
}

/** Longest duration-weighted path through the dependency graph. */
function criticalPath(input: SimInput): number {
  const index = new Map(input.tasks.map((t, i) => [t.id, i]));
  const preds = new Map<string, string[]>();
  for (const e of input.edges) {
    if (!index.has(e.from) || !index.has(e.to)) continue;
    const list = preds.get(e.to) ?? [];
    list.push(e.from);
    preds.set(e.to, list);
  }
  // Waves are a topological order of the graph: every edge goes from an earlier wave to a later one.
  const finish = new Map<string, number>();
  let longest = 0;
  for (const wave of input.waves) {
    for (const id of wave) {
      const start = Math.max(0, ...(preds.get(id) ?? []).map((p) => finish.get(p) ?? 0));
      const end = start + input.duration(id);
      finish.set(id, end);
      longest = Math.max(longest, end);
    }
  }
  return longest;
}

/** Tasks the author marked `[P]` that maestro found an edge into from a task of the same `[P]` batch. */
export function forcedApart(
  tasks: readonly SimTask[],
  edges: ReadonlyArray<{ from: string; to: string }>,
): string[] {
  const batchOf = new Map<string, number>();
  specKitBatches(tasks).forEach((batch, i) => batch.forEach((id) => batchOf.set(id, i)));
  const forced = new Set<string>();
  for (const e of edges) {
    const b = batchOf.get(e.to);
    if (b !== undefined && b === batchOf.get(e.from) && e.from !== e.to) forced.add(e.to);
  }
  return tasks.filter((t) => forced.has(t.id)).map((t) => t.id);
}

/** A duration model: every task takes one unit. */
export const equalDurations = (): number => 1;

/** A log-normal duration (median 1, sigma 0.8) seeded by the task ID: the same ID always gets the same time. */
export function logNormalDuration(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  const random = mulberry32(h);
  const u1 = Math.max(random(), 1e-12);
  const u2 = random();
  const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  return Math.exp(0.8 * z);
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
