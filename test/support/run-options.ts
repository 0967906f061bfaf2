import { join } from "node:path";
import type { RunEvent } from "../../src/core/model/run-event.js";
import type { ImplementOptions } from "../../src/runner/implement-options.js";
import type { TempRepo } from "./temp-repo.js";

/** Options for a test run of `specs/001/tasks.md` in `repo`, collecting events into `events`. */
export function runOptions(
  repo: TempRepo,
  events: RunEvent[],
  overrides: Partial<ImplementOptions> = {},
): ImplementOptions {
  return {
    repo: repo.repo,
    tasksPath: "specs/001/tasks.md",
    agent: { command: [repo.script("noop-agent.sh", "exit 0")] },
    taskTimeoutMs: 30_000,
    maxParallel: 3,
    dryRun: false,
    failFast: false,
    runId: "test-run",
    workDir: join(repo.root, "work"),
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TIMELINE: join(repo.root, "timeline") },
    onEvent: (event) => events.push(event),
    ...overrides,
  };
}

/** The event types in order, e.g. to assert the run's shape. */
export function types(events: RunEvent[]): string[] {
  return events.map((e) => e.type);
}
