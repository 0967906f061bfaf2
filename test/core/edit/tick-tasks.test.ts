import { describe, expect, it } from "vitest";
import { tickTasks } from "../../../src/core/edit/tick-tasks.js";

const LIST = [
  "# Tasks",
  "",
  "- [ ] T001 First",
  "- [ ] T002 [P] Second",
  "- [x] T003 Done",
  "  - [ ] T004 Nested",
  "",
].join("\n");

describe("tickTasks", () => {
  it("ticks the lines it is given and nothing else", () => {
    const result = tickTasks(LIST, [
      { id: "T001", line: 3 },
      { id: "T004", line: 6 },
    ]);
    expect(result.text).toBe(LIST.replace("- [ ] T001", "- [X] T001").replace("- [ ] T004", "- [X] T004"));
    expect(result).toMatchObject({ ticked: ["T001", "T004"], missing: [] });
  });

  it("ticks a checkbox written without a list bullet, and not a bracket elsewhere in a line", () => {
    const text = "[ ] T007 Bare line\n- [ ] T008 Compare [ ] T007 in prose\n";
    const result = tickTasks(text, [{ id: "T007", line: 1 }]);
    expect(result.text).toBe("[X] T007 Bare line\n- [ ] T008 Compare [ ] T007 in prose\n");
  });

  it("finds a task that moved, by its ID, when the line no longer holds it", () => {
    const moved = `Intro line\n${LIST}`;
    const result = tickTasks(moved, [{ id: "T002", line: 4 }]);
    expect(result.text).toContain("- [X] T002 [P] Second");
    expect(result.ticked).toEqual(["T002"]);
  });

  it("never ticks a line holding another ID that merely starts the same (T001 vs T0010)", () => {
    const text = "- [ ] T0010 Other\n- [ ] T001 Mine\n";
    expect(tickTasks(text, [{ id: "T001", line: 1 }]).text).toBe("- [ ] T0010 Other\n- [X] T001 Mine\n");
  });

  it("reports an ID found nowhere, or twice, instead of guessing", () => {
    const text = "- [ ] T001 One\n- [ ] T001 Again\n";
    const result = tickTasks(text, [
      { id: "T001", line: 9 },
      { id: "T009", line: 1 },
    ]);
    expect(result).toEqual({ text, ticked: [], missing: ["T001", "T009"] });
  });

  it("keeps CRLF line endings and leaves a ticked task ticked", () => {
    const text = "- [ ] T001 One\r\n- [x] T002 Two\r\n";
    expect(
      tickTasks(text, [
        { id: "T001", line: 1 },
        { id: "T002", line: 2 },
      ]).text,
    ).toBe("- [X] T001 One\r\n- [X] T002 Two\r\n");
  });
});
