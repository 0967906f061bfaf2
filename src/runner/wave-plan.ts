import type { WaveSnapshot } from "../core/model/run-event.js";
import { findDependents } from "../core/run/find-dependents.js";
import { replanRemaining } from "../core/run/replan-remaining.js";
import type { RunContext, RunLedger } from "./run-context.js";

/**
 * The re-planner: the waves still to run, re-planned whenever the run learns a dependency (a file a task
 * changed, a merge conflict, an agent's report) or a task fails; each change is reported as `regroup`.
 */
export class WavePlan {
  /** The wave running now, or (between waves) the next one. */
  current: string[];
  private later: string[][];
  /** Tasks waiting for a later wave to re-run (conflict, or a dependency the agent reported). */
  readonly retry = new Set<string>();
  readonly startedThisWave: string[] = [];
  private readonly history: WaveSnapshot[] = [];
  waveNumber = 0;
  private inWave = false;

  constructor(
    private readonly ctx: RunContext,
    private readonly ledger: RunLedger,
  ) {
    this.current = ctx.initial[0] ?? [];
    this.later = ctx.initial.slice(1);
  }

  /** True while a wave is left to run. */
  hasWork(): boolean {
    return this.current.length > 0;
  }

  /** Numbers the next wave and opens it. */
  beginWave(): number {
    this.waveNumber += 1;
    this.inWave = true;
    this.startedThisWave.length = 0;
    return this.waveNumber;
  }

  /** True when `id` is still meant to run in the current wave. */
  isQueued(id: string): boolean {
    return this.current.includes(id);
  }

  /** Records that `id` started in this wave. */
  started(id: string): void {
    this.startedThisWave.push(id);
  }

  /** Tasks not started yet that a finished task could still move: waiting in this wave or a later one. */
  waiting(): string[] {
    return [...this.current, ...this.later.flat()].filter(
      (t) => !this.startedThisWave.includes(t) && !this.ctx.skipped.has(t),
    );
  }

  /** Closes the wave: records what ran, then re-plans the rest on top of the merged result. */
  endWave(wave: number, ran: string[], reason: string | null): void {
    this.history.push({ number: wave, tasks: ran.filter((id) => !this.retry.has(id)) });
    this.startedThisWave.length = 0;
    this.inWave = false;
    this.current = this.current.filter((id) => !ran.includes(id));
    this.replan(reason);
  }

  /** Skips, with `reason`, every task never started (the run stopped). */
  skipLeftovers(reason: string): void {
    for (const id of [...this.current, ...this.later.flat()]) {
      this.emitSkipped(id, reason, this.plannedWaveOf(id));
    }
  }

  /** Re-plans what has not started, emitting `regroup` when the waves change. */
  replan(reason: string | null): void {
    const before = this.snapshot();
    // Tasks to re-run are not in flight any more: they wait for a later wave.
    const inflight = new Set(this.startedThisWave.filter((id) => !this.retry.has(id)));
    const started = new Set(this.startedThisWave);
    const next = replanRemaining(this.remaining(inflight), this.ctx.edges, this.ctx.done, inflight);
    if (this.inWave) {
      // A task that already ran in this wave cannot run in it again: it gets a wave of its own next.
      const again = next.current.filter((id) => started.has(id));
      this.current = [...inflight, ...next.current.filter((id) => !started.has(id))];
      this.later = again.length > 0 ? [again, ...next.later] : next.later;
    } else {
      this.retry.clear();
      this.current = next.current;
      this.later = next.later;
    }
    const after = this.snapshot();
    if (reason !== null && JSON.stringify(before) !== JSON.stringify(after)) {
      this.ctx.emit({ type: "regroup", time: this.ctx.time(), reason, before, after });
    }
  }

  private remaining(inflight: Set<string>): string[] {
    const { skipped, byListOrder } = this.ctx;
    return [...this.current, ...this.later.flat(), ...this.retry]
      .filter((id) => !inflight.has(id))
      .filter((id, i, all) => all.indexOf(id) === i && !skipped.has(id) && !this.ledger.failed.has(id))
      .sort(byListOrder);
  }

  /** Skips every task not started yet that needs `id` (transitively), which `why` (failed, ...). */
  skipDependents(id: string, why: string): void {
    const { skipped, edges } = this.ctx;
    const candidates = [...this.current, ...this.later.flat(), ...this.retry].filter(
      (c) => !this.startedThisWave.includes(c),
    );
    for (const dep of findDependents(id, edges, candidates)) {
      if (skipped.has(dep.id)) continue;
      const reason =
        dep.via === id ? `depends on ${id}, which ${why}` : `depends on ${dep.via}, skipped (${id} ${why})`;
      this.emitSkipped(dep.id, reason, this.plannedWaveOf(dep.id));
      this.retry.delete(dep.id);
    }
    this.current = this.current.filter((c) => !skipped.has(c));
    this.later = this.later.map((w) => w.filter((c) => !skipped.has(c))).filter((w) => w.length > 0);
  }

  /** Records `id` as skipped and reports it. */
  emitSkipped(id: string, reason: string, wave: number): void {
    this.ctx.skipped.set(id, reason);
    this.ctx.emit({
      type: "task-end",
      time: this.ctx.time(),
      task: id,
      wave,
      status: "skipped",
      files: [],
      reason,
      branch: null,
      log: null,
    });
  }

  private snapshot(): WaveSnapshot[] {
    const future = [this.current, ...this.later].filter((w) => w.length > 0);
    // While a wave runs, `current` is that wave; between waves it is the next one.
    const first = this.inWave ? this.waveNumber : this.waveNumber + 1;
    return [
      ...this.history.map((w) => ({ number: w.number, tasks: [...w.tasks] })),
      ...future.map((tasks, i) => ({ number: first + i, tasks: [...tasks] })),
    ];
  }

  private plannedWaveOf(id: string): number {
    const wave = this.snapshot().find((w) => w.tasks.includes(id));
    return wave?.number ?? this.waveNumber;
  }
}
