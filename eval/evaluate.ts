/** The evaluation's measures, each over one planned list. Pure: plans come in as PlanViews. */
import { EdgeGraph } from "./graph.js";
import type { LabelFile } from "./labels.js";
import { nonBindingReason, quoteOf } from "./non-binding.js";
import { authorParallelPairs } from "./parallel-blocks.js";
import type { PlanView, ViewEdge } from "./plan-view.js";

/** A labelled must-order pair maestro does not keep. */
export interface OrderViolation {
  labels: string;
  line: number;
  before: string;
  after: string;
  why: string;
  /** Waves maestro gave them (null: no wave). */
  waves: [number | null, number | null];
}

/** A labelled must-parallel pair maestro puts in different waves. */
export interface ParallelMiss {
  labels: string;
  line: number;
  a: string;
  b: string;
  why: string;
  waves: [number | null, number | null];
  /** maestro has no path between them: only their chain lengths differ. */
  noPath: boolean;
}

/** One labels file against maestro's plan of its list. */
export interface LabelledResult {
  labels: string;
  list: string;
  /** `byPath`: held because a path of edges leads from one to the other, not only by the waves. */
  order: { held: number; total: number; byPath: number };
  parallel: { sameWave: number; total: number; noPath: number };
  violations: OrderViolation[];
  /** Pairs the waves keep although no edge path does: a re-plan at run time need not keep them. */
  unbacked: OrderViolation[];
  misses: ParallelMiss[];
}

/** The IDs a label names, with a group standing for its sub-tasks. */
function leaves(view: PlanView, id: string): string[] {
  const task = view.byId.get(id);
  return task && task.leaves.length > 0 ? task.leaves : [id];
}

const waveOf = (view: PlanView, id: string): number | null => view.byId.get(id)?.wave ?? null;

/** Checks every labelled pair of one labels file against the plan of its list. */
export function evaluateLabels(labels: LabelFile, view: PlanView): LabelledResult {
  const graph = new EdgeGraph(view.edges);
  const result: LabelledResult = {
    labels: labels.file,
    list: labels.list,
    order: { held: 0, total: 0, byPath: 0 },
    parallel: { sameWave: 0, total: 0, noPath: 0 },
    violations: [],
    unbacked: [],
    misses: [],
  };
  for (const p of labels.pairs) {
    if (p.kind === "order") {
      for (const before of leaves(view, p.before)) {
        for (const after of leaves(view, p.after)) {
          const wb = waveOf(view, before);
          const wa = waveOf(view, after);
          result.order.total++;
          const pair: OrderViolation = {
            labels: labels.file,
            line: p.line,
            before,
            after,
            why: p.why,
            waves: [wb, wa],
          };
          const held = wb !== null && wa !== null && wb < wa;
          if (!held) result.violations.push(pair);
          else if (graph.path(before, after).any) result.order.byPath++;
          else result.unbacked.push(pair);
          if (held) result.order.held++;
        }
      }
    } else {
      for (const a of leaves(view, p.a)) {
        for (const b of leaves(view, p.b)) {
          const wa = waveOf(view, a);
          const wb = waveOf(view, b);
          const noPath = !graph.connected(a, b);
          result.parallel.total++;
          if (noPath) result.parallel.noPath++;
          if (wa !== null && wa === wb) result.parallel.sameWave++;
          else
            result.misses.push({
              labels: labels.file,
              line: p.line,
              a,
              b,
              why: p.why,
              waves: [wa, wb],
              noPath,
            });
        }
      }
    }
  }
  return result;
}

/** The authors' parallel statements of one list against maestro's waves. */
export interface ParallelBlockResult {
  list: string;
  pairs: number;
  sameWave: number;
  /** Apart, with no path between them. */
  noPath: number;
  /** Apart, and every path between them is structure, cue or statement edges only. */
  restsOnNothing: number;
  /** A few of the pairs maestro separates, for the report. */
  examples: Array<{ a: string; b: string; line: number; separation: string }>;
}

/** Recall of the authors' parallel statements in one list (`text`: the list's own text). */
export function evaluateParallelBlocks(view: PlanView, text: string): ParallelBlockResult {
  const workers = new Set(view.tasks.filter((t) => t.wave !== null).map((t) => t.id));
  const pairs = authorParallelPairs(text, workers);
  const graph = new EdgeGraph(view.edges);
  const result: ParallelBlockResult = {
    list: view.path,
    pairs: pairs.length,
    sameWave: 0,
    noPath: 0,
    restsOnNothing: 0,
    examples: [],
  };
  for (const p of pairs) {
    if (waveOf(view, p.a) === waveOf(view, p.b)) {
      result.sameWave++;
      continue;
    }
    const separation = graph.separation(p.a, p.b);
    if (separation === "no-path") result.noPath++;
    if (separation === "rests-on-nothing") result.restsOnNothing++;
    if (result.examples.length < 3) result.examples.push({ a: p.a, b: p.b, line: p.line, separation });
  }
  return result;
}

/** Two tasks of one wave that name the same file. */
export interface SameFilePair {
  list: string;
  wave: number;
  a: string;
  b: string;
  file: string;
}

/** An edge worth listing: where it is, and why it is there. */
export interface ListedEdge {
  list: string;
  from: string;
  to: string;
  origin: string;
  line: number | null;
  reason: string;
  /** For a non-binding edge: what makes its sentence non-binding. */
  why?: string;
}

/** The counts of part (c) for one list. */
export interface ListCounts {
  sameFile: SameFilePair[];
  backwardProse: ListedEdge[];
  nonBinding: ListedEdge[];
}

/** Same-file pairs in a wave, backward statement/cue edges, and edges from non-binding sentences. */
export function countList(view: PlanView): ListCounts {
  const sameFile: SameFilePair[] = [];
  view.waves.forEach((wave, i) => {
    const owner = new Map<string, string[]>();
    for (const id of wave) {
      for (const f of new Set(view.byId.get(id)?.files ?? [])) {
        const list = owner.get(f) ?? [];
        for (const other of list) sameFile.push({ list: view.path, wave: i + 1, a: other, b: id, file: f });
        list.push(id);
        owner.set(f, list);
      }
    }
  });
  const listed = (e: ViewEdge, why?: string): ListedEdge => ({
    list: view.path,
    from: e.from,
    to: e.to,
    origin: e.origin,
    line: e.line,
    reason: e.reason,
    ...(why === undefined ? {} : { why }),
  });
  const backwardProse = view.edges
    .filter((e) => e.backward && (e.origin === "statement" || e.origin === "cue"))
    .map((e) => listed(e));
  const nonBinding: ListedEdge[] = [];
  // The sentence of a statement edge: in the list's only file (a GSD phase has several; skip those).
  const only = view.lines.size === 1 ? [...view.lines.values()][0] : undefined;
  if (only) {
    for (const e of view.edges) {
      if (e.origin !== "statement" || e.line === null) continue;
      const why = nonBindingReason(only, e.line, quoteOf(e.reason));
      if (why !== null) nonBinding.push(listed(e, why));
    }
  }
  return { sameFile, backwardProse, nonBinding };
}

/** A GSD phase: plans whose wave differs from the author's. */
export function gsdWaveMismatches(
  view: PlanView,
): Array<{ id: string; author: number; maestro: number | null }> {
  return view.tasks
    .filter((t) => t.authorWave !== null && t.authorWave !== t.wave)
    .map((t) => ({ id: t.id, author: t.authorWave ?? 0, maestro: t.wave }));
}
