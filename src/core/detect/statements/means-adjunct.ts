// A relation word with an object of its own, a determiner and a noun, then a preposition of means: "blocks
// every request with the Bucket of T002", "blocca ogni riga con lo Store di 3.2" (locks each row with 3.2's
// Store). What the preposition opens is the tool the task does that with, not what the word relates; a
// word for tasks, phases or stories is no object of its own ("blocks the tasks with migrations, T005").
const DETERMINERS = String.raw`every|each|all|any|a|an|the|its|their|ogni|ciascun[oa]?|tutt[ieoa]|il|lo|la|i|gli|le|un[oa]?|jede[nrsm]?|alle|die|der|das|den|ein(?:e[nrsm]?)?|chaque|tou(?:te)?s|les?|une?|cada|tod[oa]s|el|los|las|um|uma|os|as`;
const TASK_NOUNS = String.raw`tasks?|sub-?tasks?|phases?|stor(?:y|ies)|steps?|groups?|stages?|attivit\p{L}*|compiti?|fas[ei]|grupp[oi]|aufgaben?|phasen?|t[âa]ches?|tareas?|tarefas?|fases?`;
const MEANS = String.raw`with|using|via|through|by\s+means\s+of|con|mediante|tramite|usando|mit|über|avec|par|en\s+utilisant|com`;

const OWN_OBJECT_THEN_MEANS = new RegExp(
  String.raw`^\s+(?:${DETERMINERS})\s+(?!(?:${TASK_NOUNS})(?![\p{L}]))[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:${MEANS})(?![\p{L}])`,
  "iu",
);

/** True when the words between a relation word and its first reference give it an object of its own and a means. */
export function ownObjectThenMeans(between: string): boolean {
  return OWN_OBJECT_THEN_MEANS.test(between);
}
