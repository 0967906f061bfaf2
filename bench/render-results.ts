import type { ExecutionSpeedup } from "./execution-speedup.js";
import { formatTable, ratio } from "./format-table.js";
import { GIT_STEPS, type GitCost } from "./git-cost.js";
import type { PlannerScale } from "./planner-scale.js";
import type { ScheduleQuality } from "./schedule-quality.js";

/** Milliseconds for a table cell: one decimal below 100 ms, whole milliseconds above. */
export const ms = (value: number): string => (value < 100 ? value.toFixed(1) : value.toFixed(0));

const percent = (share: number): string => `${Math.round(share * 100)}%`;
const count = (n: number): string => n.toLocaleString("en-US");
const shorten = (name: string, max: number): string =>
  name.length <= max ? name : `${name.slice(0, max - 1)}…`;

/** Benchmark 1: one row per task list, then the medians; ratios for both duration models. */
export function renderScheduleQuality(result: ScheduleQuality): string {
  const { equal, logNormal } = result.models;
  const rows = equal.rows.map((row, i) => {
    const ln = logNormal.rows[i] ?? row;
    return [
      shorten(row.file.replace(/\.md$/, ""), 48),
      String(row.tasks),
      String(row.waves),
      String(row.parallelMarked),
      String(row.forcedApart),
      ratio(row.vsSequential),
      ratio(row.vsSpecKit),
      ratio(row.vsLimit),
      ratio(ln.vsSequential),
      ratio(ln.vsSpecKit),
      ratio(ln.vsLimit),
    ];
  });
  const f = result.forcedApart;
  rows.push([
    `median of ${equal.rows.length} (sums for [P], apart)`,
    "",
    "",
    String(f.parallelMarked),
    String(f.forcedApart),
    ratio(equal.median.vsSequential),
    ratio(equal.median.vsSpecKit),
    ratio(equal.median.vsLimit),
    ratio(logNormal.median.vsSequential),
    ratio(logNormal.median.vsSpecKit),
    ratio(logNormal.median.vsLimit),
  ]);
  const table = formatTable(
    [
      "task list",
      "tasks",
      "waves",
      "[P]",
      "apart",
      "eq m/seq",
      "eq m/sk",
      "eq m/lim",
      "ln m/seq",
      "ln m/sk",
      "ln m/lim",
    ],
    rows,
  );
  const notes = [
    "m/seq = maestro / sequential, m/sk = maestro / spec-kit rules, m/lim = maestro / limit (lower is better;",
    "m/lim >= 1). eq: every task takes 1; ln: log-normal durations seeded by task ID. [P]: tasks the authors",
    `marked [P]; apart: of those, tasks maestro's edges put after a task of their own [P] run ` +
      `(${percent(f.share)} overall).`,
    ...result.skipped.map((s) => `skipped ${s.file}: ${s.error}`),
  ];
  return `${table}\n${notes.join("\n")}`;
}

/** Benchmark 2: sequential and parallel runs side by side, the ratio and maestro's overhead per task. */
export function renderExecution(result: ExecutionSpeedup): string {
  const row = (label: string, mode: ExecutionSpeedup["sequential"]) => [
    label,
    ms(mode.wallMs),
    mode.runs.map((r) => ms(r.wallMs)).join(" / "),
    ms(mode.sleepOnScheduleMs),
    ms(mode.overheadPerTaskMs),
    mode.runs[0]?.waves.map((w) => w.length).join("+") ?? "",
  ];
  const table = formatTable(
    [
      "max parallel",
      "wall ms (median)",
      "runs ms",
      "agent sleep on schedule ms",
      "overhead/task ms",
      "waves",
    ],
    [row("1", result.sequential), row("3 (default)", result.parallel)],
  );
  const verdict = result.pass ? "PASS" : "FAIL";
  return [
    table,
    `${result.tasks} tasks, each a script agent sleeping ${ms(result.sleepMs)} ms; median of ${result.repeats} runs each.`,
    `wall-time ratio (max parallel 3 / 1): ${ratio(result.ratio)}  ${verdict} (must be <= ${ratio(result.threshold)})`,
  ].join("\n");
}

