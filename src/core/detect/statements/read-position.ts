import { TASK_WORD } from "./id-range-patterns.js";
import { BOTH_OR_NOTHING } from "./words/quantifier-words.js";
import { ownsNoun, referenceGroups, targetsOf } from "./reference-groups.js";
import type { FoundReference, Target } from "./statement-types.js";

const NAMING_WORD = new RegExp(String.raw`(?:^|\s)(?:the\s+)?${TASK_WORD}\s*$`, "iu");
// German and Dutch put the subject after the finite verb when an adverb opens the clause ("Außerdem darf
// T028 erst starten, wenn ...", "Daarna mag T028 pas beginnen als ..."): the adverb and the verb stand
// before the subject.
const VERB_SECOND_LEAD =
  /^\s*(?:au(?:ß|ss)erdem|danach|dann|anschlie(?:ß|ss)end|zus[aä]tzlich|ebenso|auch|daarna|dan|verder|ook|bovendien)\s+(?:darf|d[uü]rfen|kann|k[oö]nnen|soll|sollen|muss|m[uü]ssen|wird|werden|mag|mogen|moet|moeten|kan|kunnen|zal|zullen)\s+$/iu;

/** A position read as a relation: `before` goes before `after`. */
export interface Placed {
  before: Target[];
  after: Target[];
}

/**
 * The list a clause opens with (only the opening list is the subject: "Phase 8 reports on every story" is
 * about Phase 8), and the position the words after it, up to `until`, give it ("T017 goes first").
 */
export function openingPlace(
  clause: { text: string; start: number; refs: readonly FoundReference[] },
  until: number,
  inherited: Target[] | null,
): { subject: Target[]; place: Placed | null } | null {
  const { text } = clause;
  const refs = clause.refs.filter((r) => r.end <= until);
  // A word naming what the reference is ("Group 3 goes last", "Task 2 first") is part of it.
  const lead = text
    .slice(clause.start, refs[0]?.start ?? 0)
    .replace(/^[^:]*:/, "")
    .replace(NAMING_WORD, "")
    .replace(VERB_SECOND_LEAD, "");
  // "After T002, both T004 and T005 start": a word of "both" before the list is part of it.
  if (refs.length === 0 || (/\p{L}{2,}/u.test(lead) && !BOTH_OR_NOTHING.test(lead))) return null;
  const list = referenceGroups(text, refs)[0] ?? [];
  if (ownsNoun(text, list.at(-1))) return null;
  const subject = targetsOf(list);
  return {
    subject,
    place: positionIn(text.slice(list[list.length - 1]?.end ?? 0, until), subject, inherited),
  };
}

// "T017 goes first", "T024 last", "T003 en premier": a position among the tasks of its phase, and nothing
// after it but the clause's end or an aside ("first for everybody" says the same of every other task).
// Matched on folded text: "por último" reads "por ultimo". Malay and Indonesian put the word after the
// task, a passive verb between ("T001 dahulu", "T004 dikerjakan terakhir"). Portuguese, Spanish and French
// say it with a copula: "A #459 é a última de todas", "T003 es la primera", "T012 est la dernière".
const POSITION =
  /^\s*(?:(?:goes|go|comes?|runs?|starts?|is\s+done|happens?|(?:is|are|gets?)\s+merged|lands?|ships?|merges?|passe(?:nt)?|vient|viennent|geht|kommt|kommen|va|vai|іде|йде|ідуть|йдуть|dikerjakan|dibuat|dijalankan|digabungkan|digabung|di-?merge)\s+|(?:(?:must|should|will)\s+be|is|are)\s+the\s+(?:very\s+)?(?=(?:first|last)\s+(?:task|step|one|merge|change)\b)|(?:e|es|est)\s+(?:a|la|o|el|le)\s+(?=(?:ultim[ao]|primeir[ao]|primer[ao]|derniere|premiere?)\b))?(?:(?<first>first|en\s+premier|primeir[ao]|primer[ao]|premiere?|primero|zuerst|primeiro|першою|першим|першими|(?:terlebih\s+)?dahulu|dulu|paling\s+awal)|(?<last>last|en\s+dernier|ultim[ao]|derniere|al\s+final|zuletzt|por\s+ultimo|no\s+final|останньою|останнім|останніми|terakhir|paling\s+akhir))(?:\s+(?:task|step|one|merge|change))?(?:\s+(?:in|of|within)\s+(?:its|their|the|this)\s+(?:phase|feature|story|list|plan)|\s+for\s+(?:everybody|everyone|every\s+(?:task|issue|item|step)|all(?:\s+of\s+them|\s+(?:other\s+)?(?:tasks|issues|items|steps))?)|\s+of\s+all|\s+de\s+(?:tod[ao]s|toutes|tous))?(?=\s*(?:$|[.,;:!(（—–]))/iu;

/**
 * True when a verb of position follows a reference straight away ("... and T007 goes last"): the
 * reference is the subject of a clause of its own, not one more item of the list before it. A bare
 * "first" ("needs T004 and T005 first") is said of the whole clause.
 */
export function placedHere(text: string, ref: { end: number }): boolean {
  const m = POSITION.exec(text.slice(ref.end));
  const position = m?.groups?.first ?? m?.groups?.last;
  return m !== null && position !== undefined && !m[0].trimStart().startsWith(position);
}

/**
 * Tasks said to go first (last) do so among the other tasks just spoken of ("T012 and T015 edit one file;
 * T012 goes first"), or, when none were, among every other task of their phase. Null: no such words.
 */
function positionIn(rest: string, subject: Target[], inherited: Target[] | null): Placed | null {
  if (subject.length === 0 || !subject.every((t) => t.level === "task")) return null;
  const m = POSITION.exec(rest);
  if (!m) return null;
  const own = new Set(subject.flatMap((t) => (t.level === "task" ? t.ids : [])));
  const spokenOf = (inherited ?? []).filter((t) => t.level === "task" && !t.ids.some((id) => own.has(id)));
  const others: Target[] =
    spokenOf.length > 0 ? spokenOf : [{ level: "rest-of-phase", written: m[0].trim() }];
  return m.groups?.first ? { before: subject, after: others } : { before: others, after: subject };
}
