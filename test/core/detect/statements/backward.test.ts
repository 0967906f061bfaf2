import { describe, expect, it } from "vitest";
import { detect, speckit } from "./plan-helpers.js";

const shop = (notes: string): string =>
  speckit(
    [
      ["Phase 1: Setup", ["T001"]],
      ["Phase 2: Foundational", ["T002"]],
      ["Phase 3: User Story 1 - Browse", ["T003"]],
      ["Phase 4: User Story 2 - Pay", ["T004"]],
      ["Phase 5: Polish", ["T005"]],
    ],
    notes,
  );

describe("statements pointing back in list order", () => {
  it("keeps a backward story-level statement nothing contradicts, as a backward phase edge from a statement, with a warning", () => {
    const { edges, warnings } = detect(shop("## Deps\n\n- US1 needs US2's payment client\n"));
    expect(edges.find((e) => e.from === "T004" && e.to === "T003")).toMatchObject({
      kind: "phase",
      origin: "statement",
      backward: true,
    });
    expect(warnings).toEqual([
      'tasks.md:25: "US1 needs US2\'s payment client" puts "Phase 4: User Story 2 - Pay" before "Phase 3: User Story 1 - Browse", against the order they are listed in; kept as the weakest evidence, the first edge given up if it closes a cycle',
    ]);
  });

  it("loses a backward statement the list's structure contradicts: the cycle it closes drops it", () => {
    const { edges, warnings } = detect(shop("## Deps\n\n- Setup depends on Polish\n"));
    expect(edges.some((e) => e.from === "T005" && e.to === "T001")).toBe(false);
    expect(warnings[0]).toMatch(
      /puts "Phase 5: Polish" before "Phase 1: Setup", against the order they are listed in/,
    );
    expect(warnings[1]).toMatch(
      /dropped the inferred edge T005 -> T001 \(statement "Setup depends on Polish"/,
    );
  });

  it("does not treat a backward statement naming tasks by ID as suspicious", () => {
    const { edges, warnings } = detect(shop("## Deps\n\n- T003 needs T004\n"));
    expect(edges.find((e) => e.from === "T004" && e.to === "T003")).toMatchObject({
      kind: "explicit",
      origin: "statement",
    });
    expect(warnings).toEqual([]);
  });

  it("adds forward story-level statements without a warning", () => {
    const { warnings } = detect(shop("## Deps\n\n- US2 needs US1\n"));
    expect(warnings).toEqual([]);
  });
});
