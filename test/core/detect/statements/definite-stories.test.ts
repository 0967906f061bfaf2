import { describe, expect, it } from "vitest";
import { detect, speckit } from "./plan-helpers.js";

/**
 * Setup, a foundation, two stories of two [P] tasks each and a closing phase of two [P] tasks (T007, T008),
 * with headings in one language and one sentence under a dependencies heading.
 */
function list(headings: readonly string[], heading: string, sentence: string): string {
  const ids = [["T001"], ["T002"], ["T003", "T004"], ["T005", "T006"], ["T007", "T008"]];
  return speckit(
    headings.map((h, i): [string, string[]] => [h, ids[i] ?? []]),
    `## ${heading}\n\n- ${sentence}\n`,
  );
}

const ENGLISH = [
  "Phase 1: Setup",
  "Phase 2: Foundational",
  "Phase 3: User Story 1 - Lend a book (Priority: P1)",
  "Phase 4: User Story 2 - Return a book (Priority: P2)",
  "Phase 5: Polish",
];
const FRENCH = [
  "Phase 1 : Mise en place",
  "Phase 2 : Fondations",
  "Phase 3 : Récit utilisateur 1 - Prêter un livre (Priorité : P1)",
  "Phase 4 : Récit utilisateur 2 - Rendre un livre (Priorité : P2)",
  "Phase 5 : Finitions",
];
const GREEK = [
  "Φάση 1: Προετοιμασία",
  "Φάση 2: Θεμελίωση",
  "Φάση 3: Ιστορία χρήστη 1 - Δανεισμός βιβλίου",
  "Φάση 4: Ιστορία χρήστη 2 - Επιστροφή βιβλίου",
  "Φάση 5: Βελτιώσεις",
];

const STORY_TASKS = ["T003", "T004", "T005", "T006"];

/** The story tasks the closing task waits for, by any edge. */
function storiesBefore(text: string, task: string): string[] {
  const into = detect(text).edges.filter((e) => e.to === task);
  return STORY_TASKS.filter((id) => into.some((e) => e.from === id));
}

describe("a definite plural names every story", () => {
  it("frees a task that need not wait for the stories, and keeps its neighbour waiting", () => {
    const text = list(
      ENGLISH,
      "Dependencies",
      "T008 does not need to wait for the stories; it only documents the API.",
    );
    expect(storiesBefore(text, "T008")).toEqual([]);
    expect(storiesBefore(text, "T007")).toEqual(STORY_TASKS);
  });

  it("reads 'both stories' in a list of two, with the task the sentence excepts", () => {
    const text = list(ENGLISH, "Dependencies", "Polish waits for the end of both stories, except T008.");
    expect(storiesBefore(text, "T008")).toEqual([]);
    expect(storiesBefore(text, "T007")).toEqual(STORY_TASKS);
  });

  it("reads a French phase named with its article, and 'des deux récits'", () => {
    const text = list(FRENCH, "Dépendances", "Les finitions attendent la fin des deux récits, sauf T008.");
    expect(storiesBefore(text, "T008")).toEqual([]);
    expect(storiesBefore(text, "T007")).toEqual(STORY_TASKS);
  });

  it("reads Greek 'without waiting for the stories' as a task set free of them", () => {
    const text = list(
      GREEK,
      "Εξαρτήσεις",
      "Η T008 ξεκινά μετά τη Θεμελίωση, χωρίς να περιμένει τις ιστορίες.",
    );
    expect(storiesBefore(text, "T008")).toEqual([]);
    expect(storiesBefore(text, "T007")).toEqual(STORY_TASKS);
  });

  it("names none where the count is not the list's, and says it cannot tell", () => {
    const text = list(ENGLISH, "Dependencies", "Polish waits for the three stories, except T008.");
    expect(storiesBefore(text, "T008")).toEqual(STORY_TASKS);
    expect(detect(text).warnings.join("\n")).toContain("cannot tell what it relates");
  });

  it("leaves a waiting task waiting where the sentence frees nobody", () => {
    expect(storiesBefore(list(GREEK, "Εξαρτήσεις", "Η T008 ξεκινά μετά τη Θεμελίωση."), "T008")).toEqual(
      STORY_TASKS,
    );
    // "des récits" without a number is indefinite: some stories, not the stories.
    const some = list(FRENCH, "Dépendances", "T008 n'attend pas des récits entiers pour commencer.");
    expect(storiesBefore(some, "T008")).toEqual(STORY_TASKS);
  });
});
