import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectNothingLost, mergedTasks, ofType, startCase, useFaultCases } from "./fault-harness.js";

useFaultCases("three-agents-committing-at-once");

const ITERATIONS = Number(process.env.STRESS_ITERATIONS ?? 100);

/** 3 x ITERATIONS independent tasks: one wave, run 3 at a time, iteration k being tasks 3k+1..3k+3. */
function tasks(iterations: number): string {
  const lines = ["# Tasks", ""];
  for (let n = 1; n <= iterations * 3; n += 1)
    lines.push(`- [ ] T${String(n).padStart(3, "0")} [P] Task ${n}`);
  return `${lines.join("\n")}\n`;
}

/**
 * Waits until the three agents of its iteration are all running (so they really commit at once; exit 9 if
 * one never comes), commits three times in a tight loop (status and log between), then leaves one change
 * for maestro, which commits it while the next iteration's agents start beside it.
 */
const AGENT = `#!/usr/bin/env bash
set -euo pipefail
n=$(( 10#\${MAESTRO_TASK_ID#T} ))
group=$(( (n - 1) / 3 ))
touch "$BARRIER/$group.$MAESTRO_TASK_ID"
for _ in $(seq 1 1000); do
  [ "$(ls "$BARRIER" | grep -c "^$group\\.")" -ge 3 ] && break
  sleep 0.02
done
[ "$(ls "$BARRIER" | grep -c "^$group\\.")" -ge 3 ] || exit 9
export GIT_AUTHOR_NAME=agent GIT_AUTHOR_EMAIL=agent@example.invalid GIT_COMMITTER_NAME=agent GIT_COMMITTER_EMAIL=agent@example.invalid
slot="out/$MAESTRO_TASK_ID"
mkdir -p "$slot"
for i in 1 2 3; do
  echo "$MAESTRO_TASK_ID $i" > "$slot/$i.txt"
  git add --all
  git commit --quiet -m "$MAESTRO_TASK_ID step $i"
  git status --porcelain > /dev/null
  git log --oneline -3 > /dev/null
done
echo "$MAESTRO_TASK_ID" > "$slot/left-for-maestro.txt"
`;

describe("stress: 3 agents committing at once in worktrees of one repository", () => {
  it(`${ITERATIONS} iterations: 0 git lock failures, every commit merged`, async () => {
    const c = startCase({ "specs/001/tasks.md": tasks(ITERATIONS) }, ITERATIONS * 3);
    const agent = c.repo.script("agent.sh", AGENT);
    const barrier = join(c.repo.root, "barrier");
    mkdirSync(barrier);
    const summary = await c.run({
      agent: { command: [agent] },
      maxParallel: 3,
      env: c.env({ BARRIER: barrier }),
    });

    const failures = ofType(c.events, "task-end").filter((e) => e.status !== "done");
    expect(failures.map((e) => `${e.task}: ${e.reason}`)).toEqual([]);
    expect(summary.status).toBe("success");
    expect(mergedTasks(c.repo)).toHaveLength(ITERATIONS * 3);
    // Each task's three own commits and maestro's commit of what it left are all on main.
    expect(Number(c.repo.git("rev-list", "--count", "--no-merges", "--author=agent", "main"))).toBe(
      ITERATIONS * 3 * 3,
    );
    const logs = join(c.repo.root, "work", "logs");
    const lockErrors = readdirSync(logs).filter((f) =>
      /index\.lock|\.lock': File exists|Unable to create/.test(readFileSync(join(logs, f), "utf8")),
    );
    expect(lockErrors).toEqual([]);
    // Three at once, really: every agent passed its iteration's barrier (all three there), none gave up.
    expect(readdirSync(barrier)).toHaveLength(ITERATIONS * 3);
    expectNothingLost(c);
  });
});
