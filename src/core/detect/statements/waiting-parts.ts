import { classifyTask } from "../classify-task.js";
import { foldText } from "./fold-text.js";
import { targetTaskIds, tasksOfGroup } from "./expand-side.js";
import type { SentenceReading } from "./read-sentence.js";
import { warnAbout, type ReadingContext } from "./reading-context.js";
import { referenceGroups, targetsOf } from "./reference-groups.js";
import type { FoundReference, Target } from "./statement-types.js";

type Relation = SentenceReading["relations"][number];

// "US2 depends on US1 only for its tests", "Phase 5 needs Phase 3 just for the end-to-end tests", "US3
// dipende da US1 soltanto per i test", "US2 braucht US1 nur für seine Tests": a word of exclusion and a
// purpose that is testing limit the relation to the tests of the side that waits. Tests are what consume
// another story's work end to end; the rest of the waiting story is free of the relation. The words are
// matched on folded text (fold-text.ts), without accents: "für" reads "fur".
const ONLY = String.raw`(?:only|just|solely|purely|merely|uniquement|seulement|soltanto|solamente|solo|unicamente|apenas|somente|nur|alleen|enkel|endast|bara|kun|bare)`;
const FOR = String.raw`(?:for|pour|per|para|fur|voor|til)`;
const DETERMINER = String.raw`(?:its|their|the|ses|leurs|les|i|gli|suoi|loro|sus|los|las|os|seus|suas|seine[n]?|ihre[n]?|die|zijn|haar|de|dess|deras|sine|dens)`;
const KIND = String.raw`(?:unit|integration|contract|acceptance|end-to-end|e2e|api|ui|smoke|d['’]integration|di\s+integrazione|de\s+integracion|de\s+integracao)`;
const TESTS = String.raw`(?:tests?|testing|test\s+tasks?|test\s+suites?|essais|prove|pruebas|testes|testy)`;
const ONLY_FOR_TESTS = new RegExp(
  String.raw`(?<![\p{L}])${ONLY}\s+${FOR}\s+(?:${DETERMINER}\s+)?(?:own\s+)?(?:(${KIND})\s+)?${TESTS}(?![\p{L}])`,
  "iu",
);

/**
 * The sentence's relations with each story or phase that waits narrowed to its test tasks, when the
 * sentence limits the relation to them. A waiting group with no test task stays whole: a missed
 * dependency costs more than a late task.
 */
export function scopedToTests(
  rc: ReadingContext,
  folded: string,
  read: SentenceReading,
  line: number,
): SentenceReading {
  const scope = ONLY_FOR_TESTS.exec(folded);
  if (scope === null || read.relations.length === 0) return read;
  const narrowed = new Map<Target, Target>();
  const narrow = (target: Target): Target => {
    const known = narrowed.get(target);
    if (known) return known;
    const tests = testsOf(rc, target, scope, line);
    narrowed.set(target, tests);
    return tests;
  };
  const relations = read.relations.map((relation) => ({ ...relation, after: relation.after.map(narrow) }));
  // "... only for its integration tests. Those two tasks wait ...": the next sentence speaks of the tests.
  const subject = read.subject?.map((t) => narrowed.get(t) ?? t) ?? null;
  return { ...read, relations, subject };
}

function testsOf(rc: ReadingContext, target: Target, scope: RegExpExecArray, line: number): Target {
  if (target.level !== "group") return target;
  const tests = tasksOfGroup(rc.ctx.list.tasks, target).filter((task) => classifyTask(task) === "test");
  // "its integration tests": the tests whose own words say that kind, when any do.
  const kind = scope[1]?.split(/[\s'’]+/).at(-1);
  const ofKind = kind
    ? tests.filter((t) =>
        foldText(`${t.title} ${t.files.join(" ")}`)
          .toLowerCase()
          .includes(kind),
      )
    : [];
  const ids = (ofKind.length > 0 ? ofKind : tests).map((task) => task.id);
  if (ids.length === 0) return target;
  warnAbout(
    rc,
    line,
    `"${scope[0]}": only the tests of ${target.written} (${ids.join(", ")}) wait; its other tasks are free of the relation`,
  );
  return { level: "task", ids, written: `${target.written}'s tests` };
}

// "US3 needs T023 for Batch L and T033 for the stats endpoint T043", "Phase 4 depends on T010 for its
// exporter T021": "for" and a part of the side that waits, right after an object, name the part that
// needs that object. The object binds only that part, and the part is no object of its own.
const PURPOSE =
  /^\s*(?:\([^()]*\)\s*)?(?:for|pour|per|para|fur|voor)\s+(?:(?:the|its|their|a|an)\s+)?(?:[\p{L}\p{N}_-]+\s+){0,3}$/iu;

/**
 * The sentence's relations with each object that is followed by a part of the waiting side bound to that
 * part alone. A part outside the waiting side ("T023 for the export") changes nothing.
 */
export function purposeParts(
  rc: ReadingContext,
  folded: string,
  refs: readonly FoundReference[],
  read: SentenceReading,
): SentenceReading {
  if (read.relations.length === 0 || !/\b(?:for|pour|per|para|fur|voor)\b/i.test(folded)) return read;
  const groups = referenceGroups(folded, refs).map((group, i, all) => {
    const end = all[i - 1]?.at(-1)?.end;
    const purpose = end !== undefined && PURPOSE.test(folded.slice(end, group[0]?.start));
    return { targets: targetsOf(group), purpose };
  });
  if (!groups.some((g) => g.purpose)) return read;
  return { ...read, relations: read.relations.flatMap((r) => boundToParts(rc, r, groups)) };
}

/**
 * One relation split by the parts its objects are said to be for: "T001 for T004 and T002 for T005" binds
 * T001 to T004 and T002 to T005. A part is the run of references after "for" that lie in the waiting
 * side; what follows the run in the same list ("for T004, and T002") is an object again.
 */
function boundToParts(
  rc: ReadingContext,
  relation: Relation,
  groups: ReadonlyArray<{ targets: Target[]; purpose: boolean }>,
): Relation[] {
  const waiting = new Set(relation.after.flatMap((t) => targetTaskIds(rc.ctx, t)));
  const inside = (t: Target): boolean => {
    const ids = targetTaskIds(rc.ctx, t);
    return ids.length > 0 && ids.every((id) => waiting.has(id));
  };
  const bound: Relation[] = [];
  const used = new Set<Target>();
  let pending: Target[] = [];
  for (const group of groups) {
    const objects = group.targets.filter((t) => relation.before.includes(t));
    const run = group.purpose && pending.length > 0 ? leadingRun(objects, inside) : 0;
    if (run > 0) {
      const part = objects.slice(0, run);
      bound.push({ ...relation, before: pending, after: part });
      [...pending, ...part].forEach((t) => used.add(t));
    }
    pending = objects.slice(run);
  }
  if (bound.length === 0) return [relation];
  const rest = relation.before.filter((t) => !used.has(t));
  return [...bound, ...(rest.length > 0 ? [{ ...relation, before: rest }] : [])];
}

function leadingRun(targets: readonly Target[], inside: (t: Target) => boolean): number {
  const outside = targets.findIndex((t) => !inside(t));
  return outside < 0 ? targets.length : outside;
}
