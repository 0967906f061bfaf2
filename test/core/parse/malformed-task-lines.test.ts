import { describe, expect, it } from "vitest";
import { findMalformedTaskLine } from "../../../src/core/parse/find-malformed-task-line.js";
import { scanLines } from "../../../src/core/parse/scan-lines.js";

const problem = (text: string) => findMalformedTaskLine(scanLines(text).lines);

describe("findMalformedTaskLine with sub-task and tagged IDs", () => {
  it("names the whole ID as written in its message", () => {
    expect(problem("- [ ] T001 a\n- [ ]T001.2 b\n")).toEqual({
      line: 2,
      problem: "T001.2 is glued to its checkbox: write it as `- [ ] T001.2 Title` (or `- [x]` when done)",
    });
    expect(problem("####### T004-UI: screens\n")?.problem).toBe(
      "a Markdown heading has at most 6 `#`: write `### T004-UI: Title`",
    );
    expect(problem("###T004.1: screens\n")?.problem).toMatch(/write `### T004\.1: Title`/);
  });

  it("does not fire for well-written sub-task, tagged or bullet-less task lines", () => {
    expect(problem("- [ ] T001.2 b\n- [x] T005-TEST c\n\n[ ] T006 d\n### T007.1: e\n")).toBeNull();
  });

  it("still refuses a bullet-less line whose checkbox is wrong", () => {
    expect(problem("[] T002 b\n")?.problem).toMatch(/^`\[\]` is not a checkbox/);
    expect(problem("[  ] T002 b\n")?.problem).toMatch(/extra spaces/);
  });
});
