import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pLimit from "p-limit";
import { agentEnvironment } from "../adapters/agents/agent-environment.js";
import { runProcess } from "../adapters/agents/run-process.js";
import { readRepositoryContext } from "../adapters/fs/read-repository-context.js";
import { readTaskListInput } from "../adapters/fs/read-task-list-input.js";
import { GitHost, type GitRepository } from "../adapters/git/git-repository.js";
import { readFreeMemory } from "../adapters/system/read-free-memory.js";
import { tickTasks } from "../core/edit/tick-tasks.js";
import { MAX_PARALLEL } from "../core/model/plan.js";
import type { RunEvent, WaveSnapshot } from "../core/model/run-event.js";
import type { Task } from "../core/model/task.js";
import { parseTaskList } from "../core/parse/parse-task-list.js";
import { discoverFileEdges } from "../core/run/discover-file-edges.js";
import { mergeTrailers } from "../core/run/find-unticked-merges.js";
import { findDependents } from "../core/run/find-dependents.js";
import { replanRemaining } from "../core/run/replan-remaining.js";
import { cleanStaleRun } from "./clean-stale-run.js";
import { prepareRun, type PreparedRun } from "./prepare-run.js";
import { tickUntickedMerges, undoHalfDoneTick } from "./repair-interrupted-run.js";
import type { ImplementOptions, RunSummary } from "./implement-options.js";
import { RefusedStartError } from "./run-errors.js";
import { RepositoryGuard } from "./repository-guard.js";
import { acquireRunLock, tryReleaseRunLock } from "./run-lock.js";
import { readTail, repoRelative, runTaskAttempt, taskPaths, type TaskAttemptResult } from "./run-task.js";

/** Below this share of free memory, the next task waits for a running one to finish. */
const LOW_MEMORY_SHARE = 0.1;
const MEMORY_POLL_MS = 500;
/** A task whose merge conflicts is re-run once; a second conflict fails it. */
const MAX_ATTEMPTS = 2;
/**
 * The most tasks one `maestro implement` run takes on. A run is a day of agent work at most: a list longer
 * than this is a mistake (or an attack) long before it is a plan, and it is refused before anything starts.
 */
export const MAX_TASKS_PER_RUN = 1000;
/** The `reason` of a done task whose agent changed nothing: visible, so "done" never hides an idle agent. */
export const NO_CHANGES_REASON =
  "no changes: the agent exited 0 and changed nothing, so there was nothing to merge";

/** The repository-level lock and scratch folder: inside the shared `.git`, never in the work tree. */
export async function maestroStateDir(
  repo: string,
  env: Record<string, string | undefined>,
): Promise<string> {
  return join(await new GitHost(env).open(repo).commonDir(), "maestro");
}

/**
 * Runs a task list wave by wave: each task in its own worktree and branch, at most 3 at once, each wave
 * merged into the checked-out branch (`--no-ff`), verified and ticked before the next. See docs/implement.md.
 * Throws RefusedStartError, TaskListError or CycleError before changing anything; otherwise reports every
 * outcome through events and the returned summary.
 */
