/**
 * (e) Stated relations honoured: every order the authors state in words (a task line, a dependency
 * section, a parallel section, a Mermaid graph) and every Depends field must be kept by the plan, or the
 * plan's warnings must say why not.
 *
 * The statements are read with the planner's own reader (settlePhaseRoles, detectionContext,
 * readStatements, as detectDependencies does), so this checks that what was read reaches the plan, not
 * that the reading is right: the labelled pairs (a) check the reading.
 */
import { detectionContext } from "../src/core/detect/detection-context.js";
import { EdgeSet } from "../src/core/detect/edge-set.js";
import { settlePhaseRoles } from "../src/core/detect/settle-phase-roles.js";
import { apartPairs, pairKey } from "../src/core/detect/statements/apart-pairs.js";
import { readStatements } from "../src/core/detect/statements/read-statements.js";
import type { Target } from "../src/core/detect/statements/statement-types.js";
import type { TaskList } from "../src/core/model/task.js";
import type { PlanView, ViewTask } from "./plan-view.js";

/** What the check needs of a plan: the list it planned, each task's wave and leaves, and the warnings. */
export type StatedView = Pick<PlanView, "path" | "list" | "byId" | "warnings">;

/** A stated pair the plan does not keep. */
export interface StatedViolation {
  /** The list planned (PlanView.path). */
  list: string;
  /** The line of the sentence or of the Depends field. */
  line: number;
  /** A relation read from the list's notes, one in a task's own text, or a Depends field. */
  origin: "statement" | "task" | "field";
  before: string;
  /** A task ID, or `end of <side>` for a relation that binds the end of its after side. */
  after: string;
  waves: [number | null, number | null];
  /** The author's words (the sentence, or the Depends field as written). */
  quote: string;
  /** The plan's warning that explains the violation, or null: a silent violation. */
  warning: string | null;
}

/** The check over one list. */
export interface StatedResult {
  list: string;
  /** Relations with at least one task pair to check. */
  relations: number;
  /** Depends-field references checked. */
  declared: number;
  /** Task pairs checked (an `afterEnd` relation: one per task of its before side). */
  pairs: number;
  violations: StatedViolation[];
}

/** Checks every stated relation and Depends field of a planned list against its waves. */
export function checkStatedRelations(view: StatedView): StatedResult {
  const list = settlePhaseRoles(view.list);
  const reading = readStatements(detectionContext(list, new EdgeSet()));
  const apart = apartPairs(reading.parallel);
  const result: StatedResult = { list: view.path, relations: 0, declared: 0, pairs: 0, violations: [] };
  const wave = (id: string): number | null => view.byId.get(id)?.wave ?? null;
  const before = (a: number | null, b: number | null): boolean => a !== null && b !== null && a < b;
  const dropped = droppedStatementEdges(view.warnings);
  const violated = (v: Omit<StatedViolation, "list" | "warning">, why: Omit<Explanation, "pair">): void => {
    const warning = explaining(view.warnings, dropped, { ...why, pair: v });
    result.violations.push({ list: view.path, ...v, warning });
  };

  for (const relation of reading.relations) {
    const first = expandSide(list, view, relation.before, relation.after);
    const second = expandSide(list, view, relation.after, relation.before);
    const origin = relation.origin ?? "statement";
    const why = { quoteHead: relation.quote.slice(0, 40), sides: [first, second] as const };
    const wholePhases = new Set(
      [...relation.before, ...relation.after].flatMap((t) => phasesOf(list, t, true)),
    );
    let checked = 0;
    if (relation.afterEnd) {
      const waves = second.map(wave);
      const last = waves.includes(null) || waves.length === 0 ? null : Math.max(...(waves as number[]));
      for (const a of first) {
        checked++;
        if (!before(wave(a), last)) {
          const after = `end of ${sideName(relation.after)}`;
          violated(
            { line: relation.line, origin, before: a, after, waves: [wave(a), last], quote: relation.quote },
            why,
          );
        }
      }
    } else {
      for (const a of first) {
        for (const b of second) {
          if (a === b || apart.has(pairKey(a, b)) || insideNamedPhase(list, wholePhases, a, b)) continue;
          checked++;
          if (!before(wave(a), wave(b)))
            violated(
              {
                line: relation.line,
                origin,
                before: a,
                after: b,
                waves: [wave(a), wave(b)],
                quote: relation.quote,
              },
              why,
            );
        }
      }
    }
    if (checked > 0) result.relations++;
    result.pairs += checked;
  }

  for (const task of list.tasks) {
    for (const d of task.declared) {
      if (!view.byId.has(d.id)) continue; // an unknown ID: the parser warns, nothing to check
      result.declared++;
      for (const a of leavesOf(view, d.id)) {
        for (const b of leavesOf(view, task.id)) {
          if (a === b) continue;
          result.pairs++;
          if (!before(wave(a), wave(b)))
            violated(
              {
                line: d.line,
                origin: "field",
                before: a,
                after: b,
                waves: [wave(a), wave(b)],
                quote: d.text,
              },
              { quoteHead: d.text, sides: null },
            );
        }
      }
    }
  }
  return result;
}

