import { describe, expect, it } from "vitest";
import { detect } from "./plan-helpers.js";

// One phase of four [P] tasks (the third carries `note`) and a second phase of one.
const phases = (note: string, notes = ""): string =>
  `# Tasks

## Phase 1: Storage

- [ ] T001 [P] Schema in db/schema.sql
- [ ] T002 [P] Seed data in db/seed.sql
- [ ] T003 [P] Release notes in docs/release.md. ${note}
- [ ] T004 [P] Admin page in web/admin.tsx

## Phase 2: Reports

- [ ] T005 Report in web/report.tsx
${notes}`;
const into = (text: string, id: string): string[] =>
  detect(text)
    .edges.filter((e) => e.to === id && e.kind !== "order")
    .map((e) => e.from)
    .sort();

describe("'the rest of' a group: the group without the other side", () => {
  it("in a task's own words and in a note, in English and French", () => {
    expect(into(phases("Runs after the rest of Phase 1."), "T003")).toEqual(["T001", "T002", "T004"]);
    expect(into(phases("After: everything else in Phase 1."), "T003")).toEqual(["T001", "T002", "T004"]);
    expect(into(phases("", "\n## Notes\n\n- T003 waits for the rest of Phase 1.\n"), "T003")).toEqual([
      "T001",
      "T002",
      "T004",
    ]);
    expect(into(phases("Passe après le reste de la phase 1."), "T003")).toEqual(["T001", "T002", "T004"]);
  });

  it("in a numbered list whose headings number the steps", () => {
    const text = `# Plan

## Step 1: Storage

- [ ] 1.1 Schema in \`db/schema.sql\`
- [ ] 1.2 Seed data in \`db/seed.sql\`

## Step 2: Rollout

- [ ] 2.1 Alerts in \`ops/alerts.yaml\`
- [ ] 2.2 Docs in \`docs/rollout.md\`
- [ ] 2.3 Flip the flag in \`src/config.rs\`
  - after: the rest of Step 2
`;
    expect(into(text, "2.3")).toEqual(["2.1", "2.2"]);
  });

  it("names no group where no group follows", () => {
    expect(into(phases("Reads the rest of the file after T001."), "T003")).toEqual(["T001"]);
    expect(into(phases("Waits for the rest of the day."), "T003")).toEqual([]);
  });
});
