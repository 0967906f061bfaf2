import type { Edge } from "../model/edge.js";
import type { TaskList } from "../model/task.js";
import { breakCycles } from "./break-cycles.js";
import { rebindOrphans } from "./rebind-orphans.js";
import { detectCueEdges } from "./detect-cue-edges.js";
import { deniedPairs, detectExplicitEdges, type Denial } from "./detect-explicit-edges.js";
import { detectFileEdges } from "./detect-file-edges.js";
import { detectManifestEdges } from "./detect-manifest-edges.js";
import { detectImportEdges } from "./detect-import-edges.js";
import { detectHandleEdges } from "./detect-handle-edges.js";
import { detectMentionEdges } from "./detect-mention-edges.js";
import { detectOrderEdges } from "./detect-order-edges.js";
import { detectPhaseEdges } from "./detect-phase-edges.js";
import { detectStageEdges } from "./detect-stage-edges.js";
import { detectSymbolEdges } from "./detect-symbol-edges.js";
import { detectTestedModuleEdges } from "./detect-tested-module-edges.js";
import { detectTestedWorkEdges } from "./detect-tested-work-edges.js";
import { detectStatementEdges } from "./detect-statement-edges.js";
import { EdgeSet } from "./edge-set.js";
import { declaresWholeGraph } from "./declared-graph.js";
import { detectAuthorWaveEdges } from "./detect-author-wave-edges.js";
import { detectionContext, type DetectionContext } from "./detection-context.js";
import { readAuthorWaves, type AuthorWaves } from "./read-author-waves.js";
import { expandGroupEdges } from "./expand-group-edges.js";
import { narrowedFieldLinks } from "./narrowed-fields.js";
import {
  listingOrderDisclaimer,
  phasesInListedOrder,
  unmarkedLinesFollow,
  phasesOrderDisclaimed,
} from "./listing-order-disclaimed.js";
import { readThroughLegend } from "./list-legend.js";
import { namedBlockers } from "./named-blockers.js";
import { phaseEnds } from "./phase-ends.js";
import { phaseExemptions } from "./phase-exemptions.js";
import { freedFromTests, tasksOutsideRules, type RuleExceptions } from "./rule-exceptions.js";
import { settlePhaseRoles } from "./settle-phase-roles.js";
import { apartPairs, pairKey, type ApartPairs } from "./statements/apart-pairs.js";
import { readStatements } from "./statements/read-statements.js";
import { namesPreviousTask } from "./statements/previous-task.js";
import { retractedLinks } from "./retracted-links.js";
import type { OwnBeside, Relation } from "./statements/statement-types.js";

/**
 * What orders the tasks beyond the evidence: the list's layout (phases, listing order, `[P]`, numbered
 * stages), the author's own wave plan, or nothing when every task declares its dependencies in a field.
 */
type Layout = { kind: "listing" } | { kind: "author-waves"; plan: AuthorWaves } | { kind: "declared" };

function layoutOf(list: TaskList): Layout {
  const plan = readAuthorWaves(list);
  if (plan) return { kind: "author-waves", plan };
  return declaresWholeGraph(list) ? { kind: "declared" } : { kind: "listing" };
}

