import type { Task } from "../model/task.js";
import { classifyTask, type TaskRole } from "./classify-task.js";
import { bindingClauses } from "./cue-sentences.js";
import type { CueRole } from "./cue-vocabulary.js";
import type { DetectionContext } from "./detection-context.js";
import { readRoleOrders } from "./read-role-order.js";

interface CueRule {
  /** The order between kinds of work a clause must state. */
  first: CueRole;
  then: ReadonlyArray<CueRole | "rest">;
  before: (role: TaskRole) => boolean;
  after: (role: TaskRole) => boolean;
  why: string;
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
 * each phase (or story) and only forwards in list order.
 */
export function detectCueEdges(ctx: DetectionContext): void {
  const active = activeRules(ctx);
  if (active.length === 0) return;
  const groups = new Map<string, Task[]>();
  for (const task of ctx.list.tasks) {
    if (task.group) continue;
    const key =
      task.phase !== null ? `p${task.phase}` : task.stories[0] !== undefined ? `s${task.stories[0]}` : null;
    if (key === null) continue;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(task);
  }
  for (const tasks of groups.values()) {
    const roles = tasks.map(classifyTask);
    for (const { rule, line, text } of active) {
      const quoted = text.length > 80 ? `${text.slice(0, 77)}...` : text;
      const seen: Task[] = [];
      // A task that already follows a task which got the cue edges is covered by transitivity: linking it
      // again would make tests x implementations edges per story.
      const covered = new Set<string>();
      const reason = tasks[0] ? `cue "${quoted}" (${ctx.at(tasks[0], line)}): ${rule.why}` : "";
      tasks.forEach((task, i) => {
        const role = roles[i] as TaskRole;
        if (rule.after(role) && seen.length > 0) {
          if (ctx.edges.sourcesOf(task.id).some((from) => covered.has(from))) covered.add(task.id);
          else {
            for (const before of seen)
              ctx.edges.add({
                from: before.id,
                to: task.id,
                kind: "cue",
                reason,
                stated: false,
                origin: "cue",
                line,
              });
            covered.add(task.id);
          }
        }
        if (rule.before(role)) {
          seen.push(task);
          covered.clear();
        }
      });
    }
  }
}

/** The rules the list binds, each with the first clause that states it. */
function activeRules(ctx: DetectionContext): Array<{ rule: CueRule; line: number; text: string }> {
  const clauses = bindingClauses(ctx.list).map((c) => ({ ...c, orders: readRoleOrders(c.text) }));
  const active: Array<{ rule: CueRule; line: number; text: string }> = [];
  for (const rule of RULES) {
    const cue = clauses.find((c) =>
      c.orders.some((o) => o.first === rule.first && rule.then.includes(o.then)),
    );
    if (cue) active.push({ rule, line: cue.line, text: cue.text });
  }
  return active;
}

/** True when the list binds its tests to be written before the implementation. */
export function bindsTestsFirst(ctx: DetectionContext): boolean {
  return activeRules(ctx).some(({ rule }) => rule.first === "test");
}
