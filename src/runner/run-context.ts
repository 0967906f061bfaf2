import type { GitHost, GitRepository } from "../adapters/git/git-repository.js";
import type { RunEvent } from "../core/model/run-event.js";
import type { ImplementOptions, RunSummary } from "./implement-options.js";
import type { PreparedRun } from "./prepare-run.js";

/** A task whose merge conflicts is re-run once; a second conflict fails it. */
export const MAX_ATTEMPTS = 2;

/** What every part of a run shares, fixed for its life: the plan, the repository, how to report. */
export interface RunContext extends PreparedRun {
  options: ImplementOptions;
  host: GitHost;
  main: GitRepository;
  repoTop: string;
  tasksRel: string;
  parallel: number;
  time: () => string;
  emit: (event: RunEvent) => void;
}

/** The feature's documents next to the task list, named in every agent's prompt when they exist. */
export interface FeatureDocs {
  specPath: string | null;
  planPath: string | null;
}

/** What one run has found out so far: the tasks' outcomes, which run now, and whether it stops. */
export class RunLedger {
  readonly doneThisRun: string[] = [];
  readonly failed = new Map<string, string>();
  readonly kept: RunSummary["kept"] = [];
  readonly attempts = new Map<string, number>();
  readonly notes: string[] = [];
  /** Tasks whose agent runs now. */
  readonly running = new Set<string>();
  stopReason: string | null = null;
  cancelled = false;

  /** Starts nothing more after what runs now; the first reason given is the one reported. */
  stop(reason: string): void {
    this.stopReason ??= reason;
  }

  /** True once the run starts nothing more. */
  get stopping(): boolean {
    return this.stopReason !== null;
  }

  /** The attempt a task is at (1 before its first start). */
  attemptOf(id: string): number {
    return this.attempts.get(id) ?? 1;
  }
}
