import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, expect } from "vitest";
import type { RunEvent } from "../../../src/core/model/run-event.js";
import { implement } from "../../../src/runner/implement.js";
import type { ImplementOptions, RunSummary } from "../../../src/runner/implement-options.js";
import { runOptions } from "../../support/run-options.js";
import { makeTempRepo, type TempRepo } from "../../support/temp-repo.js";

/**
 * The shared frame of the fault cases: a real repository, the real engine, real agent processes, and the
 * promises every case checks (nothing lost, nothing left running, worktrees gone, failures kept).
 */
export interface FaultCase {
  repo: TempRepo;
  /** Unique to this case: every process the case starts carries `MAESTRO_FAULT_TAG=<tag>` in its env. */
  tag: string;
  /** Every commit reachable from `main` when the case started. */
  before: string[];
  /** The bare remote's refs when the case started (`maestro implement` never pushes). */
  remoteBefore: string;
  events: RunEvent[];
  /** Runs `maestro implement` (the engine) with the case's environment. */
  run(overrides?: Partial<ImplementOptions>): Promise<RunSummary>;
  /** Options as `run` would use them (for runs started another way). */
  options(overrides?: Partial<ImplementOptions>): ImplementOptions;
  env(extra?: Record<string, string>): Record<string, string | undefined>;
}

/** Figures counted for docs/reliability-faults.md (appended as JSON to $MAESTRO_FAULT_FIGURES when set). */
export const figures = {
  cases: 0,
  faultsInjected: 0,
  commitsLost: 0,
  forcePushes: 0,
  duplicateMerges: 0,
  orphans: 0,
  canariesRun: 0,
};

let current: FaultCase | null = null;

/** Processes (not zombies) whose environment holds `MAESTRO_FAULT_TAG=<tag>`: the case's leftovers. */
export function processesTagged(tag: string): number[] {
  const needle = `MAESTRO_FAULT_TAG=${tag}\0`;
  const found: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      if (stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z")) continue;
      if (readFileSync(`/proc/${name}/environ`, "latin1").includes(needle)) found.push(Number(name));
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return found;
}

/** Waits up to `ms` for the tagged processes to be gone (a killed group is reaped asynchronously). */
export async function waitForNoProcesses(tag: string, ms = 2_000): Promise<number[]> {
  const until = performance.now() + ms;
  let left = processesTagged(tag);
  while (left.length > 0 && performance.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    left = processesTagged(tag);
  }
  return left;
}

function killTagged(tag: string): void {
  for (const pid of processesTagged(tag)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
}

/**
 * Registers the per-case frame: call once at the top of a test file. After every case it asserts that no
 * process the case started is alive (grandchildren included, found by their inherited tag), then cleans up.
 */
export function useFaultCases(file: string): () => FaultCase {
  afterAll(() => {
    const out = process.env.MAESTRO_FAULT_FIGURES;
    if (out) appendFileSync(out, `${JSON.stringify({ file, ...figures })}\n`);
  });
  afterEach(async () => {
    const c = current;
    current = null;
    if (!c) return;
    const left = await waitForNoProcesses(c.tag);
    killTagged(c.tag);
    c.repo.cleanup();
    figures.orphans += left.length;
    expect(left, `processes left running by the case (tag ${c.tag})`).toEqual([]);
  });
  return () => {
    if (!current) throw new Error("no fault case started: call startCase() first");
    return current;
  };
}

/** Starts a case on a fresh repository with `files` committed on `main`. */
export function startCase(files: Record<string, string>, faults = 1): FaultCase {
  const repo = makeTempRepo(files);
  const tag = randomBytes(6).toString("hex");
  const events: RunEvent[] = [];
  const env = (extra: Record<string, string> = {}) => ({
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TIMELINE: join(repo.root, "timeline"),
    MAESTRO_FAULT_TAG: tag,
    ...extra,
  });
  const options = (overrides: Partial<ImplementOptions> = {}) =>
    runOptions(repo, events, { env: env(), ...overrides });
  figures.cases += 1;
  figures.faultsInjected += faults;
  const c: FaultCase = {
    repo,
    tag,
    before: repo.git("rev-list", "main").split("\n"),
    remoteBefore: remoteRefs(repo),
    events,
    options,
    run: (overrides = {}) => implement(options(overrides)),
    env,
  };
  current = c;
  return c;
}

function remoteRefs(repo: TempRepo): string {
  return repo.git("--git-dir", repo.remote, "for-each-ref", "--format=%(refname) %(objectname)");
}

/** Events of one type. */
export function ofType<T extends RunEvent["type"]>(
  events: RunEvent[],
  type: T,
): Array<Extract<RunEvent, { type: T }>> {
  return events.filter((e): e is Extract<RunEvent, { type: T }> => e.type === type);
}

/** The task IDs merged into `ref` by maestro, one entry per merge commit (first-parent history). */
export function mergedTasks(repo: TempRepo, ref = "main"): string[] {
  const bodies = repo.git("log", "--first-parent", "--merges", "--format=%b%x00", ref);
  return bodies
    .split("\0")
    .flatMap((b) => /^Maestro-Task: (\S+)$/m.exec(b)?.[1] ?? [])
    .reverse();
}

/**
 * The promises of every case: each commit that was on `main` before is still reachable from it, no task was
 * merged twice, only the main worktree is left, and the work tree is clean.
 */
export function expectNothingLost(c: FaultCase, ref = "main"): void {
  const lost = c.before.filter((sha) => {
    try {
      c.repo.git("merge-base", "--is-ancestor", sha, ref);
      return false;
    } catch {
      return true;
    }
  });
  figures.commitsLost += lost.length;
  expect(lost, "commits of the target branch no longer reachable from it").toEqual([]);
  const remote = remoteRefs(c.repo);
  if (remote !== c.remoteBefore) figures.forcePushes += 1;
  expect(remote, "the remote was written to (maestro implement never pushes)").toBe(c.remoteBefore);
  const merged = mergedTasks(c.repo, ref);
  const twice = merged.filter((id, i) => merged.indexOf(id) !== i);
  figures.duplicateMerges += twice.length;
  expect(twice, "tasks merged more than once").toEqual([]);
  expect(worktreePaths(c.repo), "worktrees left behind").toEqual([c.repo.repo]);
  expect(c.repo.git("status", "--porcelain", "--untracked-files=all"), "work tree not clean").toBe("");
  expect(existsSync(join(c.repo.repo, ".git", "MERGE_HEAD")), "merge left in progress").toBe(false);
}

/** Every worktree git knows about. */
export function worktreePaths(repo: TempRepo): string[] {
  return repo
    .git("worktree", "list", "--porcelain")
    .split("\n")
    .filter((l) => l.startsWith("worktree "))
    .map((l) => l.slice("worktree ".length));
}

/** The local branches under `maestro/`. */
export function maestroBranches(repo: TempRepo): string[] {
  const out = repo.git("for-each-ref", "--format=%(refname:short)", "refs/heads/maestro/");
  return out === "" ? [] : out.split("\n");
}

/** A canary path that must never appear: something ran that nobody asked to run. */
export function canaryPath(): string {
  return join("/tmp", `maestro-canary-${randomBytes(6).toString("hex")}`);
}

/** Asserts the canary never appeared, counting it for the figures if it did. */
export function expectNoCanary(path: string): void {
  const seen = existsSync(path);
  if (seen) figures.canariesRun += 1;
  expect(seen, `canary ${path} appeared: something maestro ran executed planted code`).toBe(false);
}