export async function implement(options: ImplementOptions): Promise<RunSummary> {
  const now = options.now ?? (() => new Date());
  const time = () => now().toISOString();
  const emit = (event: RunEvent) => options.onEvent(event);
  if (
    !Number.isInteger(options.maxParallel) ||
    options.maxParallel < 1 ||
    options.maxParallel > MAX_PARALLEL
  ) {
    throw new RefusedStartError(
      "bad-option",
      `max parallel must be 1..${MAX_PARALLEL}, got ${options.maxParallel}`,
    );
  }
  const parallel = Math.min(MAX_PARALLEL, options.maxParallel);
  const host = new GitHost(options.env);
  let repoTop: string;
  try {
    repoTop = await host.open(options.repo).topLevel();
  } catch (error) {
    throw new RefusedStartError("not-a-repository", `${options.repo} is not inside a git work tree`, [
      error instanceof Error ? error.message.trim() : String(error),
    ]);
  }
  const main = host.open(repoTop);
  const tasksAbs = isAbsolute(options.tasksPath)
    ? options.tasksPath
    : resolve(options.repo, options.tasksPath);
  const tasksRel = repoRelative(repoTop, tasksAbs);
  if (tasksRel.startsWith("../") || isAbsolute(tasksRel)) {
    throw new RefusedStartError(
      "tasks-outside-repository",
      `${options.tasksPath} is outside the repository ${repoTop}`,
    );
  }

  // Parsed against the repository: paths escaping it through links are dropped, imports give edges.
  const readList = async () =>
    readRepositoryContext(repoTop, parseTaskList(await readTaskListInput(tasksAbs)));
  const { list, imports } = await readList();
  const toRun = list.tasks.filter(
    (t) => !t.done && !t.group && (options.only === undefined || options.only.includes(t.id)),
  ).length;
  if (toRun > MAX_TASKS_PER_RUN) {
    throw new RefusedStartError(
      "too-many-tasks",
      `${tasksRel}: ${toRun} tasks to run; maestro implement runs at most ${MAX_TASKS_PER_RUN} per run (use --only or split the list)`,
    );
  }
  let prepared = prepareRun(list, tasksRel, options.only, imports);

  if (options.dryRun) {
    const { planJson, skipped } = prepared;
    emit({ type: "plan", time: time(), runId: options.runId, plan: planJson });
    const wouldCreate = planJson.waves.flatMap((w) =>
      w.tasks.map((id) => {
        const paths = taskPaths(options.workDir, options.runId, id, 1);
        return { task: id, wave: w.number, branch: paths.branch, worktree: paths.worktree };
      }),
    );
    return {
      status: "success",
      done: [],
      failed: [],
      skipped: [...skipped.keys()],
      waves: planJson.waves.length,
      kept: [],
      wouldCreate,
    };
  }

  // Refuse, before touching anything, to run over someone's uncommitted work.
  const lockPath = join(await main.commonDir(), "maestro", "lock.json");
  const { stale } = await acquireRunLock(lockPath, {
    pid: process.pid,
    runId: options.runId,
    startedAt: time(),
  });
  try {
    await cleanStaleRun(main, stale);
    const operation = await main.operationInProgress();
    if (operation !== null) {
      throw new RefusedStartError(
        "operation-in-progress",
        `${operation} is in progress in ${repoTop}: finish or abort it first`,
      );
    }
    const branch = await main.currentBranch();
    if (branch === null) {
      throw new RefusedStartError(
        "detached-head",
        `HEAD is detached in ${repoTop}: check out the branch maestro should commit to`,
      );
    }
    // What a killed run left half-done: a tick written but not committed is undone, then every task it
    // merged without a tick is ticked from its merge commit, so no task is run (and merged) twice.
    let current = { list, imports };
    if (stale !== null && (await undoHalfDoneTick(main, repoTop, current.list)).length > 0) {
      current = await readList();
    }
    if ((await tickUntickedMerges(main, repoTop, tasksRel, current.list, options.runId)).length > 0) {
      current = await readList();
    }
    if (current.list !== list) prepared = prepareRun(current.list, tasksRel, options.only, current.imports);
    const dirty = await main.statusLines();
    if (dirty.length > 0) {
      throw new RefusedStartError(
        "dirty-work-tree",
        `the work tree of ${repoTop} has uncommitted changes: commit or stash them first (maestro never touches them)`,
        dirty.slice(0, 20),
      );
    }
  } catch (error) {
    await tryReleaseRunLock(lockPath);
    throw error;
  }

  try {
    return await new WaveRun(options, {
      host,
      main,
      repoTop,
      tasksRel,
      parallel,
      time,
      emit,
      ...prepared,
    }).run();
  } finally {
    await host.open(repoTop).tryPruneWorktrees();
    await tryReleaseRunLock(lockPath);
  }
}

/** The prepared plan plus what a run needs to carry it out. */
interface WaveRunSetup extends PreparedRun {
  host: GitHost;
  main: GitRepository;
  repoTop: string;
  tasksRel: string;
  parallel: number;
  time: () => string;
  emit: (event: RunEvent) => void;
}

