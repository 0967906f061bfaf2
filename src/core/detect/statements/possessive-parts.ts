import { ONLY_WORDS } from "./exclusive-needs.js";
import { tasksOfGroup } from "./expand-side.js";
import { findMarkers } from "./find-markers.js";
import type { ReadingContext } from "./reading-context.js";
import type { FoundReference, Target } from "./statement-types.js";
import { regExpLiteral } from "../../parse/reg-exp-literal.js";
import { followsRestOf } from "./rest-of.js";

// "US1's reader", "US2’s login flow": a story or phase followed by the part of it the sentence is about
// (and "the reader of US1", "US1 的读取器" below).
const POSSESSIVE = /^['’]s\s+/;
const WORD = /^[\p{L}][\p{L}\p{N}_-]*/u;
// Words that end the noun phrase of a possessive: function words and the verbs that follow a subject.
const STOP =
  /^(?:and|or|but|nor|so|to|is|are|was|were|be|been|being|has|have|had|exists?|existed|lands?|landed|ships?|shipped|before|after|until|once|from|for|in|on|of|with|by|at|as|that|which|who|the|a|an|this|these|those|it|its|their|must|should|can|could|will|would|may|might|do|does|did|not|no)$/i;
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
  // "depende da US2": the "of" that ends a relation word opens no possessive.
  const relationEnds = findMarkers(folded)
    .filter((m) => m.type === "relation")
    .map((m) => m.end);
  return withoutLocatingGroups(rc, folded, refs).map((ref) => {
    // "the rest of Phase 3" is Phase 3 without the other side, not a part of it named "rest".
    if (ref.target.level !== "group" || followsRestOf(folded.slice(0, ref.start))) return ref;
    const ofRelation = relationEnds.some(
      (end) => end <= ref.start && /^\s*$/.test(folded.slice(end, ref.start)),
    );
    const words = [
      partWords(folded.slice(ref.end)),
      OPEN_ENDED.test(folded.slice(ref.end)) || ofRelation ? [] : partBefore(folded.slice(0, ref.start)),
      partCjk(folded.slice(ref.end)),
    ].find((w) => w.length > 0);
    if (words === undefined) return ref;
    const ids = tasksNaming(groupTasks(rc, ref.target), words);
    if (ids.length === 0) return ref;
    const target: Target = { level: "task", ids, written: `${ref.target.written}'s ${words.join(" ")}` };
    return { ...ref, target };
  });
}

