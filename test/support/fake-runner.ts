import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readTaskListInput } from "../../src/adapters/fs/read-task-list-input.js";
import type { RunEvent } from "../../src/core/model/run-event.js";
import { parseTaskList } from "../../src/core/parse/parse-task-list.js";
import { buildPlan } from "../../src/core/plan/build-plan.js";
import { toPlanJson } from "../../src/core/render/plan-json.js";
import type { Runner } from "../../src/github/runner.js";
import type { ImplementOptions, RunSummary } from "../../src/runner/implement-options.js";

/** How the fake engine behaves. */
export interface FakeRunnerScript {
  /** Tasks that fail (their agent "exits 1"). */
  fail?: string[];
  /** Awaited before each wave starts (tests hold a run here, or push a commit meanwhile). */
  beforeWave?: (wave: number, options: ImplementOptions) => Promise<void> | void;
  /** Emit a re-grouping after wave 1. */
  regroup?: boolean;
}

/** Every call's options, for assertions. */
export interface FakeRunner extends Runner {
  calls: ImplementOptions[];
}

/**
 * A small stand-in for the execution engine: plans with the core, then for each wave really commits
 * one file per task on the checked-out branch, ticks the tasks in tasks.md, emits the events the engine
 * emits, and calls onWaveMerged. Honours the abort signal between waves.
 */
export function fakeRunner(script: FakeRunnerScript = {}): FakeRunner {
  const calls: ImplementOptions[] = [];
  const runner = async (options: ImplementOptions): Promise<RunSummary> => {
    calls.push(options);
    const now = (): string => (options.now ?? (() => new Date()))().toISOString();
    const emit = (event: RunEvent): void => options.onEvent(event);
    const tasksFile = join(options.repo, options.tasksPath);
    const input = await readTaskListInput(tasksFile);
    const plan = toPlanJson(
      buildPlan(parseTaskList(input.kind === "file" ? { ...input, path: options.tasksPath } : input)),
    );
    emit({ type: "plan", time: now(), runId: options.runId, plan });
    const done: string[] = [];
    const failed: string[] = [];
    const skipped: string[] = [];
    let waves = 0;
    let status: RunSummary["status"] = "success";
    for (const wave of plan.waves) {
      await script.beforeWave?.(wave.number, options);
      if (options.signal?.aborted) {
        status = "cancelled";
        break;
      }
      waves++;
      emit({ type: "wave-start", time: now(), wave: wave.number, tasks: wave.tasks });
      for (const id of wave.tasks) {
        const branch = `maestro/${options.runId}/${id}`;
        emit({
          type: "task-start",
          time: now(),
          task: id,
          wave: wave.number,
          branch,
          worktree: join(options.workDir, id),
        });
        if (script.fail?.includes(id)) {
          failed.push(id);
          emit({
            type: "task-end",
            time: now(),
            task: id,
            wave: wave.number,
            status: "failed",
            files: [],
            reason: "agent exited with code 1",
            branch,
            log: join(options.workDir, `${id}.log`),
            tail: `working on ${id}\nError: could not compile`,
          });
          continue;
        }
        mkdirSync(join(options.repo, "done"), { recursive: true });
        writeFileSync(join(options.repo, "done", `${id}.txt`), `${id}\n`);
        const list = readFileSync(tasksFile, "utf8").replace(`- [ ] ${id} `, `- [x] ${id} `);
        writeFileSync(tasksFile, list);
        execFileSync("git", ["add", "-A"], { cwd: options.repo });
        execFileSync("git", ["commit", "--quiet", "-m", `${id}: done`], { cwd: options.repo });
        done.push(id);
        emit({
          type: "task-end",
          time: now(),
          task: id,
          wave: wave.number,
          status: "done",
          files: [`done/${id}.txt`],
          reason: null,
          branch: null,
          log: null,
        });
        emit({ type: "merge", time: now(), task: id, wave: wave.number, result: "merged" });
      }
      emit({ type: "wave-end", time: now(), wave: wave.number });
      const head = execFileSync("git", ["rev-parse", "HEAD"], { cwd: options.repo, encoding: "utf8" }).trim();
      await options.onWaveMerged?.({ wave: wave.number, head });
      if (script.regroup && wave.number === 1) {
        const rest = plan.waves.slice(1);
        emit({
          type: "regroup",
          time: now(),
          reason: "a merge changed files that later tasks touch",
          before: rest,
          after: rest.map((w) => ({ number: w.number, tasks: [...w.tasks].reverse() })),
        });
      }
    }
    if (failed.length > 0 && status === "success") status = "failure";
    for (const t of plan.tasks)
      if (!t.done && !done.includes(t.id) && !failed.includes(t.id)) skipped.push(t.id);
    emit({
      type: "run-end",
      time: now(),
      status,
      done: done.length,
      failed: failed.length,
      skipped: skipped.length,
      kept: [],
    });
    return { status, done, failed, skipped, waves, kept: [] };
  };
  return Object.assign(runner, { calls });
}

/** A promise with its resolver, to hold a fake run at a point. */
export function gate(): { promise: Promise<void>; open: () => void } {
  let open: () => void = () => {};
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}