/** The mutable state of one run; one instance per `implement()` call. */
class WaveRun {
  private readonly doneThisRun: string[] = [];
  private readonly failed = new Map<string, string>();
  private readonly kept: RunSummary["kept"] = [];
  private readonly attempts = new Map<string, number>();
  /** Tasks waiting for a later wave to re-run (conflict, or a dependency the agent reported). */
  private readonly retry = new Set<string>();
  private readonly history: WaveSnapshot[] = [];
  private current: string[] = [];
  private later: string[][] = [];
  private waveNumber = 0;
  private stopReason: string | null = null;
  private inWave = false;
  /** Branch renames still in flight; awaited before the wave's merges are reported done. */
  private readonly pending: Array<Promise<void>> = [];
  private cancelled = false;
  private readonly running = new Set<string>();
  private readonly startedThisWave: string[] = [];
  private readonly notes: string[] = [];
  private guard: RepositoryGuard | null = null;
  /** Tasks that ran while something changed the repository outside the worktrees: their results are refused. */
  private readonly tainted = new Map<string, string>();
  /** Set when the main work tree changed during a wave: nothing more is merged onto it. */
  private workTreeChanged: string | null = null;

  constructor(
    private readonly options: ImplementOptions,
    private readonly s: WaveRunSetup,
  ) {
    this.current = s.initial[0] ?? [];
    this.later = s.initial.slice(1);
  }

  async run(): Promise<RunSummary> {
    const { s, options } = this;
    s.emit({ type: "plan", time: s.time(), runId: options.runId, plan: s.planJson });
    for (const [id, reason] of s.skipped) this.emitSkipped(id, reason, 0);
    const onAbort = () => {
      this.cancelled = true;
      this.stopReason ??= "run cancelled";
    };
    if (options.signal?.aborted) onAbort();
    options.signal?.addEventListener("abort", onAbort, { once: true });
    const specDir = dirname(s.tasksRel);
    const specPath = existsSync(join(s.repoTop, specDir, "spec.md")) ? join(specDir, "spec.md") : null;
    const planPath = existsSync(join(s.repoTop, specDir, "plan.md")) ? join(specDir, "plan.md") : null;
    await mkdir(options.workDir, { recursive: true });
    try {
      while (this.current.length > 0 && this.stopReason === null) {
        await this.runWave(specPath, planPath);
      }
    } finally {
      options.signal?.removeEventListener("abort", onAbort);
    }
    // Whatever was never started is skipped, with the reason the run stopped.
    const leftover = [...this.current, ...this.later.flat()];
    for (const id of leftover) {
      this.emitSkipped(id, this.stopReason ?? "not run", this.plannedWaveOf(id));
    }
    if (this.notes.length > 0) {
      await writeFile(join(options.workDir, "notes.txt"), `${this.notes.join("\n")}\n`).catch(
        () => undefined,
      );
    }
    const status = this.cancelled
      ? "cancelled"
      : this.failed.size === 0 && s.skipped.size === 0 && this.stopReason === null
        ? "success"
        : "failure";
    s.emit({
      type: "run-end",
      time: s.time(),
      status,
      done: this.doneThisRun.length,
      failed: this.failed.size,
      skipped: s.skipped.size,
      kept: this.kept,
    });
    return {
      status,
      done: [...this.doneThisRun],
      failed: [...this.failed.keys()],
      skipped: [...s.skipped.keys()],
      waves: this.waveNumber,
      kept: [...this.kept],
    };
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

  private emitSkipped(id: string, reason: string, wave: number): void {
    this.s.skipped.set(id, reason);
    this.s.emit({
      type: "task-end",
      time: this.s.time(),
      task: id,
      wave,
      status: "skipped",
      files: [],
      reason,
      branch: null,
      log: null,
    });
  }

  /** Re-plans what has not started, emitting `regroup` when the waves change. */
  private replan(reason: string | null): void {
    const before = this.snapshot();
    // Tasks to re-run are not in flight any more: they wait for a later wave.
    const inflight = new Set(this.startedThisWave.filter((id) => !this.retry.has(id)));
    const started = new Set(this.startedThisWave);
    const remaining = [...this.current, ...this.later.flat(), ...this.retry]
      .filter((id) => !inflight.has(id))
      .filter((id, i, all) => all.indexOf(id) === i && !this.s.skipped.has(id) && !this.failed.has(id))
      .sort(this.s.byListOrder);
    const next = replanRemaining(remaining, this.s.edges, this.s.done, inflight);
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
      this.s.emit({ type: "regroup", time: this.s.time(), reason, before, after });
    }
  }

