import { detectDependencies } from "../../../../src/core/detect/detect-dependencies.js";
import type { Edge } from "../../../../src/core/model/edge.js";
import { parseTaskList } from "../../../../src/core/parse/parse-task-list.js";

/** Detects the dependencies of a task list written inline. */
export function detect(text: string): { edges: Edge[]; warnings: string[] } {
  return detectDependencies(parseTaskList({ kind: "file", path: "tasks.md", text }));
}

/** `from>to` for every edge read from a statement, sorted. */
export function statementPairs(text: string): string[] {
  return detect(text)
    .edges.filter((e) => e.origin === "statement")
    .map((e) => `${e.from}>${e.to}`)
    .sort();
}

/** `from>to` for every edge, of one kind or all. */
export function pairs(text: string, kind?: Edge["kind"]): string[] {
  return detect(text)
    .edges.filter((e) => kind === undefined || e.kind === kind)
    .map((e) => `${e.from}>${e.to}`);
}

/** A spec-kit list with one phase per entry ("Phase 1: Setup" ... ) holding the given task IDs, plus notes. */
export function speckit(
  phases: ReadonlyArray<[string, string[]]>,
  notes: string,
  options: { parallel?: boolean } = {},
): string {
  const marker = options.parallel === false ? "" : " [P]";
  const body = phases
    .map(
      ([title, ids]) =>
        `## ${title}\n\n${ids.map((id) => `- [ ] ${id}${marker} Work item ${id} in src/${id.toLowerCase()}.ts`).join("\n")}\n`,
    )
    .join("\n");
  return `# Tasks: Lending library\n\n${body}\n${notes}\n`;
}

/**
 * The statement pairs of one sentence, written as a bullet under `heading` below one phase (`phase`) of
 * five [P] tasks, T001 to T005: how a language's statements are read, with no listing order in the way.
 */
export function saidUnder(phase: string, heading: string): (sentence: string) => string[] {
  return (sentence) =>
    statementPairs(
      speckit([[phase, ["T001", "T002", "T003", "T004", "T005"]]], `## ${heading}\n\n- ${sentence}\n`),
    );
}

/**
 * The order edges one bullet under `heading` leaves among five unmarked tasks, T001 to T005 (listing
 * order chains them): how a language's denials and parallel claims free tasks from it.
 */
export function orderLeftUnder(heading: string): (sentence: string) => string[] {
  return (sentence) =>
    pairs(serial(["T001", "T002", "T003", "T004", "T005"], `## ${heading}\n\n- ${sentence}\n`), "order");
}

/** One phase of unmarked tasks (so listing order chains them), plus notes. */
export function serial(ids: string[], notes: string): string {
  return speckit([["Phase 1: Catalogue", ids]], notes, { parallel: false });
}

/**
 * Every edge (`from>to`, sorted) of a list with one unmarked task per phase (T001 in the first, ...) and one
 * bullet under `heading`: how a language's phase headings and its statements about phases are read.
 */
export function onePerPhase(titles: readonly string[], heading: string): (note: string) => string[] {
  return (note) =>
    pairs(
      speckit(
        titles.map((title, i) => [title, [`T${String(i + 1).padStart(3, "0")}`]]),
        `## ${heading}\n\n- ${note}\n`,
        { parallel: false },
      ),
    ).sort();
}

/**
 * The statement pairs of one bullet under `heading`, below Setup (T001) and two stories of [P] tasks (US1:
 * T002, T003; US2: T004, T005), their phase headings written as `titles` in the list's language.
 */
export function twoStoriesIn(
  titles: readonly [setup: string, us1: string, us2: string],
  heading: string,
): (sentence: string) => string[] {
  return (sentence) =>
    statementPairs(
      speckit(
        [
          [titles[0], ["T001"]],
          [titles[1], ["T002", "T003"]],
          [titles[2], ["T004", "T005"]],
        ],
        `## ${heading}\n\n- ${sentence}\n`,
      ),
    );
}

/** twoStoriesIn in English, under a Dependencies heading: US1 lends a book, US2 returns it. */
export const twoStories = twoStoriesIn(
  [
    "Phase 1: Setup",
    "Phase 2: User Story 1 - Lend a book (Priority: P1)",
    "Phase 3: User Story 2 - Return a book (Priority: P2)",
  ],
  "Dependencies",
);

/** A Kiro plan: its title, then top-level tasks with their sub-tasks ("1.1 Title path"), `note` under `under`. */
export function kiroPlan(
  title: string,
  groups: ReadonlyArray<[string, readonly string[]]>,
  under = "",
  note = "",
): string {
  const lines = [`# ${title}`, ""];
  for (const [group, subTasks] of groups) {
    lines.push(`- [ ] ${group}`);
    for (const subTask of subTasks) {
      lines.push(`  - [ ] ${subTask}`);
      if (subTask.startsWith(`${under} `)) lines.push(`    - ${note}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/**
 * The pairs a Kiro plan's statements and sub-tasks' own words give (sorted), with `note` written under
 * sub-task `under`: how a language's notes are read in a numbered plan.
 */
export function kiroNotes(
  title: string,
  groups: ReadonlyArray<[string, readonly string[]]>,
): (under: string, note: string) => string[] {
  return (under, note) =>
    detect(kiroPlan(title, groups, under, note))
      .edges.filter((e) => e.origin === "statement" || e.origin === "task")
      .map((e) => `${e.from}>${e.to}`)
      .sort();
}
