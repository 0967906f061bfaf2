import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { processesTagged, useFaultCases } from "./fault-harness.js";
import { CONFLICT_TASKS, killAndResume, WAVES_TASKS } from "./kill-and-resume.js";

useFaultCases("sigkill-at-each-step");

describe("maestro killed (SIGKILL) at each step of a wave, then started again", () => {
  it("while agents run: the resumed run stops the orphaned agents and runs their tasks once more", async () => {
    await killAndResume(
      "agent-running:T003",
      WAVES_TASKS,
      ({ c, merged }) => {
        expect(merged).toEqual(["T001", "T002"]);
        // A SIGKILLed maestro cannot stop its agents: T003's is still running now...
        expect(processesTagged(c.tag).length).toBeGreaterThan(0);
      },
      { slowTask: "T003" },
    );
    // ...and the resumed run stopped it (killAndResume asserts no tagged process is left).
  });

  it("before merging a task of the wave (one merged, one not)", async () => {
    await killAndResume("merge:T004", WAVES_TASKS, ({ merged }) => {
      expect(merged).toEqual(["T001", "T002", "T003"]);
    });
  });

  it("mid-merge: a conflicted merge left in progress, and a stale index.lock", async () => {
    await killAndResume(
      "mid-merge:T002",
      CONFLICT_TASKS,
      ({ c, merged }) => {
        expect(merged).toEqual(["T001"]);
        expect(existsSync(join(c.repo.repo, ".git", "MERGE_HEAD"))).toBe(true);
      },
      { conflict: true, plantIndexLock: true },
    );
  });

  it("right after a merge commit, before its branch is deleted", async () => {
    await killAndResume("merged:T003", WAVES_TASKS, ({ c, merged }) => {
      expect(merged).toEqual(["T001", "T002", "T003"]);
      expect(c.repo.git("branch", "--list", "maestro/run-1/T003")).not.toBe("");
    });
  });

  it("after the wave's merges, before the tasks.md tick", async () => {
    await killAndResume("tick:2", WAVES_TASKS, ({ c, merged }) => {
      expect(merged).toEqual(["T001", "T002", "T003", "T004"]);
      expect(c.repo.read("specs/001/tasks.md")).toContain("- [ ] T004");
    });
  });

  it("with the tick written but not committed", async () => {
    await killAndResume("tick-written:2", WAVES_TASKS, ({ c }) => {
      expect(c.repo.read("specs/001/tasks.md")).toContain("- [X] T004");
      expect(c.repo.git("status", "--porcelain")).toBe("M specs/001/tasks.md");
    });
  });

  it("after the tick, before the next wave", async () => {
    await killAndResume("ticked:2", WAVES_TASKS, ({ c, merged }) => {
      expect(merged).toEqual(["T001", "T002", "T003", "T004"]);
      expect(c.repo.git("status", "--porcelain")).toBe("");
    });
  });

  it("at the end of the first wave", async () => {
    await killAndResume("wave-end:1", WAVES_TASKS, ({ merged }) => {
      expect(merged).toEqual(["T001", "T002"]);
    });
  });
});
