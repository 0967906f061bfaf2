import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync, chmodSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  expectNothingLost,
  mergedTasks,
  ofType,
  startCase,
  useFaultCases,
  worktreePaths,
  type FaultCase,
} from "./fault-harness.js";

useFaultCases("disk-full-during-worktree-add");

const TASKS =
  "- [ ] T001 [P] One\n- [ ] T002 [P] Two\n- [ ] T003 [P] Three\n- [ ] T004 After two (depends on T002)\n";
/** Over the tmpfs below: checking the repository out there runs out of space. */
const BIG = "x".repeat(400_000);

function canMount(): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    const probe = join("/tmp", `maestro-mount-probe-${process.pid}`);
    mkdirSync(probe, { recursive: true });
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe], { stdio: "ignore" });
    execFileSync("umount", [probe], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function expectT002FailedCleanly(c: FaultCase, summary: Awaited<ReturnType<FaultCase["run"]>>): void {
  expect(summary.status).toBe("failure");
  expect(summary.failed).toEqual(["T002"]);
  expect(summary.done.sort()).toEqual(["T001", "T003"]);
  expect(summary.skipped).toEqual(["T004"]);
  const reason = ofType(c.events, "task-end").find((e) => e.task === "T002")?.reason ?? "";
  expect(reason).toMatch(
    /^maestro error: .*(No space left on device|unable to write|Could not reset index)/s,
  );
  expect(mergedTasks(c.repo).sort()).toEqual(["T001", "T003"]);
  expect(worktreePaths(c.repo)).toEqual([c.repo.repo]);
}

describe("disk full while a worktree is added", () => {
  it.runIf(canMount())("(a real full tmpfs) fails that task cleanly; the others go on", async () => {
    const c = startCase({ "specs/001/tasks.md": TASKS, "big.txt": BIG });
    const agent = c.repo.script("agent.sh", 'echo "$MAESTRO_TASK_ID" > "$MAESTRO_TASK_ID.txt"\n');
    // T002 is the second task of wave 1: it takes slot 2, whose worktree is created for it.
    const mountPoint = join(c.repo.root, "work", "worktrees", "slot-2");
    mkdirSync(mountPoint, { recursive: true });
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint]);
    try {
      const summary = await c.run({ agent: { command: [agent] } });
      expectT002FailedCleanly(c, summary);
    } finally {
      execFileSync("umount", ["-l", mountPoint]);
    }
    expectNothingLost(c);
  });

  it("(git failing with ENOSPC, injected through PATH) fails that task cleanly; the others go on", async () => {
    const c = startCase({ "specs/001/tasks.md": TASKS });
    const agent = c.repo.script("agent.sh", 'echo "$MAESTRO_TASK_ID" > "$MAESTRO_TASK_ID.txt"\n');
    const realGit = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
    const shim = join(c.repo.root, "shim");
    mkdirSync(shim);
    writeFileSync(
      join(shim, "git"),
      [
        "#!/usr/bin/env bash",
        'for a in "$@"; do',
        '  if [ "$a" = worktree ] && [[ " $* " == *" add "* ]] && [[ "$*" == */T002* ]]; then',
        '    echo "error: unable to write file big.txt: No space left on device" >&2',
        "    echo \"fatal: Could not reset index file to revision 'HEAD'.\" >&2",
        "    exit 128",
        "  fi",
        "done",
        `exec "${realGit}" "$@"`,
        "",
      ].join("\n"),
    );
    chmodSync(join(shim, "git"), 0o755);
    const summary = await c.run({
      agent: { command: [agent] },
      env: c.env({ PATH: `${shim}:${process.env.PATH ?? ""}` }),
    });
    expectT002FailedCleanly(c, summary);
    expectNothingLost(c);
  });
});
