import { describe, expect, it } from "vitest";
import { onlyDoneMarksDiffer } from "../../../src/core/edit/only-done-marks-differ.js";

describe("onlyDoneMarksDiffer", () => {
  const list = "# Tasks\n\n- [ ] T001 One\n- [x] T002 Two\n1. [ ] T003 Three\n";
  it("is true when checkboxes alone changed, in either direction", () => {
    expect(onlyDoneMarksDiffer(list, list.replace("[ ] T001", "[X] T001"))).toBe(true);
    expect(onlyDoneMarksDiffer(list, list.replace("[x] T002", "[ ] T002").replace("1. [ ]", "1. [X]"))).toBe(
      true,
    );
  });
  it("is false for no change, or any change beyond a checkbox", () => {
    expect(onlyDoneMarksDiffer(list, list)).toBe(false);
    expect(onlyDoneMarksDiffer(list, list.replace("[ ] T001 One", "[X] T001 One!"))).toBe(false);
    expect(onlyDoneMarksDiffer(list, `${list}- [ ] T004 Four\n`)).toBe(false);
    expect(onlyDoneMarksDiffer(list, list.replace("# Tasks", "# Task"))).toBe(false);
    expect(onlyDoneMarksDiffer(list, list.replace("- [ ] T001", "* [X] T001"))).toBe(false);
  });
});