/** Evidence between tasks (references, files, names, cues, imports) and the structure the layout gives. */
function detectWithinPhases(
  ctx: DetectionContext,
  layout: Layout,
  imports: ReadonlyMap<string, readonly string[]> | undefined,
  pairs: { apart: ApartPairs; denied: ReadonlyMap<string, Denial> },
  stating: { tasks: ReadonlySet<string>; needs: ReadonlyMap<string, readonly string[]> },
  listing: {
    order: boolean;
    stages: boolean;
    inOrder: ReadonlyMap<number, { line: number; quote: string }>;
    unordered: ReadonlySet<number>;
  },
  free: { stage: ReadonlySet<string>; order: ReadonlySet<string>; beside: ApartPairs; rules: RuleExceptions },
): void {
  detectExplicitEdges(ctx);
  detectMentionEdges(ctx, pairs.denied);
  detectFileEdges(ctx);
  detectManifestEdges(ctx);
  detectSymbolEdges(ctx, pairs.denied);
  detectHandleEdges(ctx);
  if (layout.kind === "listing" && (listing.order || listing.inOrder.size > 0))
    detectOrderEdges(ctx, pairs.apart, free.order, free.beside, {
      everyPhase: listing.order,
      notes: listing.inOrder,
      unordered: listing.unordered,
    });
  detectCueEdges(ctx, free.rules, pairs.apart, free.order);
  if (layout.kind === "listing") {
    if (listing.stages) detectStageEdges(ctx, stating.tasks, free.stage, pairs.apart);
    detectTestedWorkEdges(ctx, stating.needs, pairs.apart);
    detectTestedModuleEdges(ctx);
  }
  if (layout.kind === "author-waves") detectAuthorWaveEdges(ctx, layout.plan);
  if (imports) detectImportEdges(ctx, imports);
}

/** Everything detection found: an acyclic edge list (sorted by target, then source) and warnings. */
export interface DetectedDependencies {
  edges: Edge[];
  warnings: string[];
}

/**
 * Detects every dependency of a list: explicit references, files, order, cues and imports inside phases
 * first, then phase boundaries and the dependency section (which need to know each phase's first and last
 * tasks). Groups are expanded to their sub-tasks; cycles are broken or reported (CycleError).
 */
export function detectDependencies(
  input: TaskList,
  options: { imports?: ReadonlyMap<string, readonly string[]> } = {},
): DetectedDependencies {
  const legend = readThroughLegend(settlePhaseRoles(input));
  const list = legend.list;
  const ctx = detectionContext(list, new EdgeSet());
  warnLegend(ctx, legend.read);
  const retracted = retractedLinks(ctx);
  ctx.edges.refuseLinks(retracted);
  const layout = layoutOf(list);
  const statements = readStatements(ctx);
  const refused = new Set([...retracted, ...narrowedFieldLinks(ctx, statements.onlyNeeds)]);
  ctx.edges.refuseLinks(refused);
  const outsideRules = tasksOutsideRules(ctx);
  const denied = ownWordsApart(deniedPairs(ctx), statements.ownBeside);
  const apart = new Set([
    ...apartPairs(statements.parallel),
    ...denied.keys(),
    ...freedFromTests(ctx, outsideRules),
  ]);
  const stating = {
    tasks: new Set(statements.relations.flatMap((r) => (r.by === undefined ? [] : [r.by]))),
    needs: ownNeeds(statements.relations),
  };
  const marked = markedTasks(ctx, statements.relations);
  const free = {
    stage: new Set(statements.free),
    order: new Set([...statements.denied, ...marked]),
    beside: apartPairs(statements.parallel),
    rules: outsideRules,
  };
  const disclaimer = listingOrderDisclaimer(list);
  if (disclaimer)
    ctx.warnings.push(
      `${list.source}:${disclaimer.line}: the list says "${disclaimer.quote}": its tasks are ordered by their words, files and phases, not by the order they are listed in`,
    );
  // Tasks said to be independent of each other are not ordered by listing; the stages they sit in still are.
  const inOrder = phasesInListedOrder(list);
  const listing = {
    order: disclaimer === null,
    stages: disclaimer === null || disclaimer.siblingsOnly,
    inOrder,
    unordered: phasesDisclaimed(ctx),
  };
  detectWithinPhases(ctx, layout, options.imports, { apart, denied }, stating, listing, free);
  const inner = new EdgeSet();
  inner.refuseLinks(refused);
  for (const edge of expandGroupEdges(list.tasks, ctx.edges.edges)) inner.add(edge);
  const outer = { ...ctx, edges: inner };
  const ends = phaseEnds(outer);
  const exempt = phaseExemptions(list, statements);
  if (layout.kind === "listing")
    detectPhaseEdges(
      outer,
      ends,
      namedBlockers(list, statements.relations),
      statements.parallelPhases,
      exempt,
    );
  detectStatementEdges(outer, ends, statements, exempt);
  const position = new Map(list.tasks.map((t, i) => [t.id, i]));
  const final = expandGroupEdges(list.tasks, inner.edges).map((edge) => ({
    ...edge,
    backward: (position.get(edge.from) ?? 0) > (position.get(edge.to) ?? 0),
  }));
  const ids = list.tasks.filter((t) => !t.group).map((t) => t.id);
  const phaseOf = new Map(list.tasks.filter((t) => !t.group).map((t) => [t.id, t.phase]));
  const acyclic = rebindOrphans(phaseOf, ids, final, breakCycles(ids, final, phaseOf));
  const sorted = acyclic.edges
    .map((edge, i) => ({ edge, i }))
    .sort(
      (a, b) =>
        (position.get(a.edge.to) ?? 0) - (position.get(b.edge.to) ?? 0) ||
        (position.get(a.edge.from) ?? 0) - (position.get(b.edge.from) ?? 0) ||
        a.i - b.i,
    )
    .map((x) => x.edge);
  return { edges: sorted, warnings: [...ctx.warnings, ...acyclic.warnings] };
}

