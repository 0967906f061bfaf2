/** The evaluation's report on stdout: per-list lines, then totals, each beside the previous run's figure. */
import { basename } from "node:path";
import type { ListedEdge } from "./evaluate.js";
import type { EvalFigures, EvalRun } from "./run-eval.js";
import { bySentence as statedBySentence, sentenceLine } from "./stated-relations.js";

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const ratio = (x: number): string => x.toFixed(3);

/** `now (prev X)`: the previous figure, or `(prev -)` when there is none. */
function beside<T>(now: T, prev: T | undefined, show: (x: T) => string): string {
  return `${show(now)} (prev ${prev === undefined ? "-" : show(prev)})`;
}

/** Reads a figure from an earlier run's JSON without trusting its shape. */
function dig(prev: unknown, ...keys: string[]): number | undefined {
  let v: unknown = prev;
  for (const k of keys) {
    if (typeof v !== "object" || v === null) return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return typeof v === "number" ? v : undefined;
}

export function renderReport(run: EvalRun, previous: unknown, maxListed = 30): string {
  const f: EvalFigures = run.figures;
  const out: string[] = [];
  const p = (...keys: string[]): number | undefined => dig(previous, ...keys);
  out.push(
    `maestro eval, ${f.date}${f.derivedOrigins ? "  (edge origin/line/backward derived by the harness: the planner does not give them yet)" : ""}`,
  );
  out.push("");
  out.push(`## (a) Labelled pairs: ${f.labelled.files} labels files`);
  for (const e of f.labelled.errors) out.push(`  ERROR ${e}`);
  for (const l of run.labelled) {
    const par =
      l.parallel.total === 0
        ? ""
        : `  must-parallel ${l.parallel.sameWave}/${l.parallel.total} same wave (no path ${l.parallel.noPath})`;
    out.push(
      `  ${l.labels.replace(/^eval\/labels\//, "").padEnd(64)} must-order ${l.order.held}/${l.order.total}${par}`,
    );
  }
  for (const group of ["corpus", "own"]) {
    const ls = run.labelled.filter((l) => l.labels.includes(`labels/${group}/`));
    if (ls.length === 0) continue;
    const sum = (pick: (l: (typeof ls)[number]) => number): number => ls.reduce((a, l) => a + pick(l), 0);
    out.push(
      `  ${`${group} (${ls.length} lists)`.padEnd(64)} must-order ${sum((l) => l.order.held)}/${sum((l) => l.order.total)}  must-parallel ${sum((l) => l.parallel.sameWave)}/${sum((l) => l.parallel.total)} same wave`,
    );
  }
  const violations = f.labelled.violations;
  if (violations.length > 0) {
    out.push("");
    out.push(
      `  violated must-order pairs (${violations.length}${violations.length > maxListed ? `, first ${maxListed}` : ""}):`,
    );
    for (const v of violations.slice(0, maxListed)) {
      out.push(
        `    ${v.labels}:${v.line}: ${v.before} < ${v.after} (waves ${v.waves[0] ?? "-"}, ${v.waves[1] ?? "-"}) why: ${v.why}`,
      );
    }
  }
  const unbacked = f.labelled.unbacked ?? [];
  if (unbacked.length > 0) {
    out.push("");
    out.push(`  must-order pairs kept only by the waves, with no path of edges (${unbacked.length}):`);
    for (const v of unbacked.slice(0, maxListed))
      out.push(`    ${v.labels}:${v.line}: ${v.before} < ${v.after} why: ${v.why}`);
  }
  const misses = run.labelled.flatMap((l) => l.misses);
  if (misses.length > 0) {
    out.push("");
    out.push(
      `  must-parallel pairs in different waves (${misses.length}${misses.length > 10 ? ", first 10" : ""}):`,
    );
    for (const m of misses.slice(0, 10)) {
      out.push(
        `    ${m.labels}:${m.line}: ${m.a} | ${m.b} (waves ${m.waves[0] ?? "-"}, ${m.waves[1] ?? "-"}${m.noPath ? ", no path" : ""}) why: ${m.why}`,
      );
    }
  }
  out.push("");
  out.push(`## (b) Authors' parallel statements: ${f.parallelBlocks.lists} corpus lists`);
  for (const b of run.parallelBlocks) {
    const ex = b.examples.map((e) => `${e.a}|${e.b}:${e.line} ${e.separation}`).join(", ");
    out.push(
      `  ${basename(b.list, ".md").slice(0, 60).padEnd(60)} ${b.sameWave}/${b.pairs} same wave${ex ? `  e.g. ${ex}` : ""}`,
    );
  }
  out.push("");
  out.push("## (c) Counts over the corpus and our own lists");
  out.push(`  planned ${f.counts.planned} lists; skipped ${f.counts.skipped.length}`);
  for (const s of f.counts.skipped) out.push(`    skipped ${s.list}: ${s.error.slice(0, 160)}`);
  for (const s of run.sameFile.slice(0, maxListed)) {
    out.push(`  same file in wave ${s.wave}: ${s.a}, ${s.b} both name ${s.file} (${basename(s.list)})`);
  }
  // Edges from one sentence share a line: list them together.
  const bySentence = new Map<string, ListedEdge[]>();
  for (const e of run.nonBinding) {
    const key = `${basename(e.list)}:${e.line ?? "?"}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), e]);
  }
  for (const [where, edges] of [...bySentence].slice(0, maxListed)) {
    const first = edges[0];
    const pairs = edges.map((e) => `${e.from}->${e.to}`);
    out.push(`  non-binding (${where}, ${edges.length} edge(s)): ${first?.why ?? ""}`);
    out.push(`    ${pairs.slice(0, 8).join(" ")}${pairs.length > 8 ? " ..." : ""}`);
  }
  if (run.backwardProse.length > 0) out.push(`  backward statement/cue edges:`);
  for (const e of run.backwardProse.slice(0, maxListed)) {
    out.push(`    ${e.from} -> ${e.to} [${e.origin}] ${basename(e.list)}: ${e.reason.slice(0, 150)}`);
  }
  if (run.backwardProse.length > maxListed) out.push(`    ... ${run.backwardProse.length - maxListed} more`);
  for (const g of run.gsd)
    out.push(`  GSD ${basename(g.list)}: plan ${g.id} author wave ${g.author}, maestro ${g.maestro ?? "-"}`);
  out.push("");
  const E = f.stated;
  out.push(`## (e) Stated relations honoured: ${E.lists} task lists`);
  out.push(
    `  ${E.relations} relations and ${E.declared} Depends fields, ${E.pairs} task pairs; violated ${E.violated}: warned ${E.warned}, silent ${E.silent}`,
  );
  const sentences = statedBySentence(run.stated.flatMap((r) => r.violations));
  for (const kind of ["silent", "warned"] as const) {
    const listed = sentences.filter((s) => (s.warning === null) === (kind === "silent"));
    if (listed.length === 0) continue;
    out.push(
      `  ${kind} (${listed.length} sentence(s)${listed.length > maxListed ? `, first ${maxListed}` : ""}):`,
    );
    for (const s of listed.slice(0, maxListed)) {
      out.push(`    ${sentenceLine(s, basename(s.list)).slice(0, 300)}`);
      if (s.warning !== null) out.push(`      warning: ${s.warning.slice(0, 200)}`);
    }
  }
  out.push("");
  out.push("## Totals (previous run in brackets)");
  const L = f.labelled;
  out.push(
    `  must-order recall        ${beside(L.order.recall, p("labelled", "order", "recall"), pct)}  ${L.order.held}/${L.order.total}`,
  );
  if (L.order.byPathShare !== undefined)
    out.push(
      `    held by a path         ${beside(L.order.byPathShare, p("labelled", "order", "byPathShare"), pct)}  ${L.order.byPath ?? 0}/${L.order.total} (the rest only by the waves: a re-plan need not keep them)`,
    );
  out.push(
    `  must-parallel same wave  ${beside(L.parallel.recall, p("labelled", "parallel", "recall"), pct)}  ${L.parallel.sameWave}/${L.parallel.total}`,
  );
  out.push(
    `  must-parallel, no path   ${beside(L.parallel.noPathShare, p("labelled", "parallel", "noPathShare"), pct)}  ${L.parallel.noPath}/${L.parallel.total} (maestro claims no dependency either way)`,
  );
  const B = f.parallelBlocks;
  out.push(
    `  parallel-block recall    ${beside(B.recall, p("parallelBlocks", "recall"), pct)}  ${B.sameWave}/${B.pairs} pairs in ${B.lists} lists`,
  );
  out.push(`    apart, no path         ${beside(B.noPath, p("parallelBlocks", "noPath"), String)}`);
  out.push(
    `    apart, rests on nothing ${beside(B.restsOnNothingShare, p("parallelBlocks", "restsOnNothingShare"), pct)}  ${B.restsOnNothing}/${B.separated} (only order/phase/cue/statement edges between them)`,
  );
  const C = f.counts;
  out.push(
    `  same-file pairs in wave  ${beside(C.sameFileInWave, p("counts", "sameFileInWave"), String)}  (must be 0)`,
  );
  out.push(
    `  non-binding edges        ${beside(C.nonBinding, p("counts", "nonBinding"), String)}  (must be 0)`,
  );
  out.push(`  backward statement/cue   ${beside(C.backwardProse, p("counts", "backwardProse"), String)}`);
  out.push(
    `  GSD plans off authors' wave ${beside(C.gsdWaveMismatches, p("counts", "gsdWaveMismatches"), String)}`,
  );
  out.push(
    `  stated pairs violated    ${beside(E.violated, p("stated", "violated"), String)}  of ${E.pairs} (${E.relations} relations, ${E.declared} Depends fields)`,
  );
  out.push(`    warned                 ${beside(E.warned, p("stated", "warned"), String)}`);
  out.push(`    silent                 ${beside(E.silent, p("stated", "silent"), String)}  (must be 0)`);
  if (f.schedule) {
    const S = f.schedule;
    out.push(`  schedule, median of ${S.lists} lists:`);
    out.push(
      `    equal      maestro/sequential ${beside(S.equal.vsSequential, p("schedule", "equal", "vsSequential"), ratio)}  maestro/limit ${beside(S.equal.vsLimit, p("schedule", "equal", "vsLimit"), ratio)}`,
    );
    out.push(
      `    log-normal maestro/sequential ${beside(S.logNormal.vsSequential, p("schedule", "logNormal", "vsSequential"), ratio)}  maestro/limit ${beside(S.logNormal.vsLimit, p("schedule", "logNormal", "vsLimit"), ratio)}`,
    );
    out.push(
      "    where the time goes (medians equal / log-normal with one kind of edge left out; not a plan to run):",
    );
    for (const w of S.without ?? [])
      out.push(`      without ${w.without.padEnd(33)} ${ratio(w.equal)} / ${ratio(w.logNormal)}`);
  }
  out.push(`  (${(f.elapsedMs / 1000).toFixed(1)} s)`);
  return `${out.join("\n")}\n`;
}
