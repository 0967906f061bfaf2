import type { Task } from "../model/task.js";
import { classifyTask, type TaskRole } from "./classify-task.js";
import { bindingClauses, type CueClause } from "./cue-sentences.js";
import type { CueRole } from "./cue-vocabulary.js";
import type { DetectionContext } from "./detection-context.js";
import { readRoleOrders } from "./read-role-order.js";
import type { RuleExceptions } from "./rule-exceptions.js";
import { pairKey, type ApartPairs } from "./statements/apart-pairs.js";

interface CueRule {
  /** The order between kinds of work a clause must state. */
  first: CueRole;
  then: ReadonlyArray<CueRole | "rest">;
  before: (role: TaskRole) => boolean;
  after: (role: TaskRole) => boolean;
  why: string;
}

/** A rule the list binds, with the clause that binds it and where it holds. */
interface ActiveRule {
  rule: CueRule;
  line: number;
  text: string;
  scope: CueClause["scope"];
}

const RULES: CueRule[] = [
  {
    first: "test",
    then: ["implementation", "rest"],
    before: (r) => r === "test",
    after: (r) => r !== "test",
    why: "test task before the story's implementation",
  },
  {
    first: "model",
    then: ["service"],
    before: (r) => r === "model",
    after: (r) => r === "service",
    why: "model before service",
  },
  {
    first: "service",
    then: ["endpoint"],
    before: (r) => r === "service",
    after: (r) => r === "endpoint",
    why: "service before endpoint",
  },
  {
    first: "implementation",
    then: ["integration"],
    before: (r) => r !== "integration" && r !== "test",
    after: (r) => r === "integration",
    why: "component before the integration that wires it",
  },
];

/**
 * Cue edges, only for rules the list itself states ("Tests MUST be written and FAIL before
 * implementation", "Models before services", "Core implementation before integration"), applied inside
 * each phase (or story) and only forwards in list order. A rule stated for stories ("in every story",
 * "within each user story") holds inside story phases and story-labelled tasks only, not in Setup,
 * Foundational or Polish; a rule stated without a scope holds in every phase.
 */
export function detectCueEdges(
  ctx: DetectionContext,
  outside: RuleExceptions,
  apart: ApartPairs,
  waitsForNothing: ReadonlySet<string> = new Set(),
): void {
  for (const scope of ["every-phase", "stories"] as const) {
    const active = activeRules(ctx).filter((a) => a.scope === scope);
    if (active.length === 0) continue;
    const groups = taskGroups(ctx, scope).map((tasks) => tasks.filter((t) => !outside.has(t.id)));
    applyRules(ctx, active, groups, { apart, waitsForNothing });
  }
  // "The tests-first rule does not apply to T030": said once, for each task the rules leave out.
  for (const [id, said] of outside)
    ctx.warnings.push(
      `${ctx.at({ source: ctx.list.tasks[0]?.source ?? ctx.list.source }, said.line)}: "${said.quote}": the list's ordering rules leave ${id} out`,
    );
}

/** The tasks a rule of the scope orders among themselves, in list order: one group per phase (or story). */
function taskGroups(ctx: DetectionContext, scope: CueClause["scope"]): Task[][] {
  const groups = new Map<string, Task[]>();
  for (const task of ctx.list.tasks) {
    if (task.group) continue;
    const key = groupKey(ctx, task, scope);
    if (key === null) continue;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(task);
  }
  return [...groups.values()];
}

function groupKey(ctx: DetectionContext, task: Task, scope: CueClause["scope"]): string | null {
  const story = task.stories[0];
  if (task.phase === null) return story !== undefined ? `s${story}` : null;
  if (scope === "every-phase" || ctx.list.phases[task.phase]?.kind === "story") return `p${task.phase}`;
  // A story-labelled task in a phase of another kind belongs to its story there.
  return story !== undefined ? `p${task.phase}s${story}` : null;
}

/** What the authors said about single tasks, which outweighs a rule about kinds of work. */
interface TaskWords {
  /** Pairs named as running side by side ("T015, T016 and T017 at once"). */
  apart: ApartPairs;
  /** Tasks whose own words say they wait for nothing ("depends on no other task of this phase"). */
  waitsForNothing: ReadonlySet<string>;
}

function applyRules(
  ctx: DetectionContext,
  active: readonly ActiveRule[],
  groups: readonly Task[][],
  words: TaskWords,
): void {
  for (const tasks of groups) {
    const roles = tasks.map(classifyTask);
    for (const cue of active) applyRule(ctx, cue, tasks, roles, words);
  }
}

/**
 * One rule inside one group: each task of the later kind waits for the tasks of the earlier kind before it,
 * except those the author names as running beside it, and none when its own words say it waits for nothing.
 */
function applyRule(
  ctx: DetectionContext,
  cue: ActiveRule,
  tasks: readonly Task[],
  roles: TaskRole[],
  { apart, waitsForNothing }: TaskWords,
): void {
  const { rule, line, text } = cue;
  const quoted = text.length > 80 ? `${text.slice(0, 77)}...` : text;
  const seen: Task[] = [];
  // A task that already follows a task which got the cue edges is covered by transitivity: linking it
  // again would make tests x implementations edges per story.
  const covered = new Set<string>();
  const reason = tasks[0] ? `cue "${quoted}" (${ctx.at(tasks[0], line)}): ${rule.why}` : "";
  tasks.forEach((task, i) => {
    const role = roles[i] as TaskRole;
    if (rule.after(role) && seen.length > 0 && !waitsForNothing.has(task.id)) {
      const linked = seen.filter((before) => !apart.has(pairKey(before.id, task.id)));
      if (ctx.edges.sourcesOf(task.id).some((from) => covered.has(from))) covered.add(task.id);
      else {
        for (const before of linked)
          ctx.edges.add({
            from: before.id,
            to: task.id,
            kind: "cue",
            reason,
            stated: false,
            origin: "cue",
            line,
          });
        // A task freed from some of them covers nothing by transitivity.
        if (linked.length === seen.length) covered.add(task.id);
      }
    }
    if (rule.before(role)) {
      seen.push(task);
      covered.clear();
    }
  });
}

/**
 * The rules the list binds, each with the first clause that states it; a rule stated both for stories and
 * without a scope holds in every phase.
 */
function activeRules(ctx: DetectionContext): ActiveRule[] {
  const clauses = bindingClauses(ctx.list).map((c) => ({ ...c, orders: readRoleOrders(c.text) }));
  const active: ActiveRule[] = [];
  for (const rule of RULES) {
    const stating = clauses.filter((c) =>
      c.orders.some((o) => o.first === rule.first && rule.then.includes(o.then)),
    );
    const cue = stating.find((c) => c.scope === "every-phase") ?? stating[0];
    if (cue) active.push({ rule, line: cue.line, text: cue.text, scope: cue.scope });
  }
  return active;
}

/** True when the list binds its tests to be written before the implementation. */
export function bindsTestsFirst(ctx: DetectionContext): boolean {
  return activeRules(ctx).some(({ rule }) => rule.first === "test");
}
