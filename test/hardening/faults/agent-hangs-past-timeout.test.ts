import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  expectNothingLost,
  maestroBranches,
  mergedTasks,
  ofType,
  processesTagged,
  startCase,
  useFaultCases,
} from "./fault-harness.js";

useFaultCases("agent-hangs-past-timeout");

const TASKS = "- [ ] T001 [P] Hangs\n- [ ] T002 [P] Works\n";

function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return !stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return false;
  }
}

/** T001 starts `$BACKGROUND` in the background, records its pid, then hangs; T002 works. */
const AGENT = `#!/usr/bin/env bash
echo "$MAESTRO_TASK_ID" > "$MAESTRO_TASK_ID.txt"
if [ "$MAESTRO_TASK_ID" = T001 ]; then
  case "$BACKGROUND" in
    stubborn) bash -c 'trap "" TERM; while true; do sleep 0.2; done' & ;;
    escaped) setsid bash -c 'trap "" TERM HUP; while true; do sleep 0.2; done' & ;;
    daemon) ( setsid bash -c 'trap "" TERM HUP; while true; do sleep 0.2; done' & ) ;;
    none) true ;;
  esac
  echo "$!" > "$PIDS/bg"
  [ "$SELF" = stubborn ] && trap "" TERM
  echo "thinking..."
  while true; do sleep 0.2; done
fi
`;

describe("an agent that hangs past the task timeout", () => {
  for (const [background, self] of [
    ["none", "plain"],
    ["stubborn", "plain"],
    ["stubborn", "stubborn"],
    ["escaped", "plain"],
    ["daemon", "plain"],
  ] as const) {
    it(`is stopped and fails (background: ${background}, agent: ${self}), leaving no process behind`, async () => {
      const c = startCase({ "specs/001/tasks.md": TASKS });
      const agent = c.repo.script("agent.sh", AGENT);
      const pids = join(c.repo.root, "bin");
      const summary = await c.run({
        agent: { command: [agent] },
        taskTimeoutMs: 1_000,
        env: c.env({ BACKGROUND: background, SELF: self, PIDS: pids }),
      });

      expect(summary.status).toBe("failure");
      expect(summary.failed).toEqual(["T001"]);
      expect(summary.done).toEqual(["T002"]);
      expect(ofType(c.events, "task-end").find((e) => e.task === "T001")).toMatchObject({
        status: "failed",
        reason: "agent timed out after 1s",
      });
      const log = readFileSync(join(c.repo.root, "work", "logs", "T001.log"), "utf8");
      expect(log).toContain("thinking...");
      expect(log).toContain("timed out");
      expect(maestroBranches(c.repo)).toEqual(["maestro/test-run/T001"]);
      expect(mergedTasks(c.repo)).toEqual(["T002"]);
      // Right when the run ends, nothing the agent started is running any more.
      expect(processesTagged(c.tag)).toEqual([]);
      const bg = Number(readFileSync(join(pids, "bg"), "utf8"));
      if (background !== "none" && background !== "daemon") expect(alive(bg)).toBe(false);
      expectNothingLost(c);
    });
  }
});