/** The phases whose own notes say their listing order means nothing, each with a warning quoting the note. */
function phasesDisclaimed(ctx: DetectionContext): Set<number> {
  const disclaimed = phasesOrderDisclaimed(ctx.list);
  for (const [index, note] of disclaimed)
    ctx.warnings.push(
      `${ctx.list.source}:${note.line}: the list says "${note.quote}": the tasks of "${ctx.list.phases[index]?.title ?? ""}" are ordered by their words, files and names, not by the order they are listed in`,
    );
  return new Set(disclaimed.keys());
}

/** The pairs a task's own words set apart: its denied phrases, and its own sentences setting it beside others. */
function ownWordsApart(
  denied: ReadonlyMap<string, Denial>,
  beside: readonly OwnBeside[],
): Map<string, Denial> {
  const out = new Map(denied);
  for (const { task, others, quote, line } of beside) {
    for (const other of others) {
      out.set(pairKey(task, other), { by: task, quote, line });
      out.set(pairKey(other, task), { by: task, quote, line });
    }
  }
  return out;
}

/** Each task that names, in its own words, tasks it waits for ("Після 2.2 та 2.5"): those task IDs. */
/**
 * Where the list says only a line without a note follows the one above, the tasks whose own words say
 * what they wait for, other than the line above ("↳", "needs ↑" only continue the order): they wait for
 * that, not for the listing order. A warning names them.
 */
function markedTasks(ctx: DetectionContext, relations: readonly Relation[]): string[] {
  const rule = unmarkedLinesFollow(ctx.list);
  if (rule === null) return [];
  const other = (r: Relation): boolean =>
    r.before.some((t) => t.level !== "task" || !namesPreviousTask(t.written));
  const ids = [...new Set(relations.flatMap((r) => (r.by !== undefined && other(r) ? [r.by] : [])))];
  if (ids.length > 0)
    ctx.warnings.push(
      `${ctx.list.source}:${rule.line}: the list says "${rule.quote}": ${ids.join(", ")} wait only for what their own notes name, not for the line above`,
    );
  return ids;
}

function warnLegend(ctx: DetectionContext, read: readonly string[]): void {
  if (read.length > 0)
    ctx.warnings.push(`${ctx.list.source}: task lines read with the list's own legend: ${read.join("; ")}`);
}

function ownNeeds(relations: readonly Relation[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of relations) {
    if (r.by === undefined || !r.after.some((t) => t.level === "task" && t.ids.includes(r.by ?? "")))
      continue;
    const ids = r.before.flatMap((t) => (t.level === "task" ? t.ids : []));
    out.set(r.by, [...(out.get(r.by) ?? []), ...ids]);
  }
  return out;
}
