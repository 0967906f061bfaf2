import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { expect } from "vitest";
import { readTimeline } from "../../support/temp-repo.js";
import {
  expectNothingLost,
  maestroBranches,
  mergedTasks,
  processesTagged,
  startCase,
  type FaultCase,
} from "./fault-harness.js";

/** Three waves: T001 T002 | T003 T004 | T005. */
export const WAVES_TASKS = [
  "- [ ] T001 [P] One",
  "- [ ] T002 [P] Two",
  "- [ ] T003 [P] Three (depends on T001)",
  "- [ ] T004 [P] Four (depends on T002)",
  "- [ ] T005 [P] Five (depends on T003)",
  "",
].join("\n");

/** Two tasks that conflict (both append to shared.txt), then one after them. */
export const CONFLICT_TASKS = [
  "- [ ] T001 [P] Append",
  "- [ ] T002 [P] Append too",
  "- [ ] T003 [P] Last (depends on T002)",
  "",
].join("\n");

/** Records `start <ms> <task> <pid>` in $TIMELINE, writes its file (and appends to shared.txt when
 * $APPEND_SHARED is set, so tasks of one wave conflict); `$SLOW_TASK` hangs. */
const AGENT = `#!/usr/bin/env bash
set -euo pipefail
echo "start $(date +%s%3N) $MAESTRO_TASK_ID $$" >> "$TIMELINE"
echo "$MAESTRO_TASK_ID" > "$MAESTRO_TASK_ID.txt"
if [ -n "\${APPEND_SHARED:-}" ]; then echo "$MAESTRO_TASK_ID" >> shared.txt; fi
if [ "\${SLOW_TASK:-}" = "$MAESTRO_TASK_ID" ]; then sleep 60; fi
sleep 0.1
`;

/** Runs the real CLI (from sources) as a child process and waits for it. */
export function runCli(
  args: string[],
  cwd: string,
  env: Record<string, string | undefined>,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; err: string }> {
  const tsx = pathToFileURL(join(process.cwd(), "node_modules/tsx/dist/loader.mjs")).href;
  const child = spawn(
    process.execPath,
    ["--import", tsx, join(process.cwd(), "test/support/cli-entry.ts"), ...args],
    { cwd, env, stdio: ["ignore", "ignore", "pipe"] },
  );
  let err = "";
  child.stderr.on("data", (d: Buffer) => (err += d.toString()));
  return new Promise((resolve) => child.on("close", (code, signal) => resolve({ code, signal, err })));
}

/** What the run killed at a step left, checked before the resumed run starts. */
export interface AfterCrash {
  c: FaultCase;
  merged: string[];
  head: string;
}

/**
 * Kills `maestro implement` by SIGKILL at `step` (through MAESTRO_TEST_CRASH_AT), checks what it left with
 * `afterCrash`, starts it again and asserts the promises of a resumed run: exit 0, every task merged exactly
 * once, tasks merged before the crash never re-run, every commit kept, nothing left over from the crash.
 */
export async function killAndResume(
  step: string,
  tasks: string,
  afterCrash: (state: AfterCrash) => void = () => undefined,
  options: { slowTask?: string; plantIndexLock?: boolean; conflict?: boolean } = {},
): Promise<FaultCase> {
  const c = startCase({ "specs/001/tasks.md": tasks, "shared.txt": "base\n" });
  const agent = c.repo.script("agent.sh", AGENT);
  const base = ["implement", "specs/001/tasks.md", "--agent-cmd", agent, "--json", "--max-parallel", "2"];
  const env = {
    ...process.env,
    ...c.env(),
    MAESTRO_FAULT_TAG: c.tag,
    ...(options.conflict ? { APPEND_SHARED: "1" } : {}),
  };

  const first = await runCli([...base, "--run-id", "run-1"], c.repo.repo, {
    ...env,
    MAESTRO_TEST_CRASH_AT: step,
    ...(options.slowTask ? { SLOW_TASK: options.slowTask } : {}),
  });
  expect(first.signal, `the first run should die at ${step}: ${first.err}`).toBe("SIGKILL");
  expect(existsSync(join(c.repo.repo, ".git", "maestro", "lock.json"))).toBe(true);
  const merged = mergedTasks(c.repo);
  const head = c.repo.git("rev-parse", "HEAD");
  afterCrash({ c, merged, head });
  if (options.plantIndexLock) writeFileSync(join(c.repo.repo, ".git", "index.lock"), "");

  const second = await runCli([...base, "--run-id", "run-2"], c.repo.repo, env);
  expect(second.code, second.err).toBe(0);

  const all = tasks.match(/T\d{3}/g)?.filter((id, i, a) => a.indexOf(id) === i) ?? [];
  expect(mergedTasks(c.repo).sort(), "every task merged exactly once").toEqual(all.sort());
  const starts = readTimeline(join(c.repo.root, "timeline")).filter((e) => e.kind === "start");
  for (const id of merged) {
    expect(
      starts.filter((e) => e.task === id),
      `${id} was merged before the crash: never re-run`,
    ).toHaveLength(1);
  }
  expect(
    () => c.repo.git("merge-base", "--is-ancestor", head, "HEAD"),
    "the crashed run's commits",
  ).not.toThrow();
  expect(c.repo.read("specs/001/tasks.md"), c.repo.git("log", "--format=%s", "--first-parent")).not.toContain(
    "[ ]",
  );
  expect(existsSync(join(c.repo.repo, ".git", "maestro", "lock.json"))).toBe(false);
  expect(existsSync(join(c.repo.repo, ".git", "index.lock"))).toBe(false);
  expect(maestroBranches(c.repo).filter((b) => b.startsWith("maestro/run-2/"))).toEqual([]);
  // Branches the crashed run left are gone unless they hold commits that were never merged.
  for (const branch of maestroBranches(c.repo)) {
    expect(
      c.repo.git("rev-list", "--count", `HEAD..${branch}`),
      `${branch} is kept only if unmerged`,
    ).not.toBe("0");
  }
  expect(processesTagged(c.tag), "agents of the killed run are stopped by the resumed one").toEqual([]);
  expectNothingLost(c);
  return c;
}
