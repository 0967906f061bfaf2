import pLimit from "p-limit";
import type { Task } from "../core/model/task.js";
import { holdWhileShort, LOW_MEMORY_SHARE, memoryShortage } from "./memory-throttle.js";
import { readTail } from "./read-tail.js";
import type { RepositoryWatch } from "./repository-watch.js";
import type { FeatureDocs, RunContext, RunLedger } from "./run-context.js";
import { runTaskAttempt, type TaskAttemptResult } from "./run-task.js";
import type { Slot, SlotPool } from "./slot-pool.js";
import type { TaskOutcomes } from "./task-outcomes.js";
import { taskPaths, type TaskPaths } from "./task-paths.js";
import type { WavePlan } from "./wave-plan.js";

/** One wave as its tasks see it: its number, its base, the feature's documents, the results so far. */
interface WaveTurn {
  wave: number;
  base: string;
  docs: FeatureDocs;
  results: Map<string, TaskAttemptResult>;
}

/**
 * The scheduler: runs a wave's tasks, at most `parallel` at once, each when its turn comes and memory
 * allows, and records each outcome as soon as it ends (so the re-planner can move tasks still waiting).
 */
export class WaveScheduler {
  constructor(
    private readonly ctx: RunContext,
    private readonly ledger: RunLedger,
    private readonly plan: WavePlan,
    private readonly watch: RepositoryWatch,
    private readonly outcomes: TaskOutcomes,
    private readonly slots: SlotPool,
  ) {}

  /** Runs every task of the current wave from `base`; returns the results of those that started. */
  async runWave(wave: number, base: string, docs: FeatureDocs): Promise<Map<string, TaskAttemptResult>> {
    const turn: WaveTurn = { wave, base, docs, results: new Map() };
    const limit = pLimit(this.ctx.parallel);
    // Every task of the wave is queued; each checks when its turn comes whether a re-plan moved it.
    await Promise.all([...this.plan.current].map((id) => limit(() => this.runOne(id, turn))));
    return turn.results;
  }

  private async runOne(id: string, turn: WaveTurn): Promise<void> {
    const hold = holdWhileShort(
      () => this.memoryShortFor(id),
      (share) => this.announceThrottle(id, share),
    );
    if (hold !== null) await hold;
    if (!this.plan.isQueued(id) || this.ledger.stopping) return;
    const { paths, slot } = this.start(id);
    // Before maestro's git switches a worktree beside running agents, nothing they planted may be in effect.
    if (this.ledger.running.size > 1) await this.watch.check(null, id);
    const { branch } = paths;
    const worktree = slot.path;
    this.ctx.emit({ type: "task-start", time: this.ctx.time(), task: id, wave: turn.wave, branch, worktree });
    const result = await this.attempt(id, paths, slot, turn);
    await this.record(id, paths, turn, result);
  }

  private async attempt(
    id: string,
    paths: TaskPaths,
    slot: Slot,
    turn: WaveTurn,
  ): Promise<TaskAttemptResult> {
    const { base, wave, docs } = turn;
    try {
      return await runTaskAttempt(this.ctx.tasks.get(id) as Task, {
        ...this.ctx,
        ...docs,
        base,
        wave,
        paths,
        slots: this.slots,
        slot,
        checkRepository: () => this.watch.check(id, id),
      });
    } finally {
      this.ledger.running.delete(id);
      this.slots.give(slot);
    }
  }

  /** Records an attempt's result at once, so the re-planner can still move the tasks waiting. */
  private async record(
    id: string,
    paths: TaskPaths,
    turn: WaveTurn,
    result: TaskAttemptResult,
  ): Promise<void> {
    const tail = result.ok ? null : await readTail(paths.log);
    this.ledger.notes.push(...result.notes);
    turn.results.set(id, result);
    const { branch, log } = paths;
    this.outcomes.afterTask({
      id,
      wave: turn.wave,
      result,
      taint: this.watch.taintOf(id),
      branch,
      log,
      tail,
    });
  }

  /**
   * Counts a new attempt of `id`, marks it running and gives it a slot; no await may come between the memory
   * check and this.
   */
  private start(id: string): { paths: TaskPaths; slot: Slot } {
    const attempt = (this.ledger.attempts.get(id) ?? 0) + 1;
    this.ledger.attempts.set(id, attempt);
    this.plan.started(id);
    this.ledger.running.add(id);
    const paths = taskPaths(this.ctx.options.workDir, this.ctx.options.runId, id, attempt);
    return { paths, slot: this.slots.take() };
  }

  /**
   * Short memory holds a task back only while one of our own tasks runs (waiting on nothing would wait
   * forever) and while it is still meant to run.
   */
  private memoryShortFor(id: string): number | null {
    if (!this.plan.isQueued(id) || this.ledger.stopping || this.ledger.running.size === 0) return null;
    return memoryShortage(this.ctx.options.freeMemory);
  }

  private announceThrottle(id: string, share: number): void {
    this.ctx.emit({
      type: "throttle",
      time: this.ctx.time(),
      task: id,
      reason: `available memory is ${share}% (< ${LOW_MEMORY_SHARE * 100}%): waiting for a running task to finish`,
    });
  }
}
