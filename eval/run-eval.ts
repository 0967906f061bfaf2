/**
 * `npm run eval`: maestro's plans against (a) labelled must-order / must-parallel pairs, (b) the authors'
 * own parallel statements across the corpus, (c) counts that must stay at 0 (same-file pairs in a wave,
 * edges from non-binding sentences) plus backward prose edges, (d) schedule ratios over the corpus, (e) the
 * relations the authors state in words and Depends fields, honoured by the plan or explained by a warning.
 */
import { scheduleAblation, type AblationRow } from "./schedule-ablation.js";
import { readdir } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import {
  countList,
  evaluateLabels,
  evaluateParallelBlocks,
  gsdWaveMismatches,
  type LabelledResult,
  type ListCounts,
  type ListedEdge,
  type OrderViolation,
  type ParallelBlockResult,
  type SameFilePair,
} from "./evaluate.js";
import { LabelError } from "./labels.js";
import { labelFiles, loadLabelled, PlanCache, unplanned, UnplannedListError } from "./load-labelled.js";
import { exists, readText, type PlanView } from "./plan-view.js";
import {
  bySentence,
  checkStatedRelations,
  sentenceLine,
  statedTotals,
  type StatedResult,
} from "./stated-relations.js";

export { labelFiles, loadLabelled, PlanCache, UnplannedListError } from "./load-labelled.js";

/** Where to look and what to run. */
export interface EvalOptions {
  /** The repository root (label `# list:` paths are relative to it; eval/lists and eval/labels live here). */
  repoRoot: string;
  /** The shared corpus (its tasks/ and gsd/ folders). */
  corpusDir: string;
  /** Compute the schedule ratios (d) with bench/schedule-quality.ts. */
  schedule: boolean;
}

/** The figures kept in bench/results.json under `eval` and compared with the next run. */
export interface EvalFigures {
  date: string;
  labelled: {
    files: number;
    /** Labels files that could not be used, as `file:line: problem`. */
    errors: string[];
    /** `byPath`: held by a path of edges, not only by the waves (missing in runs before 2026-12-02). */
    order: { held: number; total: number; recall: number; byPath?: number; byPathShare?: number };
    parallel: { sameWave: number; total: number; recall: number; noPath: number; noPathShare: number };
    lists: Array<{
      labels: string;
      list: string;
      order: { held: number; total: number; byPath?: number };
      parallel: { sameWave: number; total: number; noPath: number };
    }>;
    violations: OrderViolation[];
    /** Held by the waves only: no path of edges keeps them. */
    unbacked?: OrderViolation[];
  };
  parallelBlocks: {
    lists: number;
    pairs: number;
    sameWave: number;
    recall: number;
    separated: number;
    noPath: number;
    restsOnNothing: number;
    restsOnNothingShare: number;
  };
  counts: {
    planned: number;
    skipped: Array<{ list: string; error: string }>;
    sameFileInWave: number;
    backwardProse: number;
    nonBinding: number;
    gsdWaveMismatches: number;
  };
  schedule: {
    lists: number;
    equal: { vsSequential: number; vsLimit: number };
    logNormal: { vsSequential: number; vsLimit: number };
    /** The medians with one kind of edge left out at a time (eval/schedule-ablation.ts). */
    without: AblationRow[];
  } | null;
  /** (e) Stated relations and Depends fields over the corpus task lists and our own lists. */
  stated: ReturnType<typeof statedTotals> & {
    /** Silent violations, one line per sentence: `list:line: N pair(s) [origin]: a < b (waves), ...: "quote"`. */
    silentSentences: string[];
  };
  /** The planner gave no edge `origin`: the harness derived it from kind and reason. */
  derivedOrigins: boolean;
  elapsedMs: number;
}

/** Everything a run found: the figures plus the detail the report lists. */
export interface EvalRun {
  figures: EvalFigures;
  /** Labels files that could not be used (malformed, unknown IDs, or a list that does not plan). */
  labelErrors: LabelError[];
  labelled: LabelledResult[];
  parallelBlocks: ParallelBlockResult[];
  sameFile: SameFilePair[];
  backwardProse: ListedEdge[];
  nonBinding: ListedEdge[];
  gsd: Array<{ list: string; id: string; author: number; maestro: number | null }>;
  /** (e) per list. */
  stated: StatedResult[];
}

