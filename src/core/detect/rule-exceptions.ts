import { findAllReferences } from "../parse/extract-task-references.js";
import { classifyTask } from "./classify-task.js";
import { readableText } from "./detect-explicit-edges.js";
import type { DetectionContext } from "./detection-context.js";
import { addApart, type ApartPairs } from "./statements/apart-pairs.js";

// "The tests-first rule does not apply to T030", "this order doesn't apply to T012 and T013", "la regla
// no se aplica a T030", "a regra não se aplica à T030", "cette règle ne s'applique pas à T030", "die Regel
// gilt nicht für T030": the list takes its own ordering rule back for the tasks named after it.
const NOT_APPLYING =
  /\b(?:rules?|order|orders|conventions?|requirements?|policy|reglas?|regras?|r[eè]gles?|regeln?)\b[^.;:]{0,40}?(?:\b(?:does\s+not|doesn['’]t|do\s+not|don['’]t)\s+apply\s+to|\bno\s+se\s+aplica\s+a|\bn[aã]o\s+se\s+aplica\s+(?:a|à|ao)|\bne\s+s['’]applique\s+pas\s+(?:à|a|au)|\bgilt\s+nicht\s+f[üu]r)\s+([^.;:]+)/i;
// "T030 is exempt from the tests-first rule"
const EXEMPT =
  /([^.;:]{1,60}?)\b(?:is|are)\s+exempt(?:ed)?\s+from\s+(?:the\s+)?[^.;:]{0,40}?\b(?:rules?|order|convention)\b/i;

/** A task the list frees from its ordering rules, with the words and line that say so. */
export type RuleExceptions = ReadonlyMap<string, { quote: string; line: number }>;

// The rule taken back is the tests-first one when its words name tests: "tests-first", "TDD", "la regla
// de pruebas primero", "a regra de testes".
const TESTS_RULE = /test|\btdd\b|prueba/i;

/**
 * A tests-first rule shows in a listing as order too: a story's tests are listed before its
 * implementation, and an unmarked task after them waits for them. Taking that rule back for a task frees it
 * from the test tasks listed before it in its phase; it still follows every other task listed before it.
 */
export function freedFromTests(ctx: DetectionContext, outside: RuleExceptions): ApartPairs {
  const out = new Set<string>();
  const tasks = ctx.list.tasks.filter((t) => !t.group);
  tasks.forEach((task, i) => {
    const said = outside.get(task.id);
    if (said === undefined || !TESTS_RULE.test(said.quote)) return;
    for (const before of tasks.slice(0, i)) {
      if (before.phase === task.phase && classifyTask(before) === "test") addApart(out, before.id, task.id);
    }
  });
  return out;
}

/**
 * The tasks the list frees from its ordering rules (tests first, models before services, ...), with the
 * words and line that say so: the cue rules leave them out. Read in the list's notes and in the tasks'
 * own text.
 */
export function tasksOutsideRules(ctx: DetectionContext): RuleExceptions {
  const out = new Map<string, { quote: string; line: number }>();
  const read = (text: string, line: number): void => {
    const named = NOT_APPLYING.exec(text)?.[1] ?? EXEMPT.exec(text)?.[1];
    if (named === undefined) return;
    for (const ref of findAllReferences(named, ctx.style))
      for (const id of ctx.index.resolve(ref).ids)
        if (!out.has(id)) out.set(id, { quote: quoteOf(text), line });
  };
  for (const note of ctx.list.notes ?? []) if (note.code === null) read(note.text, note.line);
  for (const task of ctx.list.tasks)
    readableText(task.title, task.body)
      .split("\n")
      .forEach((text, i) => read(text, task.line + i));
  return out;
}

/** The words as a warning quotes them: without a list bullet, at most 120 characters. */
function quoteOf(text: string): string {
  return text
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "")
    .trim()
    .slice(0, 120);
}
