import type { DetectionContext } from "../detection-context.js";
import type { Evidence, PhaseExemption, Target } from "./statement-types.js";

// "only", as written between a task and what it needs, in the languages maestro reads: "T045 depends
// only on Phase 2", "T045, som kun afhænger af Fase 2", "die nur von Phase 2 abhängt", "que só depende
// da Fase 2", "care depinde doar de Faza 2".
const ONLY =
  /(?:^|[^\p{L}])(?:only|solely|just|exclusively|kun|bare|bara|endast|alleen|nur|lediglich|seulement|uniquement|apenas|s[oó]|somente|s[oó]lo|solamente|soltanto|unicamente|doar|numai|tylko|jen|pouze|hanya|chỉ|только|лише|тільки)(?![\p{L}])/iu;

/**
 * A task said to need only earlier phases ("The only exception is T045, which depends only on Phase 2")
 * is freed from the phases between those and its own: the author's word about one task outweighs the
 * phase order. The "only" must stand between the task and what it needs ("Only T045 depends on Phase 2"
 * says nothing of what else T045 needs). Null when the relation is not such a statement.
 */
export function exclusiveNeed(
  ctx: DetectionContext,
  relation: { before: readonly Target[]; after: readonly Target[] },
  at: Evidence,
): PhaseExemption | null {
  const [after] = relation.after;
  const [first] = relation.before;
  if (relation.after.length !== 1 || after?.level !== "task" || after.ids.length !== 1) return null;
  if (first === undefined || relation.before.some((t) => t.level !== "group")) return null;
  const phases = relation.before.flatMap((t) => (t.level === "group" ? t.phases : []));
  const own = ctx.byId.get(after.ids[0] as string)?.phase ?? null;
  if (own === null || phases.length === 0) return null;
  const from = at.quote.indexOf(after.written);
  const to = from < 0 ? -1 : at.quote.indexOf(first.written, from + after.written.length);
  if (to < 0 || !ONLY.test(at.quote.slice(from + after.written.length, to))) return null;
  const last = Math.max(...phases);
  const between = ctx.list.phases.filter((p) => p.index > last && p.index < own).map((p) => p.index);
  return between.length > 0 ? { task: after.ids[0] as string, phases: between, ...at } : null;
}
