import type { ReadingContext } from "./reading-context.js";
import type { FoundReference, Target } from "./statement-types.js";

// "US1's reader", "US2’s login flow": a story or phase followed by the part of it the sentence is about.
const POSSESSIVE = /^['’]s\s+/;
const WORD = /^[\p{L}][\p{L}\p{N}_-]*/u;
// Words that end the noun phrase of a possessive: function words and the verbs that follow a subject.
const STOP =
  /^(?:and|or|but|nor|so|to|is|are|was|were|be|been|being|has|have|had|exists?|existed|lands?|landed|ships?|shipped|is|before|after|until|once|from|for|in|on|of|with|by|at|as|that|which|who|the|a|an|this|these|those|it|its|their|must|should|can|could|will|would|may|might|do|does|did|not|no)$/i;
const MAX_WORDS = 3;

/**
 * Narrows a phase or story named with a possessive to the part of it that the sentence names: "US3 reuses
 * US1's reader" is about the US1 task whose title or files say "reader", not about every task of US1.
 * Every word of the part must be in the task's title or paths ("journal writer": a task writing
 * src/journal/writer.rs); when no task of the group has them all ("login flow"), the whole group stays:
 * a missed dependency costs more than a late task.
 */
export function narrowPossessives(
  rc: ReadingContext,
  folded: string,
  refs: readonly FoundReference[],
): FoundReference[] {
  return refs.map((ref) => {
    if (ref.target.level !== "group") return ref;
    const words = partWords(folded.slice(ref.end));
    if (words.length === 0) return ref;
    const ids = tasksNaming(groupTasks(rc, ref.target), words);
    if (ids.length === 0) return ref;
    const target: Target = { level: "task", ids, written: `${ref.target.written}'s ${words.join(" ")}` };
    return { ...ref, target };
  });
}

/** The words of the noun phrase after "'s", up to a function word, a verb or a punctuation mark. */
function partWords(after: string): string[] {
  const opening = POSSESSIVE.exec(after);
  if (!opening) return [];
  const words: string[] = [];
  let rest = after.slice(opening[0].length);
  while (words.length < MAX_WORDS) {
    const word = WORD.exec(rest);
    if (!word || STOP.test(word[0])) break;
    words.push(word[0].toLowerCase());
    rest = rest.slice(word[0].length);
    if (!/^ +\p{L}/u.test(rest)) break;
    rest = rest.trimStart();
  }
  return words;
}

interface NamedTask {
  id: string;
  text: string;
}

function groupTasks(rc: ReadingContext, target: Extract<Target, { level: "group" }>): NamedTask[] {
  const phases = new Set(target.phases);
  const ids = new Set(target.ids);
  return rc.ctx.list.tasks
    .filter((t) => !t.group && ((t.phase !== null && phases.has(t.phase)) || ids.has(t.id)))
    .map((t) => ({ id: t.id, text: `${t.title} ${t.files.join(" ")}`.toLowerCase() }));
}

/** The tasks whose title or paths hold every word of the part ("login flow" needs "flow" too). */
function tasksNaming(tasks: readonly NamedTask[], words: readonly string[]): string[] {
  const significant = words.filter((w) => w.length >= 3);
  if (significant.length === 0) return [];
  return tasks.filter((t) => significant.every((w) => t.text.includes(w))).map((t) => t.id);
}
