import { describe, expect, it } from "vitest";
import { detectDependencies } from "../../../src/core/detect/detect-dependencies.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

const detect = (text: string) => detectDependencies(parseTaskList({ kind: "file", path: "tasks.md", text }));

// Phase 2 holds a cycle the cycle breaker settles only at the end: T003 is listed after T002 (order),
// and T002's words reuse what T003 writes (a backward mention).
const list = (phase2: string[]): string =>
  [
    "# Tasks",
    "",
    "## Phase 1: Setup",
    "",
    "- [ ] T001 Create the project in src/index.ts",
    "",
    "## Phase 2: Foundational",
    "",
    ...phase2,
    "",
    "## Phase 3: Polish",
    "",
    "- [ ] T004 Write the guide in docs/guide.md",
    "",
  ].join("\n");

describe("phase boundaries around a cycle inside a phase", () => {
  it("still binds a phase whose tasks form a cycle: its first task waits for the phase before, its last gates the next", () => {
    const { edges } = detect(
      list([
        "- [ ] T002 Build the ledger reader in src/reader.ts, reusing the record type from T003",
        "- [ ] T003 Build the ledger writer in src/writer.ts",
      ]),
    );
    expect(edges.some((e) => e.from === "T001" && e.to === "T002" && e.kind === "phase")).toBe(true);
    expect(edges.some((e) => e.from === "T003" && e.to === "T004" && e.kind === "phase")).toBe(true);
  });

  it("links the ends of a phase without a cycle as before", () => {
    const { edges } = detect(
      list([
        "- [ ] T002 Build the ledger reader in src/reader.ts",
        "- [ ] T003 Build the ledger writer in src/writer.ts",
      ]),
    );
    const phase = edges.filter((e) => e.kind === "phase").map((e) => `${e.from}>${e.to}`);
    expect(phase.sort()).toEqual(["T001>T002", "T003>T004"]);
  });
});

describe("a task whose only edge inside its phase a cycle takes away", () => {
  // T004 is a service of US1, after the model T003 by the list's rule; it also "creates" PriceTable,
  // which the Foundational task T002 names, so a backward code-name edge T004 -> T002 closes a cycle
  // through the phase boundary, and the cycle breaker gives up the rule's edge T003 -> T004.
  const text = [
    "# Tasks",
    "",
    "## Phase 1: Setup",
    "",
    "- [ ] T001 Create the project in src/index.ts",
    "",
    "## Phase 2: Foundational",
    "",
    "- [ ] T002 Cache lookups through the PriceTable in src/cache.ts",
    "",
    "## Phase 3: User Story 1 - Prices (Priority: P1)",
    "",
    "- [ ] T003 [P] [US1] Price model in src/models/price.ts",
    "- [ ] T004 [P] [US1] Price service in src/services/PriceTable.ts",
    "",
    "## Notes",
    "",
    "- Within each story, models before services.",
    "",
  ].join("\n");

  it("still waits for the phases before its own", () => {
    const { edges } = detect(text);
    expect(edges.some((e) => e.from === "T002" && e.to === "T004")).toBe(true);
    expect(edges.some((e) => e.from === "T004" && e.to === "T002")).toBe(false);
  });
});

describe("a task whose only edge to a later task of its phase a cycle takes away", () => {
  // T003 is listed after T002 (an order edge T002 -> T003), but the note says T003 must land first: the
  // cycle breaker drops the order edge, and T002, once followed by T003, is now a last task of its phase.
  const text = (note: string) =>
    list([
      "- [ ] T002 Build the ledger exporter in src/export.ts",
      "- [ ] T003 Build the ledger schema in src/schema.ts",
      "",
      note,
    ]);

  it("still comes before the phase after its own", () => {
    const { edges } = detect(text("The schema work in T003 has to land before T002 starts."));
    expect(edges.some((e) => e.from === "T003" && e.to === "T002")).toBe(true);
    // Once: the copy is not repeated on every round of breaking the cycles it closes.
    expect(edges.filter((e) => e.from === "T002" && e.to === "T004" && e.kind === "phase")).toHaveLength(1);
  });

  it("adds no phase edge from a task that still has a later task of its phase after it", () => {
    const { edges } = detect(text("Both tasks are reviewed by the same person."));
    const phase = edges.filter((e) => e.kind === "phase").map((e) => `${e.from}>${e.to}`);
    expect(phase.sort()).toEqual(["T001>T002", "T003>T004"]);
  });
});