// "T022 from US2", "T014 in Phase 3", "T007 de US1", "1.2 del grupo 1", "T030 i US2" (Danish, Norwegian,
// Swedish "in"; Polish "i" is "and", but a group holding the task it follows only says where it is), "T016
// din Povestea 1" (Romanian "from"), "T042 من قصة المستخدم 3" (Arabic "from"), "T022 ของ US1" (Thai "of"): a
// word that says where the task before it is.
const LOCATING =
  /^\s*[(,]?\s*(?:from|in|of|de|du|del|da|do|aus|von|im|di|van|uit|z|ze|i|fra|fran|af|av|din|из|в|من|في|ของ|ใน)\s+(?:(?:the|el|la|los|las|o|a|der|dem|le)\s+)?(?:(?:group|grupo|gruppe|groupe|gruppo|groep|grupa|skupina|група|группа|task|tarea|tarefa|t[aâ]che|aufgabe)\s+)?$/iu;

// "Within US2 only T032 and T033 wait on US1", "In Phase 3, T012 needs T004", "Dentro de la US2 solo
// T032 ...", Persian "از داستان ۱ فقط T017" (from story 1 only T017): a clause opening with a story or phase
// after a word of place, then tasks, says where they are.
const OPENING_PLACE =
  /(?:^|[.;:!?]\s*)(?:within|inside|in|dentro\s+de|en|innerhalb(?:\s+von)?|binnen|inom|indenfor|innenfor|w\s+ramach|v\s+ramci|в\s+рамках|у\s+межах|dans|nell['’]ambito\s+(?:di|del(?:la)?)|all['’]interno\s+(?:di|del(?:la)?)|از|در|درون)\s+(?:(?:the|la|el|le|der|dem|die)\s+)?$/iu;
const THEN_TASKS = new RegExp(String.raw`^\s*,?\s*(?:(?:${ONLY_WORDS})\s+)?$`, "iu");

/**
 * A story or phase that only says where the tasks named next to it are: "US3 reuses only T022 from US2",
 * "Within US2 only T032 and T033 wait on US1".
 */
function withoutLocatingGroups(
  rc: ReadingContext,
  folded: string,
  refs: readonly FoundReference[],
): FoundReference[] {
  return refs.filter((ref, i) => {
    const next = refs[i + 1];
    if (
      ref.target.level === "group" &&
      next?.target.level === "task" &&
      OPENING_PLACE.test(folded.slice(0, ref.start)) &&
      THEN_TASKS.test(folded.slice(ref.end, next.start))
    )
      return false;
    if (locatesTaskNext(rc, folded, ref, next)) return false;
    if (scopesLaterTask(rc, folded, ref, refs.slice(i + 1))) return false;
    const before = refs[i - 1];
    if (before?.target.level !== "task" || ref.target.level === "each-other") return true;
    if (!LOCATING.test(folded.slice(before.end, ref.start))) return true;
    // "1.2 y 1.5 del grupo 1": a parent task (a Kiro group) locates its sub-tasks as a phase does.
    const inside = new Set(
      ref.target.level === "group"
        ? tasksOfGroup(rc.ctx.list.tasks, ref.target).map((t) => t.id)
        : rc.ctx.list.tasks
            .filter(
              (t) => ref.target.level === "task" && ref.target.ids.some((p) => t.id.startsWith(`${p}.`)),
            )
            .map((t) => t.id),
    );
    return !before.target.ids.every((id) => inside.has(id));
  });
}

// "Of task 4, this task only needs 4.3", "From group 2, 5.1 takes only 2.3", "Parmi le groupe 3, ...": a
// clause opening with the whole a later task of the clause is taken from, set off by a comma.
const OPENING_SCOPE =
  /(?:^|[.;:!?]\s*)(?:of|from|among|out\s+of|de|del|von|aus|unter|parmi|entre|di|tra|fra)\s+(?:(?:the|la|el|le|der|dem|die)\s+)?(?:(?:group|task|grupo|tarea|gruppe|aufgabe|groupe|t[aâ]che|gruppo)\s+)?$/iu;

/** A group or parent task that opens its clause as the whole a task named later in it is taken from. */
function scopesLaterTask(
  rc: ReadingContext,
  folded: string,
  ref: FoundReference,
  later: readonly FoundReference[],
): boolean {
  // Set off by a comma, or followed right away by the clause's own subject ("From task 3 this only ...").
  const setOff = /^\s*(?:,|(?=(?:this|it|they)\s))/iu.test(folded.slice(ref.end));
  if (!OPENING_SCOPE.test(folded.slice(0, ref.start)) || !setOff) return false;
  const inside = new Set(membersOf(rc, ref.target));
  const clauseEnd = /[.;!?](?=\s|$)/.exec(folded.slice(ref.end))?.index ?? folded.length;
  return later.some(
    (r) =>
      r.start < ref.end + clauseEnd &&
      r.target.level === "task" &&
      r.target.ids.length > 0 &&
      r.target.ids.length < inside.size &&
      r.target.ids.every((id) => inside.has(id)),
  );
}

/** The tasks a group or a parent task stands for (a parent may already be resolved to its sub-tasks). */
function membersOf(rc: ReadingContext, target: Target): string[] {
  if (target.level === "group") return tasksOfGroup(rc.ctx.list.tasks, target).map((t) => t.id);
  if (target.level !== "task") return [];
  const under = (t: { id: string }): boolean => target.ids.some((p) => t.id.startsWith(`${p}.`));
  return [...target.ids, ...rc.ctx.list.tasks.filter(under).map((t) => t.id)];
}

// "exactly one task from US2, T021", "two tasks of Phase 3: T014 and T015", "una sola tarea de la US1, T005":
// a count of tasks from a group, then the tasks themselves.
const COUNTED_FROM =
  /(?:^|[^\p{L}])(?:one|a\s+single|a|two|three|four|five|\d+|una|un|une|eine?n?|dos|deux|zwei)\s+(?:(?:sola|seule|einzige)\s+)?(?:tasks?|sub-?tasks?|items?|tareas?|tarefas?|t[aâ]ches?|aufgaben?)\s+(?:(?:from|of|in|out\s+of|de|del|da|do|des|du|aus|von)\s+)(?:(?:the|la|el|le|der|dem)\s+)?$/iu;
const RESTATED = /^\s*[,:(—–]\s*$/u;
// "US3 的 T035", "US3 中的 T035", "US3のT035", "US3's T035": a group, a possessive or place particle, then one
// of its own tasks.
const OWNED_NEXT = /^\s*(?:['’]s|的|之|の|中的?|里的?|裡的?|内的?|內的?)\s*$/u;

/**
 * A group that only says where the tasks named right after it are: after a count of its tasks ("one task
 * from US2, T021") or before a possessive ("US3 的 T035"), when those tasks are its own.
 */
function locatesTaskNext(
  rc: ReadingContext,
  folded: string,
  ref: FoundReference,
  next: FoundReference | undefined,
): boolean {
  if (ref.target.level !== "group" || next?.target.level !== "task") return false;
  const between = folded.slice(ref.end, next.start);
  const counted = COUNTED_FROM.test(folded.slice(0, ref.start)) && RESTATED.test(between);
  if (!counted && !OWNED_NEXT.test(between)) return false;
  const inside = new Set(tasksOfGroup(rc.ctx.list.tasks, ref.target).map((t) => t.id));
  return next.target.ids.every((id) => inside.has(id));
}

// "the reader of US1", "le lecteur de US1", "el lector del US1", "der Leser von US1": the part comes first.
const OF_BEFORE = /(?:^|[^\p{L}])(?:of|de|du|del|da|do|von|der)\s+(?:the\s+)?$/iu;
const DETERMINER = /^(?:the|a|an|le|la|les|l'|un|une|el|los|las|o|a|os|as|der|die|das|den|dem|ein|eine)$/i;
// "US1 的读取器", "US1の読み込み処理": the part follows a particle, in Han or Katakana.
const CJK_PART = /^\s*(?:的|の)\s*([\p{Script=Han}\p{Script=Katakana}ー]{2,8})/u;

/** The words of the noun phrase before "of US1" / "de US1", back to a determiner or a function word. */
function partBefore(before: string): string[] {
  const of = OF_BEFORE.exec(before);
  if (!of) return [];
  const words = before
    .slice(0, of.index + (of[0].match(/^[^\p{L}]/u) ? 1 : 0))
    .trim()
    .split(/\s+/);
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0 && out.length < MAX_WORDS; i--) {
    const word = words[i] ?? "";
    if (!WORD.test(word) || DETERMINER.test(word) || STOP.test(word)) break;
    out.unshift(word.toLowerCase());
  }
  return out;
}

/** The Han or Katakana run after a possessive particle ("的", "の"). */
function partCjk(after: string): string[] {
  const m = CJK_PART.exec(after);
  return m?.[1] ? [m[1]] : [];
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
  // "US1's publish/execute path" names two parts, "US1's orchestrator (T076)" its own tasks: the author
  // said more than one part word can hold, so the whole story stays.
  return OPEN_ENDED.test(rest) ? [] : words;
}

const OPEN_ENDED = /^\s*(?:[/&+]|[(（][^)）]*\d)/;

interface NamedTask {
  id: string;
  text: string;
}

function groupTasks(rc: ReadingContext, target: Extract<Target, { level: "group" }>): NamedTask[] {
  return tasksOfGroup(rc.ctx.list.tasks, target).map((t) => ({
    id: t.id,
    text: wordsOf(`${t.title} ${t.files.join(" ")}`),
  }));
}

/** The tasks whose title or paths hold every word of the part ("login flow" needs "flow" too). */
function tasksNaming(tasks: readonly NamedTask[], words: readonly string[]): string[] {
  const significant = words.filter((w) => w.length >= 3 || CJK.test(w));
  if (significant.length === 0) return [];
  // A Latin word must start a word of the text ("end" is not in "backend"); a Han run may sit anywhere.
  const holds = (text: string, w: string): boolean =>
    CJK.test(w) ? text.includes(w) : new RegExp(`(?:^|[^\\p{L}])${regExpLiteral(w)}`, "u").test(text);
  return tasks.filter((t) => significant.every((w) => holds(t.text, w))).map((t) => t.id);
}

const CJK = /[\p{Script=Han}\p{Script=Katakana}]/u;

/** Lower-cased text whose code names are split into words ("WorkflowOrchestrator" -> "workflow orchestrator"). */
function wordsOf(text: string): string {
  return text.replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2").toLowerCase();
}
