import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  expectNothingLost,
  maestroBranches,
  mergedTasks,
  ofType,
  startCase,
  useFaultCases,
} from "./fault-harness.js";

useFaultCases("agent-crashes");

const TASKS = [
  "- [ ] T001 [P] Crashes",
  "- [ ] T002 [P] Works",
  "- [ ] T003 [P] Needs the crashing one (depends on T001)",
  "- [ ] T004 [P] Needs the working one (depends on T002)",
  "",
].join("\n");

/** An agent that writes its file, then ends the way `$CRASH` says when it is T001. */
const AGENT = `#!/usr/bin/env bash
echo "$MAESTRO_TASK_ID" > "$MAESTRO_TASK_ID.txt"
echo "agent output of $MAESTRO_TASK_ID"
if [ "$MAESTRO_TASK_ID" = T001 ]; then
  sleep 300 &
  echo "$!" > "$PIDS/T001-bg"
  case "$CRASH" in
    exit) echo "fatal: model quota exceeded" >&2; exit 7 ;;
    *) kill -"$CRASH" $$ ;;
  esac
fi
`;

describe("an agent that crashes", () => {
  for (const [crash, reason] of [
    ["exit", "agent exited with code 7"],
    ["KILL", "agent was killed by SIGKILL"],
    ["SEGV", "agent was killed by SIGSEGV"],
  ] as const) {
    it(`(${crash}) fails its task with the reason, keeps branch and log, and the others go on`, async () => {
      const c = startCase({ "specs/001/tasks.md": TASKS });
      const agent = c.repo.script("agent.sh", AGENT);
      const pids = join(c.repo.root, "bin");
      const summary = await c.run({
        agent: { command: [agent] },
        env: c.env({ CRASH: crash, PIDS: pids }),
      });

      expect(summary.status).toBe("failure");
      expect(summary.failed).toEqual(["T001"]);
      expect(summary.done.sort()).toEqual(["T002", "T004"]);
      expect(summary.skipped).toEqual(["T003"]);
      const end = ofType(c.events, "task-end").find((e) => e.task === "T001");
      expect(end).toMatchObject({ status: "failed", reason, branch: "maestro/test-run/T001" });
      expect(end?.tail).toContain("agent output of T001");
      expect(mergedTasks(c.repo)).toEqual(["T002", "T004"]);
      // The failed attempt's work stays on its branch, never on main.
      expect(maestroBranches(c.repo)).toEqual(["maestro/test-run/T001"]);
      expect(c.repo.git("show", "maestro/test-run/T001:T001.txt")).toBe("T001");
      expect(() => c.repo.git("show", "main:T001.txt")).toThrow();
      const log = readFileSync(join(c.repo.root, "work", "logs", "T001.log"), "utf8");
      expect(log).toContain("agent output of T001");
      expect(c.repo.read("specs/001/tasks.md")).toContain("- [ ] T001");
      expect(ofType(c.events, "run-end")).toHaveLength(1);
      expectNothingLost(c);
      // The background child it left died with it (the harness checks every tagged process too).
      const bg = Number(readFileSync(join(pids, "T001-bg"), "utf8"));
      expect(bg).toBeGreaterThan(0);
    });
  }

  it("a setup command that crashes fails the task before the agent runs", async () => {
    const c = startCase({ "specs/001/tasks.md": "- [ ] T001 [P] One\n- [ ] T002 [P] Two\n" });
    const agent = c.repo.script("agent.sh", 'echo ran >> "$TIMELINE"; echo x > "$MAESTRO_TASK_ID.txt"\n');
    const setup = c.repo.script("setup.sh", '[ "$MAESTRO_TASK_ID" != T002 ] || kill -TERM $$\n');
    const summary = await c.run({ agent: { command: [agent] }, setup: [setup] });
    expect(summary.failed).toEqual(["T002"]);
    expect(ofType(c.events, "task-end").find((e) => e.task === "T002")?.reason).toBe(
      "setup was killed by SIGTERM",
    );
    expect(readFileSync(join(c.repo.root, "timeline"), "utf8")).toBe("ran\n");
    expect(mergedTasks(c.repo)).toEqual(["T001"]);
    expectNothingLost(c);
  });

  it("an agent command that does not exist fails every task cleanly", async () => {
    const c = startCase({ "specs/001/tasks.md": "- [ ] T001 [P] One\n- [ ] T002 [P] Two\n" });
    const summary = await c.run({ agent: { command: [join(c.repo.root, "no-such-agent")] } });
    expect(summary.status).toBe("failure");
    expect(summary.failed.sort()).toEqual(["T001", "T002"]);
    expect(ofType(c.events, "task-end")[0]?.reason).toMatch(/^agent could not start: .*ENOENT/);
    expect(mergedTasks(c.repo)).toEqual([]);
    // Nothing was committed on the branches: they point at main and are cleaned up on the next start.
    expectNothingLost(c);
  });
});
