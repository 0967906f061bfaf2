import { describe, expect, it } from "vitest";
import { expectNothingLost, maestroBranches, mergedTasks, ofType, useFaultCases } from "./fault-harness.js";
import { conflictCase, conflictOfKind } from "./conflict-scenario.js";

useFaultCases("merge-conflicts");

describe("merge conflicts", () => {
  it("a conflict is re-run on top of the merged result; the first attempt stays as a branch", async () => {
    const { c, run } = conflictCase({ "specs/001/tasks.md": "- [ ] T001 [P] A\n- [ ] T002 [P] B\n" }, {});
    const summary = await run();
    expect(summary.status).toBe("success");
    expect(mergedTasks(c.repo)).toEqual(["T001", "T002"]);
    expect(maestroBranches(c.repo)).toEqual(["maestro/test-run/T002/attempt-1"]);
    expect(c.repo.git("show", "maestro/test-run/T002/attempt-1:shared.txt")).toBe(
      "first line\nline from T002",
    );
    expectNothingLost(c);
  });

  for (const [name, does] of [["modify/delete", { T001: "rewrite", T002: "delete" }]] as const) {
    it(`a ${name} conflict is aborted cleanly and handled like any other`, async () => {
      await conflictOfKind(does);
    });
  }

  it("a second conflict fails the task; both attempts stay, the rest of the run goes on", async () => {
    const { c, run } = conflictCase(
      {
        "specs/001/tasks.md": [
          "- [ ] T001 [P] Rewrite",
          "- [ ] T003 [P] Rewrite again (depends on T001)",
          "- [ ] T002 [P] Rewrite too",
          "- [ ] T004 [P] Independent (depends on T001)",
          "",
        ].join("\n"),
      },
      { T001: "rewrite", T002: "rewrite", T003: "rewrite", T004: "binary" },
    );
    const summary = await run();
    expect(summary.failed).toEqual(["T002"]);
    expect(summary.done.sort()).toEqual(["T001", "T003", "T004"]);
    expect(ofType(c.events, "task-end").find((e) => e.task === "T002" && e.status === "failed")?.reason).toBe(
      "merge conflict again (shared.txt)",
    );
    expect(maestroBranches(c.repo)).toEqual([
      "maestro/test-run/T002/attempt-1",
      "maestro/test-run/T002/attempt-2",
    ]);
    expectNothingLost(c);
  });
});
