import type { DetectionContext } from "../detection-context.js";
import { findMarkers } from "./find-markers.js";
import { foldText } from "./fold-text.js";
import type { Evidence, PhaseExemption, Target } from "./statement-types.js";

// "only", as written between a task and what it needs, in the languages maestro reads: "T045 depends only
// on Phase 2", "T045, som kun afhænger af Fase 2", "die nur von Phase 2 abhängt", "que só depende da Fase
// 2", "care depinde doar de Faza 2" (Portuguese "só" with its accent: unaccented "so" is English). Also
// what may stand between a place and the tasks it locates ("Within US2 only T032 ...").
export const ONLY_WORDS = String.raw`only|solely|just|exclusively|kun|bare|bara|endast|alleen|nur|lediglich|seulement|uniquement|apenas|só|somente|s[oó]lo|solamente|soltanto|unicamente|doar|numai|tylko|jen|pouze|iba|len(?!\s+co(?![\p{L}]))|hanya|chỉ|только|лише|тільки|vain|ainoastaan|pelk[äa]st[äa][äa]n|μόνο|csak|kiz[áa]r[óo]lag|sadece|yaln[ıi]zca|فقط|تنها`;
// ... and the French "ne ... que" round the verb ("ne dépend que de T021", "n'attend que T008").
const ONLY = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${ONLY_WORDS})(?![\p{L}])|(?:^|[^\p{L}])n(?:e\s+|['’])\p{L}+(?:\s+\p{L}+)?\s+qu(?:e\s|['’])`,
  "iu",
);

/**
 * Tasks said to need only earlier phases ("The only exception is T045, which depends only on Phase 2",
 * "The following can start as soon as Phase 2 is in: T014 T015 T017") are freed from the phases between
 * those and their own: the author's word about a task outweighs the phase order. The "only" must stand
 * between the tasks and what they need ("Only T045 depends on Phase 2" says nothing of what else T045
 * needs). Empty when the relation is not such a statement.
 */
export function exclusiveNeed(
  ctx: DetectionContext,
  relation: { before: readonly Target[]; after: readonly Target[] },
  at: Evidence,
): PhaseExemption[] {
  const need = phasesNeededOnly(ctx, relation, at);
  if (need === null) return [];
  const last = Math.max(...need.phases);
  return need.tasks.flatMap(({ task, own }) => {
    const skipped = ctx.list.phases.filter((p) => p.index > last && p.index < own).map((p) => p.index);
    return skipped.length > 0 ? [{ task, phases: skipped, ...at }] : [];
  });
}

/**
 * The tasks such a statement names whose every needed phase is listed before their own ("T027 can be
 * picked up any time after Phase 2", T027 in Phase 3): they need nothing of their own phase either, so
 * the listing order there does not hold them.
 */
export function startsAfterEarlierPhases(
  ctx: DetectionContext,
  relation: { before: readonly Target[]; after: readonly Target[] },
  at: Evidence,
): string[] {
  const need = phasesNeededOnly(ctx, relation, at);
  if (need === null) return [];
  return need.tasks.filter(({ own }) => need.phases.every((p) => p < own)).map(({ task }) => task);
}

/** The tasks, with their phases, and the phases they are said to need and nothing else, or null. */
function phasesNeededOnly(
  ctx: DetectionContext,
  relation: { before: readonly Target[]; after: readonly Target[] },
  at: Evidence,
): { tasks: Array<{ task: string; own: number }>; phases: number[] } | null {
  const after = relation.after[relation.after.length - 1];
  const [first] = relation.before;
  if (after?.level !== "task" || relation.after.some((t) => t.level !== "task")) return null;
  if (first === undefined || relation.before.some((t) => t.level !== "group")) return null;
  const phases = relation.before.flatMap((t) => (t.level === "group" ? t.phases : []));
  const tasks = relation.after
    .flatMap((t) => (t.level === "task" ? t.ids : []))
    .flatMap((task) => {
      const own = ctx.byId.get(task)?.phase ?? null;
      return own === null ? [] : [{ task, own }];
    });
  if (tasks.length === 0 || phases.length === 0) return null;
  const between = wordsBetween(at.quote, after, first);
  if (between === null) return null;
  // "T045 can only start after Phase 2" says when, not that nothing else is needed (as for onlyNeed).
  const only = ONLY.test(between) && !timed(between);
  if (!(only || SOON.test(between) || anyTime(at.quote, between, first))) return null;
  return { tasks, phases };
}

// "T052 can start as soon as Phase 2 is done", "right after Phase 2": the start is fixed at the end of
// what is named, so nothing else is needed.
const SOON = /\b(?:as\s+soon\s+as|(?:right|immediately|directly|straight)\s+after)\b/i;
// "any time after Phase 2", "a 2. fázis után bármikor", "jederzeit nach Phase 2": once what is named is
// done, the task may start whenever; said of its clause, before or right after the thing named.
const ANY_TIME =
  /(?:^|[^\p{L}])(?:any\s*time|at\s+any\s+(?:time|point)|bármikor|jederzeit|à\s+tout\s+moment|n['’]importe\s+quand|en\s+cualquier\s+momento|a\s+qualquer\s+momento|in\s+qualsiasi\s+momento|в\s+любое\s+время|kiedykolwiek|kdykoli|når\s+som\s+helst|när\s+som\s+helst|milloin\s+tahansa|随时|任何时候|いつでも|언제든)(?![\p{L}])/iu;

function anyTime(quote: string, between: string, object: Target): boolean {
  if (ANY_TIME.test(between)) return true;
  const end = foldText(quote).indexOf(object.written) + object.written.length;
  const rest = quote.slice(end);
  return ANY_TIME.test(rest.slice(0, rest.search(/[,;:.!?](?=\s|$)|$/)));
}

/**
 * A task said to need only certain tasks ("T011 needs only T006", "T004 depends only on T001", "tarvitsee
 * ainoastaan T006:n enumit") waits for those and for nothing the listing order would add: its ID, or null.
 * The "only" must stand between the task (or, in its own note, the clause's start) and what it needs, with
 * no word of time ("T004 can only start after T003" says when, not that nothing else is needed).
 */
export function onlyNeed(
  relation: { before: readonly Target[]; after: readonly Target[] },
  at: Evidence,
  self?: string,
): string | null {
  const [after] = relation.after;
  const [first] = relation.before;
  if (relation.after.length !== 1 || after?.level !== "task" || after.ids.length !== 1) return null;
  if (first === undefined || relation.before.some((t) => t.level !== "task")) return null;
  const between = wordsBetween(at.quote, after, first, self);
  if (between === null || !ONLY.test(between)) return null;
  return timed(between) ? null : (after.ids[0] as string);
}

/**
 * A numbered list's top-level tasks said to need only certain tasks ("group 8 only needs group 2", "nhóm 8
 * chỉ cần nhóm 2", "groups 6 and 7 only wait for 4"): their sub-tasks wait for those and not for the stage
 * listed before them, as a sub-task whose note says it waits for nothing does not. The IDs of their
 * sub-tasks, or null. The "only" stands between the two, with no word of time, as for `onlyNeed`.
 */
export function stageOnlyNeed(
  ctx: DetectionContext,
  relation: { before: readonly Target[]; after: readonly Target[] },
  at: Evidence,
): string[] | null {
  const [after] = relation.after;
  const [first] = relation.before;
  if (ctx.list.format !== "numbered" || after?.level !== "task" || first === undefined) return null;
  if ([...relation.before, ...relation.after].some((t) => t.level !== "task")) return null;
  const ids = relation.after.flatMap((t) => (t.level === "task" ? t.ids : []));
  // Each group is named by its own ID ("4") or, with no line of its own, by all of its sub-tasks.
  const wholes = [...new Set(ids.map((id) => id.split(".")[0] ?? ""))].map((top) => {
    const whole = ctx.list.tasks.filter((t) => !t.group && t.id.startsWith(`${top}.`)).map((t) => t.id);
    const named = ids.includes(top) || (whole.length > 0 && whole.every((id) => ids.includes(id)));
    return named ? whole : [];
  });
  if (wholes.some((w) => w.length === 0)) return null;
  const between = wordsBetween(at.quote, after, first);
  return between !== null && ONLY.test(between) && !timed(between) ? wholes.flat() : null;
}

/** True when the words hold a relation word of time ("after", "until"). */
function timed(words: string): boolean {
  return findMarkers(foldText(words)).some(
    (m) => m.type === "relation" && (m.word.temporal === true || m.word.limit === true),
  );
}

/**
 * The words between a relation's subject and its first object as the quote writes them, or null. A task
 * that is not written, in its own note (`self`), stands at the start of the object's clause.
 */
function wordsBetween(
  quote: string,
  subject: Extract<Target, { level: "task" }>,
  object: Target,
  self?: string,
): string | null {
  // The references are written as folded text; folding keeps positions.
  const folded = foldText(quote);
  // In its own words the task is the subject however it is written ("this task", "it", its ID): the
  // words before the object in the object's clause.
  if (subject.ids[0] === self) {
    const object0 = folded.indexOf(object.written);
    return object0 < 0 ? null : quote.slice(clauseStart(quote, object0), object0);
  }
  const named = folded.indexOf(subject.written);
  const to = folded.indexOf(object.written, named < 0 ? 0 : named + subject.written.length);
  if (to < 0 || named < 0) return null;
  return quote.slice(named + subject.written.length, to);
}

function clauseStart(text: string, before: number): number {
  const stops = [...text.slice(0, before).matchAll(/[,;:.](?=\s)/g)];
  return stops.length === 0 ? 0 : (stops[stops.length - 1]?.index ?? 0) + 1;
}
