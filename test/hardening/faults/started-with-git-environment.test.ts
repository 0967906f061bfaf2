import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectNothingLost, mergedTasks, ofType, startCase, useFaultCases } from "./fault-harness.js";

useFaultCases("started-with-git-environment");

/** Commits twice itself, at the same moment as the other agents (a barrier), then leaves one change. */
const AGENT = `#!/usr/bin/env bash
set -euo pipefail
export GIT_AUTHOR_NAME=agent GIT_AUTHOR_EMAIL=agent@example.invalid GIT_COMMITTER_NAME=agent GIT_COMMITTER_EMAIL=agent@example.invalid
touch "$BARRIER/$MAESTRO_TASK_ID"
for _ in $(seq 1 500); do [ "$(ls "$BARRIER" | wc -l)" -ge 3 ] && break; sleep 0.02; done
for i in 1 2; do
  echo "$i" > "$MAESTRO_TASK_ID-$i.txt"
  git add --all
  git commit --quiet -m "$MAESTRO_TASK_ID step $i"
done
echo left > "$MAESTRO_TASK_ID-left.txt"
`;

describe("maestro started with GIT_DIR, GIT_WORK_TREE and GIT_INDEX_FILE set (from a git hook, an IDE)", () => {
  it("agents still work in their own worktrees: nothing lands on the target branch outside a merge", async () => {
    const c = startCase({ "specs/001/tasks.md": "- [ ] T001 [P] A\n- [ ] T002 [P] B\n- [ ] T003 [P] C\n" });
    const agent = c.repo.script("agent.sh", AGENT);
    const barrier = join(c.repo.root, "barrier");
    mkdirSync(barrier);
    const summary = await c.run({
      agent: { command: [agent] },
      env: c.env({
        BARRIER: barrier,
        GIT_DIR: join(c.repo.repo, ".git"),
        GIT_WORK_TREE: c.repo.repo,
        GIT_INDEX_FILE: join(c.repo.repo, ".git", "index"),
      }),
    });

    expect(
      ofType(c.events, "task-end")
        .filter((e) => e.status !== "done")
        .map((e) => e.reason),
    ).toEqual([]);
    expect(summary.status).toBe("success");
    expect(mergedTasks(c.repo)).toEqual(["T001", "T002", "T003"]);
    // The target branch's own line holds only maestro's merges and tick (the agents' commits are inside them).
    expect(c.repo.git("log", "--first-parent", "--format=%s", "main").split("\n")).toEqual([
      "maestro: tick T001, T002, T003 (wave 1)",
      "maestro: merge T003: C",
      "maestro: merge T002: B",
      "maestro: merge T001: A",
      "initial",
    ]);
    expect(Number(c.repo.git("rev-list", "--count", "--author=agent", "main"))).toBe(6);
    expectNothingLost(c);
  });
});
