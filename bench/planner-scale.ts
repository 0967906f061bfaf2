import { performance } from "node:perf_hooks";
import { detectDependencies } from "../src/core/detect/detect-dependencies.js";
import type { TaskList } from "../src/core/model/task.js";
import { parseTaskList } from "../src/core/parse/parse-task-list.js";
import { criticalPath } from "../src/core/plan/critical-path.js";
import { planWaves } from "../src/core/plan/plan-waves.js";
import { generateTaskList } from "./generate-task-list.js";
import { median } from "./measure.js";

/** The planner's three steps. */
export type PlannerStep = "parse" | "detect" | "plan";

/** Median times of one list size. */
export interface PlannerSizeRow {
  tasks: number;
  /** Bytes of the generated tasks.md. */
  bytes: number;
  parseMs: number;
  detectMs: number;
  /** Waves and critical path (what buildPlan does after detection). */
  planMs: number;
  totalMs: number;
  edges: number;
  waves: number;
}

/** Growth from one size to the next: the time ratio per step, and the ratio a linear planner would show. */
export interface PlannerGrowth {
  label: string;
  linear: number;
  parse: number;
  detect: number;
  plan: number;
  total: number;
}

/** Benchmark 3's result. */
export interface PlannerScale {
  repeats: number;
  sizes: PlannerSizeRow[];
  growth: PlannerGrowth[];
  /** The step that takes the most time at the largest size, and its share of the total. */
  dominant: { step: PlannerStep; share: number };
}

const k = (n: number): string => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));

function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

/**
 * Benchmark 3: parse, detect and plan generated spec-kit lists of each size, `repeats` times (after one
 * untimed warm-up run), and report the medians and the growth from each size to the next.
 */
export function plannerScale(sizes: readonly number[], repeats: number): PlannerScale {
  const rows: PlannerSizeRow[] = [];
  for (const count of sizes) {
    const text = generateTaskList(count);
    const parse: number[] = [];
    const detect: number[] = [];
    const plan: number[] = [];
    let edges = 0;
    let waves = 0;
    for (let run = 0; run <= repeats; run++) {
      const parsed = timed((): TaskList => parseTaskList({ kind: "file", path: "tasks.md", text }));
      const detected = timed(() => detectDependencies(parsed.value));
      const ids = parsed.value.tasks.filter((t) => !t.group).map((t) => t.id);
      const planned = timed(() => {
        const result = planWaves(ids, detected.value.edges, new Set());
        criticalPath(ids, detected.value.edges, new Set());
        return result;
      });
      edges = detected.value.edges.length;
      waves = planned.value.waves.length;
      if (run === 0) continue; // warm-up: the JIT compiles on this one
      parse.push(parsed.ms);
      detect.push(detected.ms);
      plan.push(planned.ms);
    }
    const row = { parseMs: median(parse), detectMs: median(detect), planMs: median(plan) };
    rows.push({
      tasks: count,
      bytes: Buffer.byteLength(text),
      ...row,
      totalMs: row.parseMs + row.detectMs + row.planMs,
      edges,
      waves,
    });
  }
  const growth: PlannerGrowth[] = [];
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1] as PlannerSizeRow;
    const b = rows[i] as PlannerSizeRow;
    growth.push({
      label: `${k(b.tasks)}/${k(a.tasks)}`,
      linear: b.tasks / a.tasks,
      parse: b.parseMs / a.parseMs,
      detect: b.detectMs / a.detectMs,
      plan: b.planMs / a.planMs,
      total: b.totalMs / a.totalMs,
    });
  }
  const last = rows[rows.length - 1];
  const steps: Array<[PlannerStep, number]> = last
    ? [
        ["parse", last.parseMs],
        ["detect", last.detectMs],
        ["plan", last.planMs],
      ]
    : [];
  const [step, ms] = steps.reduce((best, s) => (s[1] > best[1] ? s : best), ["parse", -1]);
  return {
    repeats,
    sizes: rows,
    growth,
    dominant: { step, share: last && last.totalMs > 0 ? ms / last.totalMs : 0 },
  };
}
