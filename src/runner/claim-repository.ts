import { join } from "node:path";
import type { RepositoryContext } from "../adapters/fs/read-repository-context.js";
import type { GitRepository } from "../adapters/git/git-repository.js";
import { cleanStaleRun } from "./clean-stale-run.js";
import { tickUntickedMerges, undoHalfDoneTick } from "./repair-interrupted-run.js";
import { RefusedStartError } from "./run-errors.js";
import { acquireRunLock, tryReleaseRunLock } from "./run-lock.js";

/** The repository a run starts in, and how to read its task list again after a repair. */
export interface ClaimRequest {
  main: GitRepository;
  repoTop: string;
  tasksRel: string;
  runId: string;
  workDir: string;
  startedAt: string;
  /** The task list as read before the claim. */
  first: RepositoryContext;
  readList: () => Promise<RepositoryContext>;
}

/** A claimed repository: the lock to release when the run ends, and the task list after the repair. */
export interface ClaimedRepository {
  lockPath: string;
  current: RepositoryContext;
}

/**
 * The crash repair, and the refusal to run over someone's work: takes the run lock, cleans and repairs what
 * a killed run left, and refuses (releasing the lock) an operation in progress, a detached HEAD or a dirty
 * work tree. Nothing is touched before the lock is held.
 */
export async function claimRepository(request: ClaimRequest): Promise<ClaimedRepository> {
  const { main, runId, workDir, startedAt } = request;
  const lockPath = join(await main.commonDir(), "maestro", "lock.json");
  const { stale } = await acquireRunLock(lockPath, { pid: process.pid, runId, startedAt, workDir });
  try {
    await cleanStaleRun(main, stale);
    await refuseUnfinishedWork(request);
    const current = await repairKilledRun(request, stale !== null);
    await refuseDirtyWorkTree(request);
    return { lockPath, current };
  } catch (error) {
    await tryReleaseRunLock(lockPath);
    throw error;
  }
}

async function refuseUnfinishedWork({ main, repoTop }: ClaimRequest): Promise<void> {
  const operation = await main.operationInProgress();
  if (operation !== null) {
    throw new RefusedStartError(
      "operation-in-progress",
      `${operation} is in progress in ${repoTop}: finish or abort it first`,
    );
  }
  if ((await main.currentBranch()) === null) {
    throw new RefusedStartError(
      "detached-head",
      `HEAD is detached in ${repoTop}: check out the branch maestro should commit to`,
    );
  }
}

/**
 * What a killed run left half-done: a tick written but not committed is undone, then every task it merged
 * without a tick is ticked from its merge commit, so no task is run (and merged) twice. Returns the task
 * list as it is now.
 */
async function repairKilledRun(request: ClaimRequest, killed: boolean): Promise<RepositoryContext> {
  const { main, repoTop, tasksRel, runId, readList } = request;
  let current = request.first;
  if (killed && (await undoHalfDoneTick(main, repoTop, current.list)).length > 0) {
    current = await readList();
  }
  if ((await tickUntickedMerges(main, repoTop, tasksRel, current.list, runId)).length > 0) {
    current = await readList();
  }
  return current;
}

async function refuseDirtyWorkTree({ main, repoTop }: ClaimRequest): Promise<void> {
  const dirty = await main.statusLines();
  if (dirty.length > 0) {
    throw new RefusedStartError(
      "dirty-work-tree",
      `the work tree of ${repoTop} has uncommitted changes: commit or stash them first (maestro never touches them)`,
      dirty.slice(0, 20),
    );
  }
}
