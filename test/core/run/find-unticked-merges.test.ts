import { describe, expect, it } from "vitest";
import {
  findUntickedMerges,
  mergeTrailers,
  type HistoryCommit,
} from "../../../src/core/run/find-unticked-merges.js";

const merge = (sha: string, task: string, list = "specs/001/tasks.md"): HistoryCommit => ({
  sha,
  message: `maestro: merge ${task}: title\n\n${mergeTrailers(task, "run-1", list)}\n`,
  touchesTaskList: false,
});
const other = (sha: string, touchesTaskList: boolean): HistoryCommit => ({
  sha,
  message: touchesTaskList ? "maestro: tick T001 (wave 1)\n" : "someone's commit\n",
  touchesTaskList,
});

describe("findUntickedMerges", () => {
  it("finds this list's merges after the list last changed, oldest first", () => {
    const history = [
      merge("e", "T004"),
      other("d", false),
      merge("c", "T003"),
      merge("x", "T009", "specs/002/tasks.md"),
      other("b", true),
      merge("a", "T001"),
    ];
    expect(findUntickedMerges(history, "specs/001/tasks.md")).toEqual([
      { task: "T003", run: "run-1", sha: "c" },
      { task: "T004", run: "run-1", sha: "e" },
    ]);
  });

  it("a merge that itself changed the list does not end the walk; the user's edit does", () => {
    const agentEdited = { ...merge("b", "T002"), touchesTaskList: true };
    expect(
      findUntickedMerges([agentEdited, merge("a", "T001")], "specs/001/tasks.md").map((m) => m.task),
    ).toEqual(["T001", "T002"]);
    expect(findUntickedMerges([other("b", true), merge("a", "T001")], "specs/001/tasks.md")).toEqual([]);
  });

  it("ignores merges without the task-list trailer (made before it existed) and unrelated trailers", () => {
    const old: HistoryCommit = {
      sha: "a",
      message: "maestro: merge T001: x\n\nMaestro-Task: T001\nMaestro-Run: r\n",
      touchesTaskList: false,
    };
    expect(findUntickedMerges([old], "specs/001/tasks.md")).toEqual([]);
  });
});
