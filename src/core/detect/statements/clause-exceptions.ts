import type { FoundReference, Target } from "./statement-types.js";
import { patternList, type WordList } from "./word-matcher.js";
import { EXCEPTION_WORDS, NEGATED_CONJUNCT } from "./words/exception-words.js";
import type { Clause, ClauseReading } from "./clause-types.js";
import { RELATIVE_PRONOUNS } from "./relative-clauses.js";

let exceptions: WordList<string> | null = null;
let limits: WordList<string> | null = null;

// "needs no task except T003", "depends on nothing other than T003", "braucht keine Aufgabe außer T003": a
// negative quantifier before the exception makes what follows the only thing named, not a carve-out.
const NOTHING_BUT =
  /(?:^|[^\p{L}])(?:no|none|nothing|kein\p{L}*|nichts|aucune?|rien|ningun[oa]?|ningún|nada|nenhum[a]?|nessun[oa]?|niente|geen|niets|żadn\p{L}*|nic|ничего|никак\p{L}*)(?:\s+\p{L}+){0,2}\s*$/iu;

// A relative pronoun whose verb is the relation word (one word may stand between: "which only needs"; an
// aside in brackets may come before it: "T049 (the summary), which needs"). Malay and Indonesian put a modal
// phrase between ("yang baru boleh dimulai setelah": which may only start after).
const RELATIVE_NEXT = new RegExp(
  String.raw`^\s*(?:\([^()]*\)\s*)?,?\s*(?:(?:${RELATIVE_PRONOUNS}|that|che)\s+(?:\p{L}+\s+)?|yang\s+(?:\p{L}+\s+){0,3})$`,
  "iu",
);

/**
 * The tasks a clause that relates things carves out ("Everything in Phase 4 except T024 needs T018",
 * "T010-T015 except T013 need T008", "All of Phase 4 waits for T020, apart from T027"): the task IDs after
 * an exception word, up to the next relation word or the clause's end. Null when it carves out nothing.
 */
export function exceptedTasks(clause: Clause): { kept: FoundReference[]; excepted: Set<string> } | null {
  if (!clause.markers.some((m) => m.type === "relation")) return null;
  exceptions ??= patternList(EXCEPTION_WORDS);
  const word = exceptions.findAll(clause.text).find((m) => m.start >= clause.start);
  if (!word || NOTHING_BUT.test(clause.text.slice(clause.start, word.start))) return null;
  // A full-width comma ends a Chinese or Japanese clause, and the exception with it ("除了 T004，...").
  const comma = clause.text.slice(word.end).search(/，/u);
  const next = Math.min(
    clause.markers.find((m) => m.start >= word.end)?.start ?? clause.text.length,
    comma < 0 ? clause.text.length : word.end + comma,
  );
  const out = clause.refs.filter((r) => r.start >= word.end && r.end <= next);
  if (out.length === 0) return null;
  // "..., salvo en dos puntos: T004 no puede empezar hasta que ...": after the colon stand the exceptions'
  // own statements, with their own subjects; nothing is carved out of them.
  if (/[:：]/.test(clause.text.slice(word.end, out[0]?.start ?? word.end))) return null;
  // "T004 e T005 rodam em paralelo, exceto T005, que precisa de T002", "Wave 3: T008–T014, except T012
  // which needs T008": when the clause's one relation is the verb of a relative pronoun right after the
  // task excepted, it is said of that task (excepted from the claim before), not of the rest.
  // Not when the relative clause names nothing to relate to ("except T021, which goes as soon as its own
  // blockers are done"): it says when the excepted task may go, and the exception stands.
  const relations = clause.markers.filter((m) => m.type === "relation").length;
  const relativeObject = clause.refs.some((r) => r.start >= next);
  if (
    relations === 1 &&
    relativeObject &&
    RELATIVE_NEXT.test(clause.text.slice(out[out.length - 1]?.end ?? 0, next))
  )
    return { kept: clause.refs.filter((r) => r.start >= word.end), excepted: new Set() };
  // "... and nothing from US1": the groups named are left out of the clause, as are tasks.
  if (NEGATED_CONJUNCT.test(clause.text.slice(word.start, word.end)))
    return { kept: clause.refs.filter((r) => !out.includes(r)), excepted: new Set() };
  if (out.some((r) => r.target.level !== "task")) return null;
  const excepted = new Set(out.flatMap((r) => (r.target.level === "task" ? r.target.ids : [])));
  return { kept: clause.refs.filter((r) => !out.includes(r)), excepted };
}

/** A clause's relations without the tasks it carved out: left out of task lists, excepted from groups. */
export function withoutExcepted(
  relations: ClauseReading["relations"],
  excepted: ReadonlySet<string>,
): ClauseReading["relations"] {
  const side = (targets: readonly Target[]): Target[] =>
    targets.flatMap((t): Target[] => {
      if (t.level === "task") {
        const ids = t.ids.filter((id) => !excepted.has(id));
        return ids.length === 0 ? [] : [{ ...t, ids, except: [...(t.except ?? []), ...excepted] }];
      }
      if (t.level === "group" || t.level === "rest-of-phase")
        return [{ ...t, except: [...(t.except ?? []), ...excepted] }];
      return [t];
    });
  return relations
    .map((r) => ({ ...r, before: side(r.before), after: side(r.after) }))
    .filter((r) => r.before.length > 0 && r.after.length > 0);
}

/**
 * The references a denial frees: those before an exception or a word of limit ("doesn't need anything from
 * US1 beyond what Phase 2 gives it", "needs nothing from US1 other than Phase 2"). What the exception names
 * is still needed, so it is never set beside the subject.
 */
export function beforeException(
  text: string,
  from: number,
  refs: readonly FoundReference[],
): FoundReference[] {
  limits ??= patternList([
    ...EXCEPTION_WORDS,
    String.raw`beyond|m[aá]s\s+all[aá]\s+de|au[\s-]del[aà]\s+de|oltre\s+a`,
  ]);
  const word = limits.findAll(text).find((m) => m.start >= from);
  return word ? refs.filter((r) => r.end <= word.start) : [...refs];
}
