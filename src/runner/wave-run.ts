import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { RunSummary } from "./implement-options.js";
import { RepositoryWatch } from "./repository-watch.js";
import { RunLedger, type FeatureDocs, type RunContext } from "./run-context.js";
import { SlotPool } from "./slot-pool.js";
import { TaskOutcomes } from "./task-outcomes.js";
import { WaveMerger } from "./wave-merger.js";
import { WavePlan } from "./wave-plan.js";
import { WaveScheduler } from "./wave-scheduler.js";

/**
 * One run of a prepared plan, wave after wave: the scheduler runs a wave's tasks, the merger merges, ticks
 * and verifies them, the re-planner moves what is left. One instance per `implement()` call.
 */
export class WaveRun {
  private readonly ledger = new RunLedger();
  private readonly plan: WavePlan;
  private readonly watch: RepositoryWatch;
  private readonly scheduler: WaveScheduler;
  private readonly merger: WaveMerger;
  private readonly outcomes: TaskOutcomes;
  private readonly slots: SlotPool;

  constructor(private readonly ctx: RunContext) {
    this.plan = new WavePlan(ctx, this.ledger);
    this.watch = new RepositoryWatch(ctx, this.ledger);
    this.outcomes = new TaskOutcomes(ctx, this.ledger, this.plan);
    const { host, main, options, parallel } = ctx;
    this.slots = new SlotPool(host, main, options.workDir, parallel, options.cleanIgnored ?? false);
    this.scheduler = new WaveScheduler(ctx, this.ledger, this.plan, this.watch, this.outcomes, this.slots);
    this.merger = new WaveMerger(ctx, this.ledger, this.plan, this.watch, this.outcomes);
  }

  /** Runs every wave until none is left or the run stops; reports and returns how it ended. */
  async run(): Promise<RunSummary> {
    this.announcePlan();
    const stopListening = this.listenForAbort();
    const docs = featureDocs(this.ctx);
    await mkdir(this.ctx.options.workDir, { recursive: true });
    try {
      while (this.plan.hasWork() && !this.ledger.stopping) await this.runWave(docs);
    } finally {
      stopListening();
      await this.slots.removeAll();
    }
    // Whatever was never started is skipped, with the reason the run stopped.
    this.plan.skipLeftovers(this.ledger.stopReason ?? "not run");
    await this.writeNotes();
    return this.finish();
  }

  /** One wave: pin its base, run its tasks, merge them, tick and verify, re-plan the rest. */
  private async runWave(docs: FeatureDocs): Promise<void> {
    const { ctx } = this;
    const wave = this.plan.beginWave();
    await this.watch.beginWave();
    const base = await ctx.main.revParse("HEAD");
    ctx.emit({ type: "wave-start", time: ctx.time(), wave, tasks: [...this.plan.current] });
    const results = await this.scheduler.runWave(wave, base, docs);
    const ran = [...this.plan.startedThisWave];
    const { merged, conflicted } = await this.merger.mergeWave(wave, ran, results);
    await this.outcomes.settleRenames();
    if (merged.length > 0) await this.merger.verifyAndTick(wave, merged);
    ctx.options.onStep?.(`wave-end:${wave}`);
    ctx.emit({ type: "wave-end", time: ctx.time(), wave });
    // The next wave: re-planned from what is left, with the conflicted tasks on top of the merged result.
    this.plan.endWave(wave, ran, WaveMerger.conflictReason(wave, conflicted));
  }

  private announcePlan(): void {
    const { ctx } = this;
    ctx.emit({ type: "plan", time: ctx.time(), runId: ctx.options.runId, plan: ctx.planJson });
    for (const [id, reason] of ctx.skipped) this.plan.emitSkipped(id, reason, 0);
  }

  /** Aborting cancels the run: nothing new starts (running agents see the same signal). */
  private listenForAbort(): () => void {
    const { signal } = this.ctx.options;
    const onAbort = () => {
      this.ledger.cancelled = true;
      this.ledger.stop("run cancelled");
    };
    if (signal?.aborted) onAbort();
    signal?.addEventListener("abort", onAbort, { once: true });
    return () => signal?.removeEventListener("abort", onAbort);
  }

  private async writeNotes(): Promise<void> {
    if (this.ledger.notes.length === 0) return;
    const text = `${this.ledger.notes.join("\n")}\n`;
    await writeFile(join(this.ctx.options.workDir, "notes.txt"), text).catch(() => undefined);
  }

  private finish(): RunSummary {
    const { ctx, ledger } = this;
    const status = ledger.cancelled
      ? "cancelled"
      : ledger.failed.size === 0 && ctx.skipped.size === 0 && !ledger.stopping
        ? "success"
        : "failure";
    const { doneThisRun, failed, kept } = ledger;
    const counts = { done: doneThisRun.length, failed: failed.size, skipped: ctx.skipped.size };
    ctx.emit({ type: "run-end", time: ctx.time(), status, ...counts, kept });
    return {
      status,
      done: [...doneThisRun],
      failed: [...failed.keys()],
      skipped: [...ctx.skipped.keys()],
      waves: this.plan.waveNumber,
      kept: [...kept],
    };
  }
}

/** `spec.md` and `plan.md` beside the task list, when they exist. */
function featureDocs(ctx: RunContext): FeatureDocs {
  const dir = dirname(ctx.tasksRel);
  const found = (name: string) => (existsSync(join(ctx.repoTop, dir, name)) ? join(dir, name) : null);
  return { specPath: found("spec.md"), planPath: found("plan.md") };
}
