/** Labels files and the plans of their lists: finding, parsing and planning them (each list once). */
import { readdir } from "node:fs/promises";
import { join, relative } from "node:path";
import type { LabelledResult } from "./evaluate.js";
import { checkLabelIds, LabelError, parseLabels, resolveListPath, type LabelFile } from "./labels.js";
import { exists, planView, readText, type PlanView } from "./plan-view.js";

/** The labels files present: eval/labels/corpus/*.txt and eval/labels/own/*.txt, sorted. */
export async function labelFiles(repoRoot: string): Promise<string[]> {
  const out: string[] = [];
  for (const dir of ["eval/labels/corpus", "eval/labels/own"]) {
    const abs = join(repoRoot, dir);
    if (!(await exists(abs))) continue;
    for (const name of (await readdir(abs)).filter((n) => n.endsWith(".txt")).sort())
      out.push(join(abs, name));
  }
  return out;
}

/** A labels file, parsed, with its list planned and its IDs checked. Throws LabelError naming file:line. */
export async function loadLabelled(
  file: string,
  options: { repoRoot: string; corpusDir: string },
  cache = new PlanCache(),
): Promise<{ labels: LabelFile; view: PlanView }> {
  const shown = relative(options.repoRoot, file) || file;
  const labels = parseLabels(await readText(file), shown);
  const path = resolveListPath(labels.list, options.repoRoot, options.corpusDir);
  let view: PlanView;
  try {
    view = await cache.get(path);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UnplannedListError(labels, `the list ${labels.list} does not plan: ${message}`);
  }
  const known = new Set(view.tasks.map((t) => t.id));
  checkLabelIds(labels, known);
  return { labels, view };
}

/** A labels file whose list maestro refuses to plan. */
export class UnplannedListError extends LabelError {
  constructor(
    readonly labels: LabelFile,
    problem: string,
  ) {
    super(labels.file, labels.listLine, problem);
  }
}

/** The result of a labels file whose list does not plan: every pair unmet. */
export function unplanned(labels: LabelFile): LabelledResult {
  const order = labels.pairs.filter((p) => p.kind === "order");
  const parallel = labels.pairs.filter((p) => p.kind === "parallel");
  return {
    labels: labels.file,
    list: labels.list,
    order: { held: 0, total: order.length, byPath: 0 },
    parallel: { sameWave: 0, total: parallel.length, noPath: 0 },
    violations: order.map((p) => ({
      labels: labels.file,
      line: p.line,
      before: p.before,
      after: p.after,
      why: p.why,
      waves: [null, null],
    })),
    unbacked: [],
    misses: parallel.map((p) => ({
      labels: labels.file,
      line: p.line,
      a: p.a,
      b: p.b,
      why: p.why,
      waves: [null, null],
      noPath: true,
    })),
  };
}

/** Plans each path once. */
export class PlanCache {
  private readonly plans = new Map<string, Promise<PlanView>>();
  get(path: string): Promise<PlanView> {
    let p = this.plans.get(path);
    if (!p) {
      p = planView(path);
      this.plans.set(path, p);
    }
    return p;
  }
}