  private skipDependents(id: string, why: string): void {
    const candidates = [...this.current, ...this.later.flat(), ...this.retry].filter(
      (c) => !this.startedThisWave.includes(c),
    );
    for (const dep of findDependents(id, this.s.edges, candidates)) {
      if (this.s.skipped.has(dep.id)) continue;
      const reason =
        dep.via === id ? `depends on ${id}, which ${why}` : `depends on ${dep.via}, skipped (${id} ${why})`;
      this.emitSkipped(dep.id, reason, this.plannedWaveOf(dep.id));
      this.retry.delete(dep.id);
    }
    this.current = this.current.filter((c) => !this.s.skipped.has(c));
    this.later = this.later.map((w) => w.filter((c) => !this.s.skipped.has(c))).filter((w) => w.length > 0);
  }

  /**
   * Checks what agents could change outside their worktrees (see RepositoryGuard) and puts it back. A change
   * is pinned on `blame` when given; every other task running now cannot be cleared of it, so their results
   * are refused too. A changed main work tree stops the run: maestro merges nothing onto edits it did not make.
   */
  private async checkRepository(blame: string | null, self: string | null): Promise<string[]> {
    if (this.guard === null) return [];
    const { reverted, workTree } = await this.guard.check();
    const all = [...reverted];
    if (workTree.length > 0)
      all.push(`changed the main work tree, left in place for you to look at: ${workTree.join(", ")}`);
    if (all.length === 0) return [];
    const where = blame === null ? "" : `, found when ${blame} ended`;
    for (const other of this.running) {
      if (other === self || this.tainted.has(other)) continue;
      this.tainted.set(
        other,
        `the repository changed outside the worktrees while it ran${where} (${all.join("; ")}); its result is not merged`,
      );
    }
    if (workTree.length > 0 && this.workTreeChanged === null) {
      this.workTreeChanged = workTree.join(", ");
      this.stopReason ??= `the main work tree changed while agents ran (${this.workTreeChanged}): nothing more is merged onto it`;
    }
    return all;
  }

  /** The share of memory still free (0..100) when it is short, else null. */
  private memoryShortage(): number | null {
    const { availableBytes, totalBytes } = (this.options.freeMemory ?? readFreeMemory)();
    if (totalBytes <= 0 || availableBytes >= totalBytes * LOW_MEMORY_SHARE) return null;
    return Math.round((availableBytes * 100) / totalBytes);
  }

