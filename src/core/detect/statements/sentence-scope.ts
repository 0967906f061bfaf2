import type { Marker } from "./find-markers.js";
import type { Target } from "./statement-types.js";

type Relation = { before: Target[]; after: Target[] };

/**
 * A relation word opening a sentence as a tag ("Blocking: Phase 2.5 must complete before ...") relates
 * the subject the sentence inherits ("**Depends on**: US2" in a phase's introduction); with none to
 * relate, it is only a tag, and the sentence is read without it.
 */
export function withoutTag(folded: string, markers: readonly Marker[], inherited: Target[] | null): Marker[] {
  const first = markers[0];
  if (inherited !== null || first?.type !== "relation") return [...markers];
  const opens =
    !/[\p{L}\p{N}]/u.test(folded.slice(0, first.start)) && /^\s*[:：]/.test(folded.slice(first.end));
  return opens ? markers.slice(1) : [...markers];
}

// "US2 depends on US1 only through one task: T014 needs T011", "blocked by US1 at a single point (T018 ←
// T011)": the dependency is restricted to what the sentence then spells out.
const ONLY_THROUGH =
  /(?:^|[^\p{L}])only\s+(?:through|via|by\s+way\s+of)(?:$|[^\p{L}])|(?:at|in)\s+(?:a\s+single|one\s+single|only\s+one|just\s+one)\s+(?:point|place|spot)|en\s+un\s+seul\s+(?:point|endroit)|en\s+un\s+(?:solo|unico|único)\s+punto|in\s+un\s+solo\s+punto|em\s+um\s+(?:unico|único|so|só)\s+ponto|an\s+einer\s+(?:einzigen\s+)?stelle|uniquement\s+(?:par|via)|s[oó]lo\s+(?:a\s+trav[eé]s\s+de|por\s+medio\s+de|via)|apenas\s+(?:por|via)|nur\s+(?:über|durch)|только\s+через|只通过|仅通过|僅通過|只經由/iu;

/**
 * A sentence's relations, without those between groups when it restricts them to the tasks it names ("only
 * through") and names some: then the group-level relations say nothing beyond the task-level ones.
 */
export function spelledOut<R extends Relation>(folded: string, relations: R[]): R[] {
  const restricts =
    ONLY_THROUGH.test(folded) && relations.some(namesTasksOnly) && !relations.every(namesTasksOnly);
  return restricts ? relations.filter(namesTasksOnly) : relations;
}

function namesTasksOnly(r: { before: readonly Target[]; after: readonly Target[] }): boolean {
  return [...r.before, ...r.after].every((t) => t.level === "task");
}