/** Runs the whole evaluation. Throws LabelError for a bad labels file. */
export async function runEval(options: EvalOptions): Promise<EvalRun> {
  const started = performance.now();
  const cache = new PlanCache();

  // (a) labelled pairs.
  const labelled: LabelledResult[] = [];
  // A labels file that cannot be used is reported and left out; when only its list does not plan, its
  // must-order pairs count as violated (the plan keeps none of them).
  const labelErrors: LabelError[] = [];
  for (const file of await labelFiles(options.repoRoot)) {
    try {
      const { labels, view } = await loadLabelled(file, options, cache);
      labelled.push(evaluateLabels(labels, view));
    } catch (error) {
      if (!(error instanceof LabelError)) throw error;
      labelErrors.push(error);
      if (error instanceof UnplannedListError) labelled.push(unplanned(error.labels));
    }
  }

  // The lists for (b) and (c): the corpus (tasks and GSD phases) and our own lists.
  const corpusTasks = await listFiles(join(options.corpusDir, "tasks"), ".md");
  const gsdDirs = await listDirs(join(options.corpusDir, "gsd"));
  const ownLists = (await listFiles(join(options.repoRoot, "eval/lists"), ".md")).filter(
    (p) => basename(p).toLowerCase() !== "readme.md",
  );
  const skipped: Array<{ list: string; error: string }> = [];
  const views: PlanView[] = [];
  for (const path of [...corpusTasks, ...gsdDirs, ...ownLists]) {
    try {
      views.push(await cache.get(path));
    } catch (error) {
      skipped.push({ list: path, error: error instanceof Error ? error.message : String(error) });
    }
  }

  // (b) the authors' parallel statements over the corpus task lists.
  const parallelBlocks: ParallelBlockResult[] = [];
  for (const view of views.filter((v) => corpusTasks.includes(v.path))) {
    const result = evaluateParallelBlocks(view, await readText(view.path));
    if (result.pairs > 0) parallelBlocks.push(result);
  }

  // (c) counts.
  const counts: ListCounts = { sameFile: [], backwardProse: [], nonBinding: [] };
  const gsd: EvalRun["gsd"] = [];
  for (const view of views) {
    const c = countList(view);
    counts.sameFile.push(...c.sameFile);
    counts.backwardProse.push(...c.backwardProse);
    counts.nonBinding.push(...c.nonBinding);
    if (gsdDirs.includes(view.path))
      gsd.push(...gsdWaveMismatches(view).map((m) => ({ list: view.path, ...m })));
  }

  // (e) stated relations, over the task lists (not the GSD phases: (c) checks their plans against the authors' waves).
  const stated = views.filter((v) => !gsdDirs.includes(v.path)).map(checkStatedRelations);
  const silentSentences = bySentence(
    stated.flatMap((r) => r.violations).filter((v) => v.warning === null),
  ).map((s) => sentenceLine(s, shortName(s.list, options)));

  // (d) schedule ratios, as benchmark 1 computes them.
  let schedule: EvalFigures["schedule"] = null;
  if (options.schedule) {
    const { planFolder, scheduleQuality } = await import("../bench/schedule-quality.js");
    const tasksDir = join(options.corpusDir, "tasks");
    // Planned once for both: the ratios and where the time goes.
    const folder = await planFolder(tasksDir);
    const q = await scheduleQuality(tasksDir, folder);
    schedule = {
      lists: q.models.equal.rows.length,
      equal: { vsSequential: q.models.equal.median.vsSequential, vsLimit: q.models.equal.median.vsLimit },
      logNormal: {
        vsSequential: q.models.logNormal.median.vsSequential,
        vsLimit: q.models.logNormal.median.vsLimit,
      },
      without: scheduleAblation(folder.plans),
    };
  }

  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  const share = (n: number, d: number): number => (d === 0 ? 0 : n / d);
  const orderHeld = sum(labelled.map((l) => l.order.held));
  const orderTotal = sum(labelled.map((l) => l.order.total));
  const orderByPath = sum(labelled.map((l) => l.order.byPath));
  const parSame = sum(labelled.map((l) => l.parallel.sameWave));
  const parTotal = sum(labelled.map((l) => l.parallel.total));
  const parNoPath = sum(labelled.map((l) => l.parallel.noPath));
  const blockPairs = sum(parallelBlocks.map((b) => b.pairs));
  const blockSame = sum(parallelBlocks.map((b) => b.sameWave));
  const blockNothing = sum(parallelBlocks.map((b) => b.restsOnNothing));
  const figures: EvalFigures = {
    date: new Date().toISOString(),
    labelled: {
      files: labelled.length,
      errors: labelErrors.map((e) => e.message),
      order: {
        held: orderHeld,
        total: orderTotal,
        recall: share(orderHeld, orderTotal),
        byPath: orderByPath,
        byPathShare: share(orderByPath, orderTotal),
      },
      parallel: {
        sameWave: parSame,
        total: parTotal,
        recall: share(parSame, parTotal),
        noPath: parNoPath,
        noPathShare: share(parNoPath, parTotal),
      },
      lists: labelled.map((l) => ({ labels: l.labels, list: l.list, order: l.order, parallel: l.parallel })),
      violations: labelled.flatMap((l) => l.violations),
      unbacked: labelled.flatMap((l) => l.unbacked),
    },
    parallelBlocks: {
      lists: parallelBlocks.length,
      pairs: blockPairs,
      sameWave: blockSame,
      recall: share(blockSame, blockPairs),
      separated: blockPairs - blockSame,
      noPath: sum(parallelBlocks.map((b) => b.noPath)),
      restsOnNothing: blockNothing,
      restsOnNothingShare: share(blockNothing, blockPairs - blockSame),
    },
    counts: {
      planned: views.length,
      skipped: skipped.map((s) => ({ list: shortName(s.list, options), error: s.error })),
      sameFileInWave: counts.sameFile.length,
      backwardProse: counts.backwardProse.length,
      nonBinding: counts.nonBinding.length,
      gsdWaveMismatches: gsd.length,
    },
    schedule,
    stated: { ...statedTotals(stated), silentSentences },
    derivedOrigins: views.some((v) => v.derived),
    elapsedMs: Math.round(performance.now() - started),
  };
  return {
    figures,
    labelErrors,
    labelled,
    parallelBlocks,
    sameFile: counts.sameFile,
    backwardProse: counts.backwardProse,
    nonBinding: counts.nonBinding,
    gsd,
    stated,
  };
}