  private async runWave(specPath: string | null, planPath: string | null): Promise<void> {
    const { s, options } = this;
    this.waveNumber += 1;
    this.inWave = true;
    const wave = this.waveNumber;
    this.startedThisWave.length = 0;
    this.tainted.clear();
    // Between waves only maestro (and the user's verify and push) changed the repository: that is the good state.
    if (this.guard === null) this.guard = await RepositoryGuard.capture(s.main, await s.main.commonDir());
    else await this.guard.recapture();
    const base = await s.main.revParse("HEAD");
    s.emit({ type: "wave-start", time: s.time(), wave, tasks: [...this.current] });
    const results = new Map<string, TaskAttemptResult>();
    const limit = pLimit(s.parallel);
    const startOne = async (id: string) => {
      let announced = false;
      let share: number | null;
      // Hold back only while one of our own tasks runs (waiting on nothing would wait forever). The check
      // and the start happen without an await between them, so two tasks cannot both pass an empty gate.
      while (
        this.current.includes(id) &&
        this.stopReason === null &&
        this.running.size > 0 &&
        (share = this.memoryShortage()) !== null
      ) {
        if (!announced) {
          announced = true;
          s.emit({
            type: "throttle",
            time: s.time(),
            task: id,
            reason: `available memory is ${share}% (< ${LOW_MEMORY_SHARE * 100}%): waiting for a running task to finish`,
          });
        }
        await sleep(MEMORY_POLL_MS);
      }
      if (!this.current.includes(id) || this.stopReason !== null) return;
      const task = s.tasks.get(id) as Task;
      const attempt = (this.attempts.get(id) ?? 0) + 1;
      this.attempts.set(id, attempt);
      const paths = taskPaths(options.workDir, options.runId, id, attempt);
      this.startedThisWave.push(id);
      this.running.add(id);
      // Before maestro's git adds a worktree beside running agents, nothing they planted may be in effect.
      if (this.running.size > 1) await this.checkRepository(null, id);
      s.emit({
        type: "task-start",
        time: s.time(),
        task: id,
        wave,
        branch: paths.branch,
        worktree: paths.worktree,
      });
      let result: TaskAttemptResult;
      try {
        result = await runTaskAttempt(task, {
          options,
          host: s.host,
          main: s.main,
          repoTop: s.repoTop,
          tasksRel: s.tasksRel,
          specPath,
          planPath,
          base,
          wave,
          paths,
          checkRepository: () => this.checkRepository(id, id),
        });
      } finally {
        this.running.delete(id);
      }
      const tail = result.ok ? null : await readTail(paths.log);
      this.notes.push(...result.notes);
      results.set(id, result);
      this.afterTask(id, wave, result, paths.branch, paths.log, tail);
    };
    // Every task of the wave is queued; each checks when its turn comes whether a re-plan moved it.
    await Promise.all([...this.current].map((id) => limit(() => startOne(id))));

    const ran = [...this.startedThisWave];
    // Every agent of the wave is gone: a change found now cannot be pinned on one task, so nothing is merged.
    const late = ran.length > 0 ? await this.checkRepository(null, null) : [];
    if (late.length > 0)
      this.stopReason ??= `the repository changed outside the worktrees after wave ${wave}: ${late.join("; ")}`;
    const succeeded = ran
      .filter((id) => results.get(id)?.ok && !this.retry.has(id) && !this.failed.has(id))
      .sort(s.byListOrder);
    const merged: string[] = [];
    const conflicted: Array<{ id: string; files: string[] }> = [];
    if (!this.cancelled && this.workTreeChanged === null && late.length === 0) {
      for (const id of succeeded) {
        const paths = taskPaths(options.workDir, options.runId, id, this.attempts.get(id) ?? 1);
        const task = s.tasks.get(id) as Task;
        if (results.get(id)?.hasCommits === false) {
          // Nothing to merge: done (and ticked), without an empty merge commit.
          merged.push(id);
          s.done.add(id);
          this.doneThisRun.push(id);
          await s.main.tryDeleteMergedBranch(paths.branch);
          continue;
        }
        options.onStep?.(`merge:${id}`);
        const outcome = await s.main.mergeNoFf(
          paths.branch,
          `maestro: merge ${id}: ${task.title}\n\n${mergeTrailers(id, options.runId, s.tasksRel)}`,
          () => options.onStep?.(`mid-merge:${id}`),
        );
        if (outcome.merged) {
          options.onStep?.(`merged:${id}`);
          s.emit({ type: "merge", time: s.time(), task: id, wave, result: "merged" });
          merged.push(id);
          s.done.add(id);
          this.doneThisRun.push(id);
          await s.main.tryDeleteMergedBranch(paths.branch);
          continue;
        }
        s.emit({
          type: "merge",
          time: s.time(),
          task: id,
          wave,
          result: "conflict",
          files: outcome.conflicts,
        });
        conflicted.push({ id, files: outcome.conflicts });
        this.handleConflict(id, wave, outcome.conflicts, merged, results, paths.branch, paths.log);
      }
    } else {
      for (const id of succeeded) {
        const paths = taskPaths(options.workDir, options.runId, id, this.attempts.get(id) ?? 1);
        this.kept.push({ task: id, branch: paths.branch, log: paths.log });
      }
    }

    await Promise.all(this.pending.splice(0));
    if (merged.length > 0) {
      await this.verifyAndTick(wave, merged);
    }
    this.history.push({ number: wave, tasks: ran.filter((id) => !this.retry.has(id)) });
    options.onStep?.(`wave-end:${wave}`);
    s.emit({ type: "wave-end", time: s.time(), wave });
    this.startedThisWave.length = 0;
    this.inWave = false;
    // The next wave: re-planned from what is left, with the conflicted tasks on top of the merged result.
    this.current = this.current.filter((id) => !ran.includes(id));
    const reason =
      conflicted.length === 0
        ? null
        : conflicted
            .map(
              ({ id, files }) =>
                `${id} conflicted when merged (${files.join(", ") || "no file named"}): re-run on top of wave ${wave}`,
            )
            .join("; ");
    this.replan(reason);
  }

