import type { TaskList } from "../../model/task.js";
import { foldText } from "./fold-text.js";
import { letterRange } from "./named-sets.js";

/**
 * Words that count a list's sections without making them phases: "## Milestone 2 — Evaluation engine",
 * "### Sprint 3", "## Epic 4". Such a heading groups work and orders nothing; a sentence that names it
 * ("Milestone 3 needs Milestone 2", "after: milestone 1") means the tasks under it.
 */
export const SECTION_COUNT_WORDS = String.raw`milestones?|sprints?|epics?|iterations?|increments?|releases?|meilensteine?|jalons?|hitos?|traguardi|traguardo|mijlpalen|mijlpaal`;

const HEADING = new RegExp(String.raw`^\W*(${SECTION_COUNT_WORDS})\s*#?\s*(\d+)(?!\d)`, "iu");
const NUMBER_RUN = /\d+(?:\s*(?:,|&|and|or|to|through|-|–)\s*\d+)*/iu;

/** "milestone 2" -> the tasks under the section headings that open with that word and number. */
export function numberedSectionsOf(list: TaskList): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const task of list.tasks) {
    if (task.group || task.section === null) continue;
    const m = HEADING.exec(foldText(task.section));
    if (!m) continue;
    const key = `${singular(m[1] ?? "")} ${Number(m[2])}`;
    const ids = out.get(key);
    if (ids) ids.push(task.id);
    else out.set(key, [task.id]);
  }
  return out;
}

/**
 * The tasks of the numbered sections a phrase names: "Milestone 2", "milestones 1 to 4", "Sprints 2 and 3".
 * Empty when the list has no such heading.
 */
export function numberedSectionTasks(
  written: string,
  sections: ReadonlyMap<string, readonly string[]>,
): string[] {
  const word = singular(/^\p{L}+/u.exec(foldText(written))?.[0] ?? "");
  const run = NUMBER_RUN.exec(written)?.[0] ?? "";
  const numbers = [...run.matchAll(/\d+/g)].map((m) => Number(m[0]));
  const ranged = /\b(?:to|through)\b|[-–]/iu.test(run);
  const [from, to] = [numbers[0] ?? 0, numbers[1] ?? 0];
  const wanted = ranged && numbers.length === 2 ? letterRange(String(from), String(to)) : numbers;
  return [...new Set(wanted.flatMap((n) => sections.get(`${word} ${n}`) ?? []))];
}

/** "Milestones" -> "milestone", "Meilensteine" -> "meilenstein", "traguardi" -> "traguardo". */
function singular(word: string): string {
  const lower = word.toLowerCase();
  if (lower === "traguardi") return "traguardo";
  if (lower === "mijlpalen") return "mijlpaal";
  return lower.replace(/(?<=meilenstein)e$|(?<=[a-z]{3})s$/u, "");
}
