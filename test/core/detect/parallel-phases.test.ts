import { describe, expect, it } from "vitest";
import { detect } from "./statements/plan-helpers.js";

const list = (note: string): string => `# Tasks: Returns

## Phase 1: Data

- [ ] T001 Return model in app/models.py

## Phase 2: Customer API

- [ ] T002 Return endpoint in app/api.py
- [ ] T003 Endpoint tests in tests/test_api.py

## Phase 3: Warehouse

- [ ] T004 Receiving service in app/receiving.py
- [ ] T005 Receiving tests in tests/test_receiving.py

## Phase 4: Rollout

- [ ] T006 Feature flag in app/flags.py

## Notes

- ${note}
`;

const pairs = (note: string): string[] => detect(list(note)).edges.map((e) => `${e.from}>${e.to}`);

describe("a phase said to run beside the phase before it", () => {
  it.each([
    "Phase 2 and Phase 3 can run in parallel.",
    "Phase 3 can be worked on in parallel with Phase 2.",
    "Phases 2 and 3 are independent of each other.",
    "Phases 2 and 3 both need Phase 1. They do not depend on each other.",
    "Fáze 2 i Fáze 3 potřebují Fázi 1. Navzájem jsou nezávislé.",
  ])("joins its stage: %s", (note) => {
    const edges = pairs(note);
    expect(edges).not.toContain("T003>T004");
    expect(edges).toEqual(expect.arrayContaining(["T001>T002", "T001>T004", "T003>T006", "T005>T006"]));
  });

  it("says so in a warning that quotes the words", () => {
    const { warnings } = detect(list("Phase 2 and Phase 3 can run in parallel."));
    expect(warnings.join("\n")).toContain(
      `"Phase 2 and Phase 3 can run in parallel.": "Phase 3: Warehouse" (tasks.md:12) runs beside "Phase 2: Customer API" (tasks.md:7), not after it`,
    );
  });

  it.each([
    "With two developers, Phase 2 and Phase 3 can run in parallel.",
    "Tasks in Phase 3 can run in parallel.",
    "Phase 1: no dependencies.",
    "Phase 3 can start once Phase 2 is merged.",
  ])("keeps the phases in order otherwise: %s", (note) => {
    expect(pairs(note)).toContain("T003>T004");
  });
});

describe("a phase said to run beside any other phase", () => {
  it.each([
    "Phase 3 can run in parallel with any phase.",
    "Phase 3 can proceed alongside every other phase (it touches only the warehouse files).",
    "Phase 3 is independent of all other phases.",
    "Phase 3 does not depend on any other phase.",
  ])("joins the stage before it: %s", (note) => {
    const edges = pairs(note);
    expect(edges).not.toContain("T003>T004");
    expect(edges).toEqual(expect.arrayContaining(["T001>T004", "T003>T006", "T005>T006"]));
  });

  it.each([
    "Phase 3 runs after all other phases.",
    "Phase 3 can run in parallel with any phase once Phase 2 is merged.",
    "With a second developer, Phase 3 could run in parallel with any phase.",
    "Tasks in Phase 3 can run in parallel with each other.",
  ])("leaves the phase order alone otherwise: %s", (note) => {
    expect(pairs(note)).toContain("T003>T004");
  });
});
