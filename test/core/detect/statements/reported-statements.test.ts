import { describe, expect, it } from "vitest";
import { detect } from "./plan-helpers.js";

// Setup, Foundational, US1 (T003), US2 (T004), US3 (T005, T006 [P]), and two lines of notes.
const plan = (first: string, second: string): string => `# Tasks

## Phase 1: Setup

- [ ] T001 Init in app/init.py

## Phase 2: Foundational

- [ ] T002 Models in app/models.py

## Phase 3: User Story 1 - Roster (Priority: P1)

- [ ] T003 [US1] Roster in app/roster.py

## Phase 4: User Story 2 - Swaps (Priority: P2)

- [ ] T004 [US2] Swaps in app/swaps.py

## Phase 5: User Story 3 - Alerts (Priority: P3)

- [ ] T005 [P] [US3] Alerts in app/alerts.py
- [ ] T006 [P] [US3] Mailer in app/mailer.py

## Notes

- ${first}
- ${second}
`;
// The edges from US2's task to US3's, by the notes.
const us2ToUs3 = (first: string, second: string): string[] =>
  detect(plan(first, second))
    .edges.filter((e) => e.from === "T004" && (e.to === "T005" || e.to === "T006"))
    .map((e) => `${e.from}>${e.to}`)
    .sort();

describe("a sentence reporting what the list said, then calling it wrong", () => {
  it.each([
    ["US3 depends on US2.", "Correction: above I wrote that US3 depends on US2. That is wrong."],
    // Hungarian "fent azt írtam, hogy ... Ez így nem igaz" (above I wrote that ... That is not true)
    ["Az US3 az US2 után jön.", "Helyesbítés: fent azt írtam, hogy az US3 az US2 után jön. Ez így nem igaz."],
    // Romanian and French, the judgement in the same sentence
    ["US3 depinde de US2.", "Corectură: am scris că US3 depinde de US2, dar nu e adevărat."],
    ["US3 dépend de US2.", "Correction : j'ai écrit que US3 dépend de US2, ce n'est pas vrai."],
  ])("takes the reported relation back: %s / %s", (first, second) => {
    expect(us2ToUs3(first, second)).toEqual([]);
  });

  it("keeps what the correction says instead", () => {
    const correction =
      "Correction: above I wrote that US3 depends on US2. That is wrong, only T006 needs US2.";
    expect(us2ToUs3("US3 depends on US2.", correction)).toEqual(["T004>T006"]);
  });

  it("does not fire without the judgement, or for a judgement of something else", () => {
    const both = ["T004>T005", "T004>T006"];
    expect(us2ToUs3("US3 depends on US2.", "I wrote that US3 depends on US2, and that still holds.")).toEqual(
      both,
    );
    expect(us2ToUs3("US3 depends on US2.", "The old estimate for US3 is wrong.")).toEqual(both);
  });
});
