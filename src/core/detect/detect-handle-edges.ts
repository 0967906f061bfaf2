import type { Task } from "../model/task.js";
import { classifyTask } from "./classify-task.js";
import type { DetectionContext } from "./detection-context.js";
import { withoutPaths } from "./without-paths.js";

// A title that opens with a verb says what to do, not what the task's work is called.
const OPENING_VERB =
  /^(?:add|adds|create|implement|write|define|build|set|configure|update|wire|register|hook|move|bump|fix|remove|refactor|extract|introduce|generate|run|make|use|expose|document|compile|call|seed|migrate|deploy|enable|support|port|rename|replace|test|validate|verify|ensure|integrate|mount|render|show|display|handle|store|load|parse|export|import|emit|send|apply|draft|tag|publish|release|review|check|cover|extend|prepare|scaffold|initiali[sz]e|init|install|mark|delete|drop|persist|return|compute|calculate|map|convert|wrap|split|merge|sign|schedule|log|track|record|allow|let|keep|give|put|pass|read|rewrite|switch|turn|open|close|finish|polish|clean|tidy|measure|benchmark|profile|audit|translate|localize|style|design|plan|investigate|spike|decide|choose|pick|ship|cut|promote|backfill|populate|fill|bootstrap|lay|stub|mock)$/i;

// Words that may follow a name without extending it ("the batching source, ...", "the URL guard from").
const AFTER_NAME =
  /^(?:in|on|at|from|of|to|for|with|by|via|and|or|but|so|that|which|as|into|through|above|below|earlier|too|also)$/i;
// A verb after the name makes it the subject: it uses the task ("the test above is written against this
// helper"), unless a word of time before says when the task starts ("once the registry exists").
const VERB_AFTER =
  /^(?:is|are|was|were|be|been|has|have|had|must|should|can|will|would|may|might|exists?|lands?|landed|gets?|calls?|needs?|uses?|runs?|reads?|depends?|waits?|merged|done|ready)$/i;
const TIME_BEFORE = /^(?:once|after|until|till|when|since|soon)$/i;
// "in the ticket list" names a place, "before the registry" the other way round.
const NOT_A_USE_BEFORE = /^(?:in|inside|into|within|under|at|on|before)$/i;

const NEGATION = /\b(?:not|never|without|no|nothing|none|instead\s+of|rather\s+than)\b|n['’]t\b/i;

interface Handle {
  task: Task;
  at: number;
  name: string;
}

/**
 * Handle edges: a task whose title opens with the name of its work ("Batching source: fills and yields
 * batches", "Retry schedule in `retry.ts`") makes a thing the list can name in words; a later task naming
 * it with "the" ("drives the writer with the batching source", "every value goes through the CSV value
 * formatters") uses it, so it waits for that task. Only English, only names of two words or more that one
 * task's title alone opens with, only forward in list order, never in a clause that denies ("doesn't need
 * the retry schedule"), and never for a test.
 */
export function detectHandleEdges(ctx: DetectionContext): void {
  const tasks = ctx.list.tasks.filter((t) => !t.group);
  const handles = uniqueHandles(tasks);
  if (handles.size === 0) return;
  tasks.forEach((task, at) => {
    // A test names what it tests, which may not exist yet: the cue and tested-work rules order tests.
    if (classifyTask(task) === "test") return;
    for (const { key, words } of namesUsed(`${task.title}\n${task.body}`)) {
      const handle = handles.get(key);
      if (handle === undefined || handle.at >= at) continue;
      ctx.edges.add({
        from: handle.task.id,
        to: task.id,
        kind: "symbol",
        reason: `symbol: ${handle.task.id}'s title names its work "${handle.name}", which ${task.id} uses ("${words}") (${ctx.at(handle.task, handle.task.line)}, ${ctx.at(task, task.line)})`,
        stated: false,
        origin: "symbol",
        line: task.line,
      });
    }
  });
}

/**
 * Each name key (the two words that end the name, lower-cased, a final plural "s" dropped: "value
 * formatter") opened by exactly one task's title, with that task.
 */
function uniqueHandles(tasks: readonly Task[]): Map<string, Handle> {
  const byKey = new Map<string, Handle[]>();
  tasks.forEach((task, at) => {
    const name = handleOf(task.title);
    if (name === null) return;
    const key = keyOf(words(name));
    if (key !== null) byKey.set(key, [...(byKey.get(key) ?? []), { task, at, name }]);
  });
  const out = new Map<string, Handle>();
  for (const [key, list] of byKey) if (list.length === 1 && list[0]) out.set(key, list[0]);
  return out;
}

/** The name a title opens with: a label before a colon, or a noun phrase before "in <path>". */
export function handleOf(title: string): string | null {
  const plain = title.replace(/^[*_\s]+/, "").replace(/\([^)]*\)/g, " ");
  const label =
    /^([^:`]{3,60}?)\s*:\s/.exec(plain)?.[1] ?? /^([^:`]{3,60}?)\s+in\s+`?[\w./-]+[/.]/.exec(plain)?.[1];
  if (label === undefined) return null;
  const ws = words(label);
  if (ws.length < 2 || ws.length > 5 || OPENING_VERB.test(ws[0] ?? "")) return null;
  return ws.join(" ");
}

/** The names a task's text uses after "the": every way its words end in a name key. */
function namesUsed(text: string): Array<{ key: string; words: string }> {
  const out: Array<{ key: string; words: string }> = [];
  for (const clause of withoutPaths(text.replace(/`/g, " ")).split(/[.,;:!?()[\]{}—–\n]+/)) {
    if (NEGATION.test(clause)) continue;
    const ws = words(clause);
    ws.forEach((w, i) => {
      if (w !== "the" || NOT_A_USE_BEFORE.test(ws[i - 1] ?? "")) return;
      for (let end = i + 2; end <= Math.min(i + 5, ws.length - 1); end++) {
        if (!endsName(ws, end, ws[i - 1] ?? "")) continue;
        const key = keyOf(ws.slice(end - 1, end + 1));
        if (key !== null) out.push({ key, words: ws.slice(i, end + 1).join(" ") });
      }
    });
  }
  return out;
}

/** Whether a name may end at word `end`: what follows does not extend it, nor make it the subject. */
function endsName(ws: readonly string[], end: number, before: string): boolean {
  let next = end + 1;
  while (/^(?:above|below|earlier)$/.test(ws[next] ?? "")) next++;
  const word = ws[next];
  if (word === undefined) return true;
  if (VERB_AFTER.test(word)) return TIME_BEFORE.test(before);
  return next === end + 1 && AFTER_NAME.test(word);
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((w) => w !== "" && !/^[-'’]+$/.test(w));
}

/** "value formatters" -> "value formatter"; null for a run shorter than two words. */
function keyOf(ws: readonly string[]): string | null {
  const [a, b] = ws.slice(-2);
  if (a === undefined || b === undefined || a === "the") return null;
  return `${a} ${b.length > 3 ? b.replace(/(?<!s)s$/, "") : b}`;
}