/** Benchmark 3: median times per size, growth between sizes, and the dominant step. */
export function renderPlannerScale(result: PlannerScale): string {
  const sizes = formatTable(
    ["tasks", "parse ms", "detect ms", "plan ms", "total ms", "edges", "waves"],
    result.sizes.map((s) => [
      count(s.tasks),
      ms(s.parseMs),
      ms(s.detectMs),
      ms(s.planMs),
      ms(s.totalMs),
      count(s.edges),
      String(s.waves),
    ]),
  );
  const growth = formatTable(
    ["growth", "linear would be", "parse", "detect", "plan", "total"],
    result.growth.map((g) => [
      g.label,
      g.linear.toFixed(1),
      g.parse.toFixed(1),
      g.detect.toFixed(1),
      g.plan.toFixed(1),
      g.total.toFixed(1),
    ]),
  );
  const last = result.sizes[result.sizes.length - 1];
  return [
    sizes,
    growth,
    `median of ${result.repeats} runs after a warm-up; dominant step at ${count(last?.tasks ?? 0)} tasks: ` +
      `${result.dominant.step} (${percent(result.dominant.share)} of the total)`,
  ].join("\n");
}

/** Benchmark 4's targets: slots cost at most this share of a fresh worktree's git time per task... */
const LARGE_REPO_FILES = 20_000;
const LARGE_REPO_TARGET = 0.1;
/** ...and, on small repositories, are no slower. */
const SMALL_REPO_FILES = 1_000;

/** Benchmark 4: per repository and step, slots next to fresh worktrees, raw git and a sparse checkout. */
export function renderGitCost(result: GitCost): string {
  const rows: string[][] = [];
  for (const repo of result.repos) {
    for (const step of [...GIT_STEPS, "total"] as const) {
      const { slot, fresh, raw, sparse } = repo.median;
      const cells = [slot[step], fresh[step], raw[step], sparse[step]].map(ms);
      rows.push([
        `${repo.name} (${count(repo.files)} files)`,
        step,
        ...cells,
        ratio(slot[step] / fresh[step]),
      ]);
    }
  }
  const perTask = formatTable(
    ["repository", "step", "slot ms", "fresh ms", "raw git ms", "sparse ms", "slot/fresh"],
    rows,
  );
  const wholeRun = formatTable(
    ["repository", "tasks", "at once", "runs", "fresh ms", "slots ms", "slots/fresh"],
    result.repos.map(({ name, files, wholeRun: w }) => [
      `${name} (${count(files)} files)`,
      String(w.tasks),
      String(w.parallel),
      String(w.runs),
      ms(w.freshMs),
      ms(w.slotMs),
      ratio(w.slotMs / w.freshMs),
    ]),
  );
  return [perTask, ...result.repos.map(describeGitRepo), "", "Whole run (git work only):", wholeRun].join(
    "\n",
  );
}

function describeGitRepo(repo: GitCost["repos"][number]): string {
  const { slot, fresh, raw, sparse } = repo.median;
  const share = slot.total / fresh.total;
  const verdict =
    repo.files >= LARGE_REPO_FILES
      ? ` Target at most ${ratio(LARGE_REPO_TARGET)}: ${share <= LARGE_REPO_TARGET ? "PASS" : "FAIL"}.`
      : repo.files < SMALL_REPO_FILES
        ? ` Target no slower: ${share <= 1 ? "PASS" : "FAIL"}.`
        : "";
  return (
    `${repo.name}: median of ${repo.tasks} tasks per column. A slot costs ${ms(slot.total)} ms of git per ` +
    `task against ${ms(fresh.total)} ms for a fresh worktree (${ratio(share)}x; costliest step ` +
    `${repo.dominant.step}, ${percent(repo.dominant.share)}).${verdict} maestro's adapter adds ` +
    `${ms(fresh.total - raw.total)} ms over the same fresh-worktree commands by hand; a sparse checkout ` +
    `takes ${ratio(sparse.total / raw.total)}x the time of a full one.`
  );
}
