import type { Task } from "../model/task.js";
import { classifyTask, type TaskRole } from "./classify-task.js";
import type { DetectionContext } from "./detection-context.js";

// A rule stated as a suggestion, an alternative or a denial binds nothing: "optionally write tests before
// the implementation", "tests are not needed before implementation".
const NOT_BINDING =
  /\b(optional(?:ly)?|could|may|might|e\.g\.|for example|recommended|suggested|prefer(?:ably)?|ideally|if (?:you|time|staffed))\b/i;
const DENIAL = /\b(not|no need|never|don'?t|doesn'?t|needn'?t)\b/i;
// Sections that describe ways to staff or deliver the work, not rules about the tasks.
const STRATEGY_HEADING =
  /\b(strateg(?:y|ies)|mvp|incremental delivery|parallel team|staffing|suggest\w*|recommend\w*)\b/i;

interface CueRule {
  /** Which statement states it. */
  pattern: RegExp;
  before: (role: TaskRole) => boolean;
  after: (role: TaskRole) => boolean;
  why: string;
}

const RULES: CueRule[] = [
  {
    pattern: /\btests?\b[^.;!?]*\bbefore\b[^.;!?]*\bimplement/i,
    before: (r) => r === "test",
    after: (r) => r !== "test",
    why: "test task before the story's implementation",
  },
  {
    pattern: /\bmodels?\b[^.;!?]*\bbefore\b[^.;!?]*\bservices?\b/i,
    before: (r) => r === "model",
    after: (r) => r === "service",
    why: "model before service",
  },
  {
    pattern:
      /\bservices?\b[^.;!?]*\bbefore\b[^.;!?]*\b(endpoints?|controllers?|routes?|handlers?|commands?|api)\b/i,
    before: (r) => r === "service",
    after: (r) => r === "endpoint",
    why: "service before endpoint",
  },
  {
    pattern: /\bimplementation\b[^.;!?]*\bbefore\b[^.;!?]*\bintegration\b/i,
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
  const cues = ctx.list.cues ?? [];
  const active: Array<{ rule: CueRule; line: number; text: string }> = [];
  const binding = cues.filter((c) => isBindingCue(c, headingsAt(ctx, c.line)));
  for (const rule of RULES) {
    const cue = binding.find((c) => statesRule(c.text, rule.pattern));
    if (cue)
      active.push({ rule, line: cue.line, text: cue.text.replace(/[*>_]/g, "").replace(/\s+/g, " ").trim() });
  }
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

/** True when one clause of the text states the rule: subject, "before" and object with no clause break. */
function statesRule(text: string, pattern: RegExp): boolean {
  return text
    .split(/[.;!?](?:\s|$)|\s[—–]\s/)
    .some((clause) => pattern.test(clause) && !DENIAL.test(clause) && !NOT_BINDING.test(clause));
}

/** A cue binds unless it sits under a heading about strategy or staffing. */
function isBindingCue(cue: { line: number }, headings: readonly string[]): boolean {
  return cue.line > 0 && !headings.some((h) => STRATEGY_HEADING.test(h));
}

/** The headings above a line outside the tasks (empty for a heading line itself). */
function headingsAt(ctx: DetectionContext, line: number): readonly string[] {
  return ctx.list.notes?.find((n) => n.line === line)?.headings ?? [];
}