/** What may explain a violated pair: the pair, the start of the author's words, the relation's sides. */
export interface Explanation {
  pair: { before: string; after: string };
  /** The first ~40 characters of the sentence (or the Depends field as written). */
  quoteHead: string;
  /** The relation's before and after sides as task IDs; null for a Depends field. */
  sides: readonly [readonly string[], readonly string[]] | null;
}

/** The statement edges the cycle breaker dropped, as `from`/`to` pairs with their warning. */
export function droppedStatementEdges(
  warnings: readonly string[],
): Array<{ from: string; to: string; warning: string }> {
  const out: Array<{ from: string; to: string; warning: string }> = [];
  for (const warning of warnings) {
    const m = /dropped the inferred edge (\S+) -> (\S+) \(statement "/.exec(warning);
    if (m?.[1] && m[2]) out.push({ from: m[1], to: m[2], warning });
  }
  return out;
}

/**
 * The plan's warning that explains a violated pair, or null: the cycle breaker dropping the edge between
 * the two; the list taking the link back in words; a warning quoting the start of the author's words (a dropped edge between the ends of the
 * phases the sentence names, a backward relation kept as the weakest evidence, a statement that could not
 * be used); or the cycle breaker dropping a statement edge from the relation's before side to its after
 * side (the same order, kept under another sentence's words when two sentences say it).
 */
export function explaining(
  warnings: readonly string[],
  dropped: ReadonlyArray<{ from: string; to: string; warning: string }>,
  why: Explanation,
): string | null {
  const pair = `dropped the inferred edge ${why.pair.before} -> ${why.pair.after} `;
  // A link the list takes back in words ("The table says T012 depends on T010; that is outdated").
  const takenBack = `no edge ${why.pair.before} -> ${why.pair.after} from it`;
  const head = why.quoteHead.trim();
  const quoting = warnings.find(
    (w) => w.includes(pair) || w.includes(takenBack) || (head.length > 0 && w.includes(head)),
  );
  if (quoting !== undefined) return quoting;
  const sides = why.sides;
  if (sides === null) return null;
  return dropped.find((d) => sides[0].includes(d.from) && sides[1].includes(d.to))?.warning ?? null;
}

/**
 * One side of a relation as task IDs: task targets as written (a group ID such as Kiro "2" stands for its
 * leaf sub-tasks), group targets as the tasks of their phases plus their own IDs ("all other stories"
 * leaves out the other side's phases, as the planner does, and a group of tasks the other side's tasks);
 * "earlier" and "each-other" are skipped.
 */
function expandSide(
  list: TaskList,
  view: StatedView,
  side: readonly Target[],
  other: readonly Target[],
): string[] {
  const otherPhases = new Set(other.flatMap((t) => phasesOf(list, t)));
  const out = new Set<string>();
  for (const target of side) {
    if (target.level === "task") {
      for (const id of target.ids) for (const leaf of leavesOf(view, id)) out.add(leaf);
    } else if (target.level === "group") {
      const phases = new Set(
        target.otherThanSubject ? target.phases.filter((p) => !otherPhases.has(p)) : target.phases,
      );
      const except = new Set(target.except ?? []);
      for (const t of list.tasks)
        if (!t.group && t.phase !== null && phases.has(t.phase) && !except.has(t.id)) out.add(t.id);
      // "Anything under infra/ runs after group 1": group 1's tasks are the other side's (as the planner reads it).
      const named = new Set(
        other.flatMap((t) => (t.level === "task" ? t.ids.flatMap((id) => leavesOf(view, id)) : [])),
      );
      for (const id of target.ids)
        if (!except.has(id)) for (const leaf of leavesOf(view, id)) if (!named.has(leaf)) out.add(leaf);
    } else if (target.level === "rest-of-phase") {
      const named = new Set(other.flatMap((t) => (t.level === "task" ? t.ids : [])));
      for (const t of list.tasks)
        if (!t.group && t.phase !== null && otherPhases.has(t.phase) && !named.has(t.id)) out.add(t.id);
    }
  }
  return [...out];
}

/** The phases a target names: a group's; a task's own phase too unless `wholeOnly`. */
function phasesOf(list: TaskList, target: Target, wholeOnly = false): number[] {
  if (target.level === "group") return [...target.phases];
  if (target.level !== "task" || wholeOnly) return [];
  return target.ids.flatMap((id) => {
    const phase = list.tasks.find((t) => t.id === id)?.phase;
    return phase === null || phase === undefined ? [] : [phase];
  });
}

/**
 * Two tasks of one phase that a side of the relation names as a whole: no order is stated between them (a
 * phase is not before itself or its own tasks; the planner links phases by their ends and skips these).
 */
function insideNamedPhase(list: TaskList, whole: ReadonlySet<number>, a: string, b: string): boolean {
  const phase = list.tasks.find((t) => t.id === a)?.phase ?? null;
  return phase !== null && whole.has(phase) && list.tasks.find((t) => t.id === b)?.phase === phase;
}

/** A task's leaf sub-tasks when it is a group, else the task itself. */
function leavesOf(view: StatedView, id: string): string[] {
  const task: ViewTask | undefined = view.byId.get(id);
  return task && task.leaves.length > 0 ? task.leaves : [id];
}

function sideName(side: readonly Target[]): string {
  return side.map((t) => t.written).join(", ");
}

/** The figures of (e) over many lists. */
export function statedTotals(results: readonly StatedResult[]): {
  lists: number;
  relations: number;
  declared: number;
  pairs: number;
  violated: number;
  warned: number;
  silent: number;
} {
  const sum = (pick: (r: StatedResult) => number): number => results.reduce((n, r) => n + pick(r), 0);
  const violations = results.flatMap((r) => r.violations);
  const warned = violations.filter((v) => v.warning !== null).length;
  return {
    lists: results.length,
    relations: sum((r) => r.relations),
    declared: sum((r) => r.declared),
    pairs: sum((r) => r.pairs),
    violated: violations.length,
    warned,
    silent: violations.length - warned,
  };
}

/** Violations grouped by the sentence (or Depends field) they break: one entry per list and line. */
export interface StatedSentence {
  list: string;
  line: number;
  origin: StatedViolation["origin"];
  quote: string;
  /** The explaining warning of the first pair, or null when the pairs are silent. */
  warning: string | null;
  pairs: StatedViolation[];
}

/** Groups violations by list, line and whether they are warned, in the order found. */
export function bySentence(violations: readonly StatedViolation[]): StatedSentence[] {
  const groups = new Map<string, StatedSentence>();
  for (const v of violations) {
    const key = `${v.list}\u0000${v.line}\u0000${v.quote}\u0000${v.warning === null ? "silent" : "warned"}`;
    const group = groups.get(key);
    if (group) group.pairs.push(v);
    else
      groups.set(key, {
        list: v.list,
        line: v.line,
        origin: v.origin,
        quote: v.quote,
        warning: v.warning,
        pairs: [v],
      });
  }
  return [...groups.values()];
}

/** One line per sentence: `where:line: N pair(s) [origin]: a < b (waves x, y), ...: "quote"`. */
export function sentenceLine(s: StatedSentence, where: string, shown = 4): string {
  const pairs = s.pairs
    .slice(0, shown)
    .map((v) => `${v.before} < ${v.after} (waves ${v.waves[0] ?? "-"}, ${v.waves[1] ?? "-"})`);
  const more = s.pairs.length > shown ? ", ..." : "";
  return `${where}:${s.line}: ${s.pairs.length} pair(s) [${s.origin}]: ${pairs.join(", ")}${more}: "${s.quote}"`;
}
