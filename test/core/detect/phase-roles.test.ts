import { describe, expect, it } from "vitest";
import { detectDependencies } from "../../../src/core/detect/detect-dependencies.js";
import { settlePhaseRoles } from "../../../src/core/detect/settle-phase-roles.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

const parse = (text: string) => parseTaskList({ kind: "file", path: "tasks.md", text });
const kinds = (text: string) => settlePhaseRoles(parse(text)).phases.map((p) => p.kind);

const STORIES = `
## Phase 3: User Story 1 - Browse the shelf
- [ ] T010 [US1] Shelf page in web/shelf.tsx
## Phase 4: User Story 2 - Lend a book
- [ ] T020 [US2] Lending form in web/lend.tsx
`;

describe("phase roles come from position and the list's own words", () => {
  it("keeps Setup and Foundational roles for phases before the stories", () => {
    const text = `## Phase 1: Setup\n- [ ] T001 Init\n## Phase 2: Foundational\n- [ ] T002 Db\n${STORIES}`;
    expect(kinds(text)).toEqual(["setup", "foundational", "story", "story"]);
  });

  it("treats a late phase whose heading says 'Foundational' as an ordinary phase", () => {
    const text = `## Phase 1: Setup\n- [ ] T001 Init\n${STORIES}\n## Phase 5: Foundational charts for the dashboard\n- [ ] T030 Charts in web/charts.tsx\n`;
    expect(kinds(text)).toEqual(["setup", "story", "story", "other"]);
    const { edges } = detectDependencies(parse(text));
    expect(edges.filter((e) => e.from === "T030")).toEqual([]);
  });

  it("treats a Setup or Polish heading out of place as an ordinary phase", () => {
    const text = `## Phase 1: Polish the old theme\n- [ ] T001 Theme\n${STORIES}\n## Phase 5: Setup of the export job\n- [ ] T030 Job\n`;
    expect(kinds(text)).toEqual(["other", "story", "story", "other"]);
  });

  it("makes a phase Foundational when its own text says every story waits for it", () => {
    const text = `## Phase 1: Core plumbing\n\nNone of the user stories may begin before this phase is finished.\n\n- [ ] T001 Db pool in src/db.ts\n${STORIES}`;
    expect(kinds(text)).toEqual(["foundational", "story", "story"]);
    const { edges } = detectDependencies(parse(text));
    expect(edges.find((e) => e.from === "T001" && e.to === "T020")?.reason).toMatch(
      /blocks every user story/,
    );
  });

  it("does not read a suggestion or a later phase's words as that declaration", () => {
    const suggestion = `## Phase 1: Core plumbing\n\nIdeally this could be done before all stories, for example on day one.\n\n- [ ] T001 Db\n${STORIES}`;
    expect(kinds(suggestion)).toEqual(["other", "story", "story"]);
    const late = `${STORIES}\n## Phase 5: Shared widgets\n\nEvery story waits for this phase.\n\n- [ ] T030 Widgets\n`;
    expect(kinds(late)).toEqual(["story", "story", "other"]);
  });
});

describe("two phases of one story keep their order", () => {
  const SPLIT_STORY = `
## Phase 1: Setup
- [ ] T001 Init
## Phase 2: User Story 1 - Invoices API
- [ ] T010 [US1] Invoice endpoint in api/invoices.ts
## Phase 3: User Story 1 - Invoices screen
- [ ] T020 [US1] Invoice screen in web/invoices.tsx
## Phase 4: User Story 2 - Reminders
- [ ] T030 [US2] Reminder job in jobs/remind.ts
`;

  it("makes the story's later phase wait for its earlier one", () => {
    const { edges } = detectDependencies(parse(SPLIT_STORY));
    const edge = edges.find((e) => e.from === "T010" && e.to === "T020");
    expect(edge?.kind).toBe("phase");
    expect(edge?.reason).toMatch(/continues US1 after "Phase 2: User Story 1 - Invoices API"/);
  });

  it("leaves different stories of the stage independent", () => {
    const { edges } = detectDependencies(parse(SPLIT_STORY));
    const between = edges.filter((e) => ["T010", "T020", "T030"].includes(e.from) && e.to === "T030");
    expect(between).toEqual([]);
    expect(edges.filter((e) => e.from === "T030")).toEqual([]);
  });
});