  private afterTask(
    id: string,
    wave: number,
    result: TaskAttemptResult,
    branch: string,
    log: string,
    tail: string | null,
  ): void {
    const { s } = this;
    const taint = this.tainted.get(id);
    if (result.ok && taint !== undefined) {
      this.fail(id, wave, taint, branch, log, tail, result.files);
      return;
    }
    if (!result.ok) {
      this.fail(id, wave, result.reason ?? "failed", branch, log, tail, result.files);
      return;
    }
    // A dependency the agent reported that is not merged yet: this result is premature; re-run it later.
    const missing = result.report.dependsOn.filter(
      (dep) => s.tasks.has(dep) && !s.done.has(dep) && dep !== id,
    );
    const reasons: string[] = [];
    if (missing.length > 0 && (this.attempts.get(id) ?? 1) < MAX_ATTEMPTS) {
      for (const dep of missing) {
        if (findDependents(id, s.edges, [dep]).length > 0) continue; // would be a cycle
        s.edges.push({
          from: dep,
          to: id,
          kind: "explicit",
          reason: `${id}'s agent reported it depends on ${dep}`,
          stated: false,
        });
      }
      this.retry.add(id);
      this.keepRenamed(id, branch, log);
      reasons.push(
        `${id} reported it depends on ${missing.join(", ")}: re-run after ${missing.length > 1 ? "them" : "it"}`,
      );
    } else {
      s.emit({
        type: "task-end",
        time: s.time(),
        task: id,
        wave,
        status: "done",
        files: result.files,
        reason: result.files.length === 0 ? NO_CHANGES_REASON : null,
        branch,
        log,
      });
    }
    // Files it changed that a task not started yet names: that task now runs after it.
    const waiting = [...this.current, ...this.later.flat()]
      .filter((t) => !this.startedThisWave.includes(t) && !s.skipped.has(t))
      .map((t) => ({ id: t, files: s.tasks.get(t)?.files ?? [], reads: s.tasks.get(t)?.reads ?? [] }));
    const found = discoverFileEdges(
      id,
      [...new Set([...result.files, ...result.report.files])],
      waiting,
      s.edges,
    );
    s.edges.push(...found);
    reasons.push(...found.map((e) => e.reason));
    if (reasons.length > 0) this.replan(reasons.join("; "));
  }

  private fail(
    id: string,
    wave: number,
    reason: string,
    branch: string,
    log: string,
    tail: string | null,
    files: string[] = [],
  ): void {
    const { s } = this;
    this.failed.set(id, reason);
    this.retry.delete(id);
    this.kept.push({ task: id, branch, log });
    s.emit({
      type: "task-end",
      time: s.time(),
      task: id,
      wave,
      status: "failed",
      files,
      reason,
      branch,
      log,
      ...(tail ? { tail } : {}),
    });
    this.skipDependents(id, "failed");
    if (this.options.failFast && this.stopReason === null) this.stopReason = `--fail-fast: ${id} failed`;
  }

  private handleConflict(
    id: string,
    wave: number,
    files: string[],
    mergedBefore: string[],
    results: Map<string, TaskAttemptResult>,
    branch: string,
    log: string,
  ): void {
    const { s } = this;
    const attempt = this.attempts.get(id) ?? 1;
    if (attempt >= MAX_ATTEMPTS) {
      this.fail(id, wave, `merge conflict again (${files.join(", ") || "no file named"})`, branch, log, null);
      return;
    }
    // The conflict is a dependency found late: the task runs again after the ones it collided with.
    const culprits = mergedBefore.filter((m) => (results.get(m)?.files ?? []).some((f) => files.includes(f)));
    for (const from of culprits.length > 0 ? culprits : mergedBefore) {
      s.edges.push({
        from,
        to: id,
        kind: "file",
        reason: `${id} conflicted with ${from} when merged (${files.join(", ")})`,
        stated: false,
      });
    }
    this.retry.add(id);
    this.keepRenamed(id, branch, log);
  }

