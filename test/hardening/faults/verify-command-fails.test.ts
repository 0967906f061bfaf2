import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectNothingLost, mergedTasks, ofType, startCase, useFaultCases } from "./fault-harness.js";

useFaultCases("verify-command-fails");

const TASKS = "- [ ] T001 [P] One\n- [ ] T002 [P] Two\n- [ ] T003 Three (depends on T001)\n";
const AGENT = 'echo "$MAESTRO_TASK_ID" > "$MAESTRO_TASK_ID.txt"\n';

describe("a verify command that fails", () => {
  for (const [how, body, reasonLike] of [
    ["exits non-zero", 'echo "3 tests failed"; exit 1\n', /3 tests failed/],
    ["is killed by a signal", 'echo "segfault ahead"; kill -SEGV $$\n', /segfault ahead/],
    [
      "hangs past the timeout, with a stubborn grandchild",
      "bash -c 'trap \"\" TERM; sleep 300' &\nsleep 300\n",
      /timed out/,
    ],
  ] as const) {
    it(`${how}: later waves stop, the merged wave stays merged and ticked`, async () => {
      const c = startCase({ "specs/001/tasks.md": TASKS });
      const agent = c.repo.script("agent.sh", AGENT);
      const verify = c.repo.script("verify.sh", body);
      const summary = await c.run({ agent: { command: [agent] }, verify: [verify], taskTimeoutMs: 1_500 });

      expect(summary.status).toBe("failure");
      expect(summary.done.sort()).toEqual(["T001", "T002"]);
      expect(summary.skipped).toEqual(["T003"]);
      const verifyEvent = ofType(c.events, "verify")[0];
      expect(verifyEvent).toMatchObject({ wave: 1, ok: false });
      expect(verifyEvent?.output).toMatch(reasonLike);
      expect(ofType(c.events, "task-end").find((e) => e.task === "T003")?.reason).toMatch(
        /^verify failed after wave 1 \(log: .*verify-wave-1\.log\)$/,
      );
      expect(readFileSync(join(c.repo.root, "work", "logs", "verify-wave-1.log"), "utf8")).toMatch(
        reasonLike,
      );
      // Nothing rolled back: the wave's merges and ticks stay, so a re-run starts at T003.
      expect(mergedTasks(c.repo)).toEqual(["T001", "T002"]);
      expect(c.repo.read("specs/001/tasks.md")).toBe(
        "- [X] T001 [P] One\n- [X] T002 [P] Two\n- [ ] T003 Three (depends on T001)\n",
      );
      expectNothingLost(c);
    });
  }

  it("that leaves files behind fails, and the run says which", async () => {
    const c = startCase({ "specs/001/tasks.md": TASKS });
    const agent = c.repo.script("agent.sh", AGENT);
    const verify = c.repo.script("verify.sh", "echo built > build-output.txt\n");
    const summary = await c.run({ agent: { command: [agent] }, verify: [verify] });
    expect(summary.status).toBe("failure");
    expect(ofType(c.events, "verify")[0]?.output).toContain("?? build-output.txt");
    expect(summary.skipped).toEqual(["T003"]);
    expect(mergedTasks(c.repo)).toEqual(["T001", "T002"]);
  });
});