/** Whether the run must fail: a must-order pair violated, or a count that must be 0 is not. */
export function failures(figures: EvalFigures): string[] {
  const out: string[] = [];
  const { order } = figures.labelled;
  if (order.held < order.total) out.push(`${order.total - order.held} labelled must-order pair(s) violated`);
  if (figures.counts.sameFileInWave > 0)
    out.push(`${figures.counts.sameFileInWave} same-file pair(s) in one wave`);
  if (figures.counts.nonBinding > 0)
    out.push(`${figures.counts.nonBinding} edge(s) from non-binding sentences`);
  if (figures.stated.silent > 0)
    out.push(`${figures.stated.silent} stated pair(s) broken with no warning saying why`);
  if (figures.labelled.errors.length > 0)
    out.push(`${figures.labelled.errors.length} labels file(s) unusable`);
  return out;
}

/** A list's path as the report shows it: `corpus:tasks/x.md` or repository-relative. */
export function shortName(path: string, options: Pick<EvalOptions, "repoRoot" | "corpusDir">): string {
  const inCorpus = relative(options.corpusDir, path);
  if (!inCorpus.startsWith("..")) return `corpus:${inCorpus}`;
  const inRepo = relative(options.repoRoot, path);
  return inRepo.startsWith("..") ? basename(path) : inRepo;
}

async function listFiles(dir: string, ext: string): Promise<string[]> {
  if (!(await exists(dir))) return [];
  return (await readdir(dir))
    .filter((n) => n.endsWith(ext))
    .sort()
    .map((n) => join(dir, n));
}

async function listDirs(dir: string): Promise<string[]> {
  if (!(await exists(dir))) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => join(dir, e.name))
    .sort();
}

/**
 * The figures as kept in bench/results.json: per-list results and violated pairs as one line each, so the
 * file stays readable and diffs show what changed.
 */
export function storedFigures(f: EvalFigures): Record<string, unknown> {
  return {
    ...f,
    labelled: {
      ...f.labelled,
      lists: f.labelled.lists.map(
        (l) =>
          `${l.labels}: must-order ${l.order.held}/${l.order.total}, must-parallel ${l.parallel.sameWave}/${l.parallel.total} (no path ${l.parallel.noPath})`,
      ),
      violations: f.labelled.violations.map(pairLine),
      unbacked: (f.labelled.unbacked ?? []).map(pairLine),
    },
  };
}

function pairLine(v: OrderViolation): string {
  return `${v.labels}:${v.line}: ${v.before} < ${v.after} (waves ${v.waves[0] ?? "-"}, ${v.waves[1] ?? "-"})`;
}
