import { describe, expect, it } from "vitest";
import { detect } from "./plan-helpers.js";

// A step of four items (the third one carries `note`) and a second step of one.
const steps = (note: string): string =>
  `# Plan

## Step 1: Storage

- [ ] **S1.1** Schema in \`db/schema.sql\`
- [ ] **S1.2** Seed data in \`db/seed.sql\`
- [ ] **S1.3** Release notes in \`docs/release.md\`. ${note}
- [ ] **S1.4** Admin page in \`web/admin.tsx\`

## Step 2: Reports

- [ ] **S2.1** Report in \`web/report.tsx\`
`;
const into = (note: string, id: string): string[] =>
  detect(steps(note))
    .edges.filter((e) => e.to === id && e.kind !== "order")
    .map((e) => e.from)
    .sort();
const outOf = (note: string, id: string): string[] =>
  detect(steps(note))
    .edges.filter((e) => e.from === id && e.kind !== "order")
    .map((e) => e.to)
    .sort();

describe("a task's own words placing it first or last", () => {
  it("puts it after the other items of its step when they say so", () => {
    expect(into("It comes last, after everything else in this step.", "S1.3")).toEqual([
      "S1.1",
      "S1.2",
      "S1.4",
    ]);
    expect(into("Goes last in this step.", "S1.3")).toEqual(["S1.1", "S1.2", "S1.4"]);
  });

  it("puts it before the others when it goes first, and after every task without a scope", () => {
    expect(outOf("This one goes first.", "S1.3")).toEqual(["S1.1", "S1.2", "S1.4", "S2.1"]);
    expect(into("Goes last.", "S1.3")).toEqual(["S1.1", "S1.2", "S1.4", "S2.1"]);
  });

  it("keeps to its phase in a list with phases", () => {
    const text = `# Tasks

## Phase 1: Setup

- [ ] T001 [P] Schema in db/schema.sql
- [ ] T002 [P] Notes in docs/notes.md. Goes last.
- [ ] T003 [P] Seed in db/seed.sql

## Phase 2: Reports

- [ ] T004 [P] Report in web/report.tsx
`;
    const into2 = detect(text)
      .edges.filter((e) => e.to === "T002")
      .map((e) => e.from)
      .sort();
    expect(into2).toEqual(["T001", "T003"]);
  });

  it("reads nothing where the words place something else or name another task", () => {
    expect(into("Make sure the seed script runs first.", "S1.3")).toEqual([]);
    expect(outOf("Make sure the seed script runs first.", "S1.3")).toEqual([]);
    expect(into("Runs first-time setup for new installs.", "S1.3")).toEqual([]);
    expect(into("Goes last, after S1.1.", "S1.3")).toEqual(["S1.1"]);
  });
});