  /** Keeps an attempt's branch as `.../attempt-N` for inspection; the re-run gets a fresh branch. */
  private keepRenamed(id: string, branch: string, log: string): void {
    const renamed = `${branch}/attempt-${this.attempts.get(id) ?? 1}`;
    this.pending.push(
      this.s.main.renameBranch(branch, renamed).then(
        () => void this.kept.push({ task: id, branch: renamed, log }),
        () => void this.kept.push({ task: id, branch, log }),
      ),
    );
  }

  private async verifyAndTick(wave: number, merged: string[]): Promise<void> {
    const { s, options } = this;
    // Tick first: the merged tasks are done whatever verify says, and a resumed run must not redo them.
    options.onStep?.(`tick:${wave}`);
    await this.tick(wave, merged);
    options.onStep?.(`ticked:${wave}`);
    if (options.verify && options.verify.length > 0) {
      const [command, ...args] = options.verify as [string, ...string[]];
      const log = join(options.workDir, "logs", `verify-wave-${wave}.log`);
      await mkdir(dirname(log), { recursive: true });
      await writeFile(log, `[maestro] verify after wave ${wave}: ${options.verify.join(" ")}\n`);
      const result = await runProcess({
        command,
        args,
        cwd: s.repoTop,
        env: agentEnvironment(options.env, { MAESTRO_RUN_ID: options.runId, MAESTRO_WAVE: String(wave) }),
        logFile: log,
        stdinFile: null,
        timeoutMs: options.taskTimeoutMs,
        ...(options.signal ? { signal: options.signal } : {}),
      });
      let ok = result.exitCode === 0 && !result.timedOut;
      const leftovers = await s.main.statusLines();
      if (ok && leftovers.length > 0) {
        ok = false;
        await writeFile(log, `\n[maestro] verify left changes in the work tree:\n${leftovers.join("\n")}\n`, {
          flag: "a",
        });
      }
      const output = await readTail(log, 40);
      s.emit({ type: "verify", time: s.time(), wave, ok, output });
      if (!ok) this.stopReason ??= `verify failed after wave ${wave} (log: ${log})`;
    }
    if (options.onWaveMerged) {
      try {
        await options.onWaveMerged({ wave, head: await s.main.revParse("HEAD") });
      } catch (error) {
        this.stopReason ??= `stopped after wave ${wave}: ${error instanceof Error ? error.message : String(error)}`;
      }
    }
  }

  private async tick(wave: number, merged: string[]): Promise<void> {
    const { s, options } = this;
    const bySource = new Map<string, Task[]>();
    for (const id of merged) {
      const task = s.tasks.get(id) as Task;
      const list = bySource.get(task.source) ?? [];
      list.push(task);
      bySource.set(task.source, list);
    }
    const changed: string[] = [];
    for (const [source, sourceTasks] of bySource) {
      const abs = isAbsolute(source) ? source : resolve(s.repoTop, source);
      let text: string;
      try {
        text = await readFile(abs, "utf8");
      } catch {
        continue;
      }
      const result = tickTasks(
        text,
        sourceTasks.map((t) => ({ id: t.id, line: t.line })),
      );
      if (result.missing.length > 0) {
        this.notes.push(
          `could not tick ${result.missing.join(", ")} in ${repoRelative(s.repoTop, abs)}: line not found`,
        );
      }
      if (result.text !== text) {
        await writeFile(abs, result.text);
        changed.push(repoRelative(s.repoTop, abs));
      }
    }
    if (changed.length > 0) {
      options.onStep?.(`tick-written:${wave}`);
      await s.main.commitPaths(changed, `maestro: tick ${merged.join(", ")} (wave ${wave})`, [
        `Maestro-Run: ${options.runId}`,
      ]);
    }
  }
}
