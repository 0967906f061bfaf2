import { describe, expect, it } from "vitest";
import {
  expectNothingLost,
  maestroBranches,
  mergedTasks,
  ofType,
  startCase,
  useFaultCases,
} from "./fault-harness.js";

useFaultCases("agent-exits-zero-without-changes");

describe("an agent that exits 0 and changes nothing", () => {
  it("is done with nothing to merge, and says so: no merge commit, ticked, reason visible", async () => {
    const c = startCase({ "specs/001/tasks.md": "- [ ] T001 [P] Lazy\n- [ ] T002 [P] Works\n" });
    const agent = c.repo.script(
      "agent.sh",
      'echo "looked around, nothing to do"\n[ "$MAESTRO_TASK_ID" = T001 ] || echo x > "$MAESTRO_TASK_ID.txt"\n',
    );
    const summary = await c.run({ agent: { command: [agent] } });

    expect(summary.status).toBe("success");
    expect(summary.done.sort()).toEqual(["T001", "T002"]);
    const end = ofType(c.events, "task-end").find((e) => e.task === "T001");
    expect(end).toMatchObject({ status: "done", files: [] });
    expect(end?.reason).toBe(
      "no changes: the agent exited 0 and changed nothing, so there was nothing to merge",
    );
    // No empty merge is reported or made for it; only T002 is merged.
    expect(ofType(c.events, "merge").map((e) => e.task)).toEqual(["T002"]);
    expect(mergedTasks(c.repo)).toEqual(["T002"]);
    expect(c.repo.read("specs/001/tasks.md")).toBe("- [X] T001 [P] Lazy\n- [X] T002 [P] Works\n");
    expect(maestroBranches(c.repo)).toEqual([]);
    expectNothingLost(c);
  });

  it("an agent that commits and then reverts itself is done without changes; its commits are kept", async () => {
    const c = startCase({ "specs/001/tasks.md": "- [ ] T001 Flip-flop\n", "a.txt": "a\n" });
    const agent = c.repo.script(
      "agent.sh",
      [
        "git -c user.name=a -c user.email=a@b.c commit --quiet --allow-empty -m 'empty on purpose'",
        "echo b > a.txt",
        "git -c user.name=a -c user.email=a@b.c commit --quiet -am change",
        "git -c user.name=a -c user.email=a@b.c revert --no-edit HEAD >/dev/null",
      ].join("\n"),
    );
    const summary = await c.run({ agent: { command: [agent] } });
    expect(summary.done).toEqual(["T001"]);
    const end = ofType(c.events, "task-end").find((e) => e.task === "T001");
    expect(end?.files).toEqual([]);
    expect(end?.reason).toMatch(/^no changes/);
    // Its commits are history the agent made: merged (no diff), so its branch goes and nothing is lost.
    expect(mergedTasks(c.repo)).toEqual(["T001"]);
    expect(c.repo.git("log", "--format=%s", "main")).toContain("empty on purpose");
    expect(c.repo.read("a.txt")).toBe("a\n");
    expect(maestroBranches(c.repo)).toEqual([]);
    expectNothingLost(c);
  });
});
