import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import {
  expectNothingLost,
  maestroBranches,
  mergedTasks,
  ofType,
  processesTagged,
  startCase,
} from "./fault-harness.js";

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

/** What a hanging T001 leaves in the background (`escaped`: setsid; `daemon`: setsid from a subshell). */
export type Background = "none" | "stubborn" | "escaped" | "daemon";

/**
 * Runs T001 hanging past a 1 s timeout beside a working T002 and asserts: T001 failed with the timeout,
 * its log and branch kept, T002 merged, and nothing it started is still running when the run ends.
 */
export async function hangPastTimeout(background: Background, self: "plain" | "stubborn"): Promise<void> {
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
}
