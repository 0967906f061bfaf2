import { describe, expect, it } from "vitest";
import { CycleError, TaskListError } from "../../src/core/errors.js";

describe("errors", () => {
  it("TaskListError names file and line", () => {
    expect(new TaskListError("specs/a/tasks.md", 12, "duplicate task ID T004").message).toBe(
      "specs/a/tasks.md:12: duplicate task ID T004",
    );
    expect(new TaskListError("specs/a/tasks.md", null, "no tasks found").message).toBe(
      "specs/a/tasks.md: no tasks found",
    );
  });

  it("CycleError prints each edge with its reason", () => {
    const error = new CycleError(
      ["T004", "T009", "T004"],
      ['explicit "depends on T004"', 'explicit "after T009"'],
    );
    expect(error.message).toBe(
      'dependency cycle: T004 -> T009 (explicit "depends on T004") -> T004 (explicit "after T009")',
    );
  });
});
