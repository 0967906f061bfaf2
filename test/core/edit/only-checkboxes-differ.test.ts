import { describe, expect, it } from "vitest";
import { onlyCheckboxesDiffer } from "../../../src/core/edit/only-checkboxes-differ.js";

describe("onlyCheckboxesDiffer", () => {
  const list = "# Tasks\n\n- [ ] T001 One\n- [x] T002 Two\n1. [ ] T003 Three\n";
  it("is true when checkboxes alone changed, in either direction", () => {
    expect(onlyCheckboxesDiffer(list, list.replace("[ ] T001", "[X] T001"))).toBe(true);
    expect(onlyCheckboxesDiffer(list, list.replace("[x] T002", "[ ] T002").replace("1. [ ]", "1. [X]"))).toBe(
      true,
    );
  });
  it("is false for no change, or any change beyond a checkbox", () => {
    expect(onlyCheckboxesDiffer(list, list)).toBe(false);
    expect(onlyCheckboxesDiffer(list, list.replace("[ ] T001 One", "[X] T001 One!"))).toBe(false);
    expect(onlyCheckboxesDiffer(list, `${list}- [ ] T004 Four\n`)).toBe(false);
    expect(onlyCheckboxesDiffer(list, list.replace("# Tasks", "# Task"))).toBe(false);
    expect(onlyCheckboxesDiffer(list, list.replace("- [ ] T001", "* [X] T001"))).toBe(false);
  });
});
