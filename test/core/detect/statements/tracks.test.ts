import { describe, expect, it } from "vitest";
import { statementPairs } from "./plan-helpers.js";

// One build phase split into two named tracks, each a short chain.
const tracks = (note: string, heading = "Track"): string =>
  [
    "# Tasks",
    "",
    "## Phase 1: Build",
    "",
    `### ${heading} A: Billing API`,
    "",
    "- [ ] T001 [P] Invoice model in api/invoice.ts",
    "- [ ] T002 [P] Invoice routes in api/routes.ts",
    "",
    `### ${heading} B: Web client`,
    "",
    "- [ ] T003 [P] Invoice page in web/invoice.tsx",
    "- [ ] T004 [P] Invoice form in web/form.tsx",
    "",
    "## Notes",
    "",
    `- ${note}`,
    "",
  ].join("\n");

describe("named tracks", () => {
  it("reads a track named by a section heading as the tasks under it", () => {
    expect(statementPairs(tracks("Track B starts after Track A."))).toEqual([
      "T001>T003",
      "T001>T004",
      "T002>T003",
      "T002>T004",
    ]);
  });

  it("reads other track words and languages", () => {
    expect(statementPairs(tracks("Workstream B depends on Workstream A.", "Workstream"))).toHaveLength(4);
    expect(statementPairs(tracks("La piste B dépend de la piste A.", "Piste"))).toHaveLength(4);
  });

  it("does not take 'track record' or 'fast track the' for a track, nor a track the list does not have", () => {
    expect(statementPairs(tracks("Our track record says T003 is risky."))).toEqual([]);
    expect(statementPairs(tracks("Fast track T003 after T001."))).toEqual(["T001>T003"]);
    expect(statementPairs(tracks("Track C starts after Track A."))).toEqual([]);
  });
});
