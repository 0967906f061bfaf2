// `npm run bench`: the four benchmarks of issue 5 in order, one table each, and bench/results.json.
// Options: --only schedule,execution,planner,git  --quick (smaller sizes; a smoke run)  --out FILE  --corpus DIR
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { BenchArgsError, parseBenchArgs, type BenchmarkName } from "./bench-args.js";
import { corpusDir } from "./corpus-dir.js";
import { executionSpeedup } from "./execution-speedup.js";
import { gitCost } from "./git-cost.js";
import { readMachineFacts } from "./machine-facts.js";
import { plannerScale } from "./planner-scale.js";
import {
  renderExecution,
  renderGitCost,
  renderPlannerScale,
  renderScheduleQuality,
} from "./render-results.js";
import { scheduleQuality } from "./schedule-quality.js";

const here = dirname(fileURLToPath(import.meta.url));

let args;
try {
  args = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof BenchArgsError)) throw error;
  process.stderr.write(`bench: ${error.message}\n`);
  process.exit(2);
}

const settings = args.quick
  ? {
      execution: { sleepMs: 200, repeats: 1 },
      planner: { sizes: [100, 1_000, 5_000], repeats: 1 },
      git: {
        repos: [
          { name: "large", files: 2_000 },
          { name: "small", files: 20 },
          { name: "huge", files: 5_000, tasks: 1 },
        ],
        tasks: 2,
        run: { tasks: 6, parallel: 3 },
      },
    }
  : {
      execution: { sleepMs: 1_500, repeats: 3 },
      planner: { sizes: [1_000, 10_000, 50_000], repeats: 3 },
      git: {
        repos: [
          { name: "large", files: 20_000 },
          // A task's git work takes about 0.1 s here, a whole run under a second: noise needs more samples.
          { name: "small", files: 20, tasks: 30, runs: 5 },
          // Fewer tasks: a fresh worktree of 100,000 files takes tens of seconds here.
          { name: "huge", files: 100_000, tasks: 3 },
        ],
        tasks: 5,
        run: { tasks: 9, parallel: 3 },
      },
    };

const titles: Record<BenchmarkName, string> = {
  schedule: "1. Schedule quality on real task lists (simulation)",
  execution: "2. Real execution speed-up (implement(), sleeping script agents)",
  planner: "3. Planner scale",
  git: "4. Git cost per task",
};

const startedAt = new Date();
const started = performance.now();
const results: Record<string, unknown> = {
  schema: 1,
  date: startedAt.toISOString(),
  quick: args.quick,
  only: args.only,
  machine: readMachineFacts(),
  settings,
  durationMs: 0,
  elapsedMs: {},
  schedule: null,
  execution: null,
  planner: null,
  git: null,
  errors: {},
};
const elapsed = results.elapsedMs as Partial<Record<BenchmarkName, number>>;
const errors = results.errors as Partial<Record<BenchmarkName, string>>;

const runners: Record<BenchmarkName, () => Promise<{ value: unknown; text: string }>> = {
  schedule: async () => {
    const value = await scheduleQuality(args.corpus ? resolve(args.corpus) : join(corpusDir, "tasks"));
    return { value, text: renderScheduleQuality(value) };
  },
  execution: async () => {
    const value = await executionSpeedup({ ...settings.execution, env: process.env });
    return { value, text: renderExecution(value) };
  },
  planner: () => {
    const value = plannerScale(settings.planner.sizes, settings.planner.repeats);
    return Promise.resolve({ value, text: renderPlannerScale(value) });
  },
  git: async () => {
    const value = await gitCost({ ...settings.git, env: process.env });
    return { value, text: renderGitCost(value) };
  },
};

const facts = results.machine as ReturnType<typeof readMachineFacts>;
process.stdout.write(
  `maestro benchmarks${args.quick ? " (--quick: smoke sizes, not figures to quote)" : ""}, ` +
    `${startedAt.toISOString()}\nnode ${facts.node}, git ${facts.git}, ${facts.cpus} x ${facts.cpuModel}, ` +
    `${facts.memoryGiB} GiB, ${facts.platform}\n`,
);
for (const name of args.only) {
  process.stdout.write(`\n## ${titles[name]}\n\n`);
  const start = performance.now();
  try {
    const { value, text } = await runners[name]();
    results[name] = value;
    process.stdout.write(`${text}\n`);
  } catch (error) {
    errors[name] = error instanceof Error ? error.message : String(error);
    process.stdout.write(`FAILED: ${errors[name]}\n`);
    process.exitCode = 1;
  }
  elapsed[name] = performance.now() - start;
  process.stdout.write(`(${(elapsed[name] / 1000).toFixed(1)} s)\n`);
}
results.durationMs = performance.now() - started;

// Three decimals are plenty for milliseconds and ratios, and keep the file diffable.
const rounded = (_key: string, value: unknown) =>
  typeof value === "number" && !Number.isInteger(value) ? Math.round(value * 1000) / 1000 : value;
const out = resolve(args.out ?? join(here, args.quick ? "results.quick.json" : "results.json"));
mkdirSync(dirname(out), { recursive: true });
carryOver(out, args.only);
writeFileSync(out, `${JSON.stringify(results, rounded, 2)}\n`);
process.stdout.write(
  `\nwhole run ${((results.durationMs as number) / 1000).toFixed(1)} s; results in ${out}\n`,
);

/**
 * With --only, the benchmarks not run keep their figures (and settings, time, error) from the file being
 * rewritten, so a partial run updates its own entries without wiping the others'.
 */
function carryOver(file: string, only: readonly BenchmarkName[]): void {
  if (!existsSync(file)) return;
  const previous = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  const sub = (record: unknown) => (record ?? {}) as Record<string, unknown>;
  for (const name of Object.keys(titles) as BenchmarkName[]) {
    if (only.includes(name) || previous[name] === undefined) continue;
    results[name] = previous[name];
    for (const key of ["settings", "elapsedMs", "errors"]) {
      const value = sub(previous[key])[name];
      if (value !== undefined) sub(results[key])[name] = value;
    }
  }
}
