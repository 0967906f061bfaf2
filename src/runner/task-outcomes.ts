import { discoverFileEdges } from "../core/run/discover-file-edges.js";
import { findDependents } from "../core/run/find-dependents.js";
import { MAX_ATTEMPTS, type RunContext, type RunLedger } from "./run-context.js";
import type { TaskAttemptResult } from "./run-task.js";
import type { WavePlan } from "./wave-plan.js";

/** The `reason` of a done task whose agent changed nothing: visible, so "done" never hides an idle agent. */
export const NO_CHANGES_REASON =
  "no changes: the agent exited 0 and changed nothing, so there was nothing to merge";

/** One finished attempt, before merging. */
export interface FinishedAttempt {
  id: string;
  wave: number;
  result: TaskAttemptResult;
  /** Why its result is refused although the agent succeeded (see RepositoryWatch), if it is. */
  taint: string | undefined;
  branch: string;
  log: string;
  /** The end of its log, for a failed attempt. */
  tail: string | null;
}

/** Records how tasks end: done, failed (skipping what needs them), or sent to a later wave to run again. */
export class TaskOutcomes {
  /** Branch renames still in flight; awaited before the wave's merges are reported done. */
  private readonly renames: Array<Promise<void>> = [];

  constructor(
    private readonly ctx: RunContext,
    private readonly ledger: RunLedger,
    private readonly plan: WavePlan,
  ) {}

  /** Records a finished attempt, then re-plans around what it taught: dependencies, files it changed. */
  afterTask(attempt: FinishedAttempt): void {
    const { id, wave, result, branch, log, tail } = attempt;
    const refusal = result.ok ? attempt.taint : (result.reason ?? "failed");
    if (refusal !== undefined) {
      this.fail(id, wave, refusal, branch, log, tail, result.files);
      return;
    }
    const reasons = [...this.concludeSuccess(attempt), ...this.learnFileEdges(id, result)];
    if (reasons.length > 0) this.plan.replan(reasons.join("; "));
  }

  /**
   * A successful attempt is done, unless its agent reported a dependency that is not merged yet: then the
   * result is premature and the task runs again after it. Returns why the plan changed.
   */
  private concludeSuccess({ id, wave, result, branch, log }: FinishedAttempt): string[] {
    const { tasks, done, edges } = this.ctx;
    const missing = result.report.dependsOn.filter((dep) => tasks.has(dep) && !done.has(dep) && dep !== id);
    if (missing.length === 0 || this.ledger.attemptOf(id) >= MAX_ATTEMPTS) {
      const reason = result.files.length === 0 ? NO_CHANGES_REASON : null;
      this.ctx.emit({ ...this.taskEnd(id, wave, "done", result.files, reason), branch, log });
      return [];
    }
    for (const dep of missing) {
      if (findDependents(id, edges, [dep]).length > 0) continue; // would be a cycle
      const reason = `${id}'s agent reported it depends on ${dep}`;
      edges.push({ from: dep, to: id, kind: "explicit", reason, stated: false });
    }
    this.retryLater(id, branch, log);
    const them = missing.length > 1 ? "them" : "it";
    return [`${id} reported it depends on ${missing.join(", ")}: re-run after ${them}`];
  }

  /** Files it changed that a task not started yet names: that task now runs after it. */
  private learnFileEdges(id: string, result: TaskAttemptResult): string[] {
    const { tasks, edges } = this.ctx;
    const waiting = this.plan
      .waiting()
      .map((t) => ({ id: t, files: tasks.get(t)?.files ?? [], reads: tasks.get(t)?.reads ?? [] }));
    const touched = [...new Set([...result.files, ...result.report.files])];
    const found = discoverFileEdges(id, touched, waiting, edges);
    edges.push(...found);
    return found.map((e) => e.reason);
  }

  /** Fails a task: its branch and log are kept, what needs it is skipped, `--fail-fast` stops the run. */
  fail(
    id: string,
    wave: number,
    reason: string,
    branch: string,
    log: string,
    tail: string | null,
    files: string[] = [],
  ): void {
    this.ledger.failed.set(id, reason);
    this.plan.retry.delete(id);
    this.ledger.kept.push({ task: id, branch, log });
    const event = { ...this.taskEnd(id, wave, "failed", files, reason), branch, log };
    this.ctx.emit(tail ? { ...event, tail } : event);
    this.plan.skipDependents(id, "failed");
    if (this.ctx.options.failFast) this.ledger.stop(`--fail-fast: ${id} failed`);
  }

  /** Sends a task to a later wave, keeping this attempt's branch as `.../attempt-N` for inspection. */
  retryLater(id: string, branch: string, log: string): void {
    this.plan.retry.add(id);
    const renamed = `${branch}/attempt-${this.ledger.attemptOf(id)}`;
    this.renames.push(
      this.ctx.main.renameBranch(branch, renamed).then(
        () => void this.ledger.kept.push({ task: id, branch: renamed, log }),
        () => void this.ledger.kept.push({ task: id, branch, log }),
      ),
    );
  }

  /** Waits for the branch renames still in flight. */
  async settleRenames(): Promise<void> {
    await Promise.all(this.renames.splice(0));
  }

  private taskEnd(
    id: string,
    wave: number,
    status: "done" | "failed",
    files: string[],
    reason: string | null,
  ) {
    return { type: "task-end" as const, time: this.ctx.time(), task: id, wave, status, files, reason };
  }
}
