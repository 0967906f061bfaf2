import type { FoundReference, Target } from "./statement-types.js";

// In a task's own words, the task listed right before it: "needs ↑", "(after the task above)", "depends on
// the previous task", "la tâche précédente", "la tarea anterior", "die vorherige Aufgabe", "上一个任务",
// "前のタスク". "The last task" may be the list's last, and "the step above" a section called a step: both
// are left alone. Matched on folded text.
const PREVIOUS = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}])↑(?![\p{L}\p{N}↓])`,
    String.raw`(?<![\p{L}])the\s+(?:(?:task|item|line|entry|one)\s+(?:right\s+|just\s+|directly\s+)?above|(?:previous|preceding|prior)\s+(?:task|item|line|entry|one))(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:la\s+tache\s+(?:precedente|ci-dessus|du\s+dessus)|la\s+ligne\s+(?:precedente|du\s+dessus)|la\s+tarea\s+anterior|a\s+tarefa\s+anterior|die\s+vorherige\s+aufgabe|de[rnm]\s+vorige[nm]?\s+schritt|die\s+aufgabe\s+daruber)(?![\p{L}])`,
    String.raw`上一(?:个|個|项|項|条|條)?任务|上一(?:项|項|条|條|步)|前のタスク|一つ前のタスク`,
  ].join("|"),
  "giu",
);

/** True when a task's (folded) words name the task listed right before it. */
export function namesPreviousTask(folded: string): boolean {
  return folded.search(PREVIOUS) >= 0;
}

/** The references with the words naming the previous task read as that task (none before it: unread). */
export function withPreviousTask(
  folded: string,
  refs: readonly FoundReference[],
  previous: Target | null,
): FoundReference[] {
  if (previous === null) return [...refs];
  const named = [...folded.matchAll(PREVIOUS)]
    .filter((m) => !refs.some((r) => r.start < m.index + m[0].length && m.index < r.end))
    .map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      target: { ...previous, written: m[0] },
    }));
  return named.length === 0 ? [...refs] : [...refs, ...named].sort((a, b) => a.start - b.start);
}
