import type { FoundReference } from "./statement-types.js";

// "the rest of Step 8", "the remainder of Phase 3", "everything else in US2", French "le reste de la phase 3",
// Spanish "el resto del grupo 2", Portuguese "o resto da fase 3", Italian "il resto della fase 3", German
// "der Rest von Phase 3" (folded text): the group without the tasks on the sentence's other side. A numbered
// list's word for a group may stand before its number ("the rest of Step 8": the reference is the "8").
const REST_OF =
  /(?:^|[^\p{L}])(?:(?:the\s+)?(?:rest|remainder)\s+of|everything\s+else\s+(?:in|of|under)|le\s+reste\s+d(?:e|u|es)|el\s+resto\s+de(?:l)?|o\s+resto\s+d[aeo]s?|il\s+resto\s+d(?:i|el|ella|ello)|der\s+rest\s+(?:von|des|der))\s+(?:(?:the|la|le|les|el|los|las|a|o|as|os|il|lo|der|die|das|dem)\s+)?(?:(?:step|group|stage|section|milestone|task|grupo|groupe|gruppe|gruppo|etapa|schritt)\s+)?$/iu;

/** True when `before` ends in "the rest of" and the like: what follows is a whole group, not a part of it. */
export function followsRestOf(before: string): boolean {
  return REST_OF.test(before);
}

/** The references written after "the rest of", marked so that the other side's tasks are left out of them. */
export function markRestOf(folded: string, refs: FoundReference[]): FoundReference[] {
  return refs.map((r) =>
    (r.target.level === "task" || r.target.level === "group") && REST_OF.test(folded.slice(0, r.start))
      ? { ...r, target: { ...r.target, restOf: true } }
      : r,
  );
}
