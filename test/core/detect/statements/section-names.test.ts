import { describe, expect, it } from "vitest";
import { pairs } from "./plan-helpers.js";

// Keyed items under milestone headings that carry a kind ("Milestone:") and an aside ("(due ...)").
const ROADMAP = (note: string): string => `# Project: Reports

## Milestone: Search (due Jun 2)

- [ ] REP-10 Search box in web/search.tsx

## Milestone: Search and filters (due Jun 9)

- [ ] REP-11 Filter chips in web/filters.tsx
- [ ] REP-12 Saved filters in api/saved.ts

## Milestone: Export center

- [ ] REP-13 Export list in web/exports.tsx

## Milestone: Launch

- [ ] REP-14 Launch email in ops/email.md

## Notes

${note}
`;

describe("a section named by its heading's whole name", () => {
  it("reads a name of several words, without the heading's kind and aside, and the longest name first", () => {
    expect(pairs(ROADMAP("REP-14 waits for every issue in Search and filters to be done."))).toEqual([
      "REP-11>REP-14",
      "REP-12>REP-14",
    ]);
    expect(pairs(ROADMAP("REP-14 waits for every item in Export center."))).toEqual(["REP-13>REP-14"]);
  });

  it("names nothing with words that are no section's name", () => {
    // Must not fire: "the inbox" is no heading, and a name is whole words ("Export centers").
    expect(pairs(ROADMAP("REP-14 waits for every issue in the inbox."))).toEqual([]);
    expect(pairs(ROADMAP("REP-14 waits for every issue in Export centers."))).toEqual([]);
  });
});

describe("a group named by a tag the tasks carry", () => {
  const BOARD = (note: string): string => `# Board

- [ ] KEY-1 Schema in db/schema.sql
  Labels: backend
- [ ] KEY-2 Schema tests in db/schema_test.sql
  Labels: backend, tests
- [ ] KEY-3 Screen tests in web/screen.test.ts
  Tags: Tests
- [ ] KEY-4 Beta switch in ops/flags.yml

## Notes

${note}
`;

  it("reads 'every page tagged X' as the tasks whose own Tags or Labels field names X", () => {
    expect(pairs(BOARD("KEY-4 waits for every page tagged Tests.")).sort()).toEqual([
      "KEY-2>KEY-4",
      "KEY-3>KEY-4",
    ]);
    expect(pairs(BOARD("KEY-4 waits for all issues labelled backend.")).sort()).toEqual([
      "KEY-1>KEY-4",
      "KEY-2>KEY-4",
    ]);
  });

  it("names nothing with a tag no task carries", () => {
    // Must not fire: no task is tagged "frontend".
    expect(pairs(BOARD("KEY-4 waits for every page tagged frontend."))).toEqual([]);
  });
});
