import type { Task } from "../core/model/task.js";
import { mergeTrailers } from "../core/run/find-unticked-merges.js";
import type { RepositoryWatch } from "./repository-watch.js";
import { MAX_ATTEMPTS, type RunContext, type RunLedger } from "./run-context.js";
import type { TaskAttemptResult } from "./run-task.js";
import type { TaskOutcomes } from "./task-outcomes.js";
import { taskPaths } from "./task-paths.js";
import { tickMergedTasks } from "./tick-merged-tasks.js";
import type { WavePlan } from "./wave-plan.js";
import { verifyWave } from "./verify-wave.js";

/** A task whose merge conflicted, and the files git named. */
export interface Conflict {
  id: string;
  files: string[];
}

/** What merging a wave gave: the tasks now done on the target branch, and those that conflicted. */
export interface WaveMerge {
  merged: string[];
  conflicted: Conflict[];
}

/**
 * The merger: merges a wave's successful branches into the target branch one by one (`--no-ff`, in list
 * order), turns a conflict into a dependency found late (or a failure, the second time), then ticks the
 * merged tasks, runs `--verify` and hands the result to `onWaveMerged`.
 */
export class WaveMerger {
  constructor(
    private readonly ctx: RunContext,
    private readonly ledger: RunLedger,
    private readonly plan: WavePlan,
    private readonly watch: RepositoryWatch,
    private readonly outcomes: TaskOutcomes,
  ) {}

  /**
   * Merges what succeeded among `ran` unless the run is cancelled or the repository changed outside the
   * worktrees; then nothing is merged and their branches are kept.
   */
  async mergeWave(wave: number, ran: string[], results: Map<string, TaskAttemptResult>): Promise<WaveMerge> {
    // Every agent of the wave is gone: a change found now cannot be pinned on one task, so nothing is merged.
    const late = ran.length > 0 ? await this.watch.check(null, null) : [];
    if (late.length > 0)
      this.ledger.stop(`the repository changed outside the worktrees after wave ${wave}: ${late.join("; ")}`);
    const succeeded = ran
      .filter((id) => results.get(id)?.ok && !this.plan.retry.has(id) && !this.ledger.failed.has(id))
      .sort(this.ctx.byListOrder);
    const outcome: WaveMerge = { merged: [], conflicted: [] };
    if (this.ledger.cancelled || this.watch.workTreeChanged !== null || late.length > 0) {
      for (const id of succeeded) this.ledger.kept.push({ task: id, ...this.where(id) });
      return outcome;
    }
    for (const id of succeeded) await this.mergeOne(id, wave, results, outcome);
    return outcome;
  }

  private async mergeOne(
    id: string,
    wave: number,
    results: Map<string, TaskAttemptResult>,
    outcome: WaveMerge,
  ): Promise<void> {
    const { ctx } = this;
    const { branch, log } = this.where(id);
    // Nothing to merge: done (and ticked), without an empty merge commit.
    if (results.get(id)?.hasCommits !== false) {
      const task = ctx.tasks.get(id) as Task;
      ctx.options.onStep?.(`merge:${id}`);
      const merge = await ctx.main.mergeNoFf(
        branch,
        `maestro: merge ${id}: ${task.title}\n\n${mergeTrailers(id, ctx.options.runId, ctx.tasksRel)}`,
        () => ctx.options.onStep?.(`mid-merge:${id}`),
      );
      if (!merge.merged) {
        ctx.emit({
          type: "merge",
          time: ctx.time(),
          task: id,
          wave,
          result: "conflict",
          files: merge.conflicts,
        });
        outcome.conflicted.push({ id, files: merge.conflicts });
        this.handleConflict(id, wave, merge.conflicts, outcome.merged, results, branch, log);
        return;
      }
      ctx.options.onStep?.(`merged:${id}`);
      ctx.emit({ type: "merge", time: ctx.time(), task: id, wave, result: "merged" });
    }
    outcome.merged.push(id);
    ctx.done.add(id);
    this.ledger.doneThisRun.push(id);
    await ctx.main.tryDeleteMergedBranch(branch);
  }

  /** A conflict is a dependency found late: the task runs again after the tasks it collided with. */
  private handleConflict(
    id: string,
    wave: number,
    files: string[],
    mergedBefore: string[],
    results: Map<string, TaskAttemptResult>,
    branch: string,
    log: string,
  ): void {
    const named = files.join(", ") || "no file named";
    if (this.ledger.attemptOf(id) >= MAX_ATTEMPTS) {
      this.outcomes.fail(id, wave, `merge conflict again (${named})`, branch, log, null);
      return;
    }
    const culprits = mergedBefore.filter((m) => (results.get(m)?.files ?? []).some((f) => files.includes(f)));
    for (const from of culprits.length > 0 ? culprits : mergedBefore) {
      const reason = `${id} conflicted with ${from} when merged (${files.join(", ")})`;
      this.ctx.edges.push({ from, to: id, kind: "file", reason, stated: false });
    }
    this.outcomes.retryLater(id, branch, log);
  }

  /**
   * After the wave's merges: ticks them (first: the merged tasks are done whatever verify says, and a
   * resumed run must not redo them), runs `--verify`, then `onWaveMerged` (the App pushes there).
   */
  async verifyAndTick(wave: number, merged: string[]): Promise<void> {
    const { ctx, ledger } = this;
    const { options } = ctx;
    options.onStep?.(`tick:${wave}`);
    await tickMergedTasks(ctx, ledger, wave, merged);
    options.onStep?.(`ticked:${wave}`);
    if (options.verify && options.verify.length > 0) {
      const failed = await verifyWave(ctx, wave);
      if (failed !== null) ledger.stop(failed);
    }
    if (!options.onWaveMerged) return;
    try {
      await options.onWaveMerged({ wave, head: await ctx.main.revParse("HEAD") });
    } catch (error) {
      ledger.stop(`stopped after wave ${wave}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Why the wave re-plans after its merges: the conflicts, each re-run on top of the merged result. */
  static conflictReason(wave: number, conflicted: Conflict[]): string | null {
    if (conflicted.length === 0) return null;
    return conflicted
      .map(
        ({ id, files }) =>
          `${id} conflicted when merged (${files.join(", ") || "no file named"}): re-run on top of wave ${wave}`,
      )
      .join("; ");
  }

  private where(id: string): { branch: string; log: string } {
    const paths = taskPaths(this.ctx.options.workDir, this.ctx.options.runId, id, this.ledger.attemptOf(id));
    return { branch: paths.branch, log: paths.log };
  }
}
