import { describe, expect, it } from "vitest";
import { detectDependencies } from "../../../src/core/detect/detect-dependencies.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

const parse = (text: string) => parseTaskList({ kind: "file", path: "tasks.md", text });
const edge = (text: string, from: string, to: string) =>
  detectDependencies(parse(text)).edges.find((e) => e.from === from && e.to === to);

const STORIES = `
## Phase 3: User Story 1 - Publish a recipe

- [ ] T010 [US1] Recipe form in app/publish.tsx
- [ ] T011 [US1] Recipe store in app/store.ts

## Phase 4: User Story 2 - Plan the week

- [ ] T020 [P] [US2] Week planner test in app/week.test.ts
- [ ] T021 [P] [US2] Week planner in app/week.tsx
- [ ] T022 [P] [US2] Planner defaults in config/planner.yml

## Phase 5: User Story 3 - Shopping list

- [ ] T030 [US3] Shopping list in app/shopping.tsx

## Dependencies
`;

describe("a colon ends a clause when a clause with its own subject follows", () => {
  it("reads the tasks after the colon as the subject of what follows", () => {
    const text = `${STORIES}\n- User Story 2 depends on User Story 1 through a single task: T021 needs T011 and also gates T022.\n`;
    expect(edge(text, "T011", "T021")).toBeDefined();
    expect(edge(text, "T021", "T022")).toBeDefined();
  });

  it("keeps the subject before the colon when the words after it have none", () => {
    const text = `${STORIES}\n- **User Story 3 (Phase 5)**: needs User Story 2 to be merged.\n`;
    expect(edge(text, "T021", "T030")?.kind).toBe("phase");
  });
});

describe("French story words and 's'appuie sur'", () => {
  it("reads 'le récit 2 s'appuie sur le récit 1' as US2 waiting for US1", () => {
    const text = `${STORIES}\n- Le récit 2 s'appuie sur le récit 1 : le planning propose les recettes publiées.\n`;
    expect(edge(text, "T011", "T020")?.kind).toBe("phase");
  });

  it("does not read a denial as a dependency", () => {
    const text = `${STORIES}\n- Le récit 3 ne s'appuie pas sur le récit 1.\n- Le récit utilisateur 3 ne dépend pas du récit 2.\n`;
    const { edges } = detectDependencies(parse(text));
    expect(edges.filter((e) => e.to === "T030")).toEqual([]);
  });
});

describe("a relation between stories that another sentence frees some tasks from", () => {
  it("binds the other tasks and says which it leaves out", () => {
    const text = `# Tasks

## Phase 1: User Story 1 - Lend (Priority: P1)

- [ ] T001 [P] [US1] Loan model in lib/loan.py
- [ ] T002 [P] [US1] Loan view in lib/loan_view.py

## Phase 2: User Story 2 - Remind (Priority: P2)

- [ ] T003 [P] [US2] Reminder job in lib/remind.py
- [ ] T004 [P] [US2] Reminder settings in lib/remind_settings.py

## Dependencies

- US2 builds on US1.
- T004 is independent of US1.
`;
    const { edges, warnings } = detectDependencies(parseTaskList({ kind: "file", path: "tasks.md", text }));
    const into = (id: string): string[] => edges.filter((e) => e.to === id).map((e) => e.from);
    expect(into("T003").sort()).toEqual(["T001", "T002"]);
    expect(into("T004")).toEqual([]);
    expect(warnings.join("\n")).toMatch(
      /"US2 builds on US1\." puts .* but another sentence of the list lets T004 run alongside it/,
    );
  });
});
