import { describe, expect, it } from "vitest";
import { useFaultCases } from "./fault-harness.js";
import { killAndResume, WAVES_TASKS } from "./kill-and-resume.js";

useFaultCases("maestro-killed-between-merge-and-tick");

// The fast representative of sigkill-at-each-step.slow.test.ts (which kills at every step).
describe("maestro killed (SIGKILL) after a merge, before the tasks.md tick", () => {
  it("the resumed run ticks the merged task instead of running and merging it again", async () => {
    await killAndResume("merge:T004", WAVES_TASKS, ({ c, merged }) => {
      expect(merged).toEqual(["T001", "T002", "T003"]);
      expect(c.repo.read("specs/001/tasks.md")).toContain("- [ ] T003");
    });
  });
});
