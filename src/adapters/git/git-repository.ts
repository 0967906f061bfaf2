import { resolve } from "node:path";
import pLimit, { type LimitFunction } from "p-limit";
import { simpleGit } from "simple-git";
import * as commits from "./git-commits.js";
import * as history from "./git-history.js";
import type { HistoryEntry, ChangedEntry } from "./git-history.js";
import * as merges from "./git-merges.js";
import type { MergeOutcome } from "./git-merges.js";
import { runGitProcess, type GitChannel } from "./git-process.js";
import * as refs from "./git-refs.js";
import * as state from "./git-state.js";
import * as worktrees from "./git-worktrees.js";
import type { WorktreeEntry } from "./git-worktrees.js";
import { hardenedGitEnv, hardenedSimpleGitOptions } from "./hardened-git-options.js";

export type { ChangedEntry, HistoryEntry } from "./git-history.js";
export type { MergeOutcome } from "./git-merges.js";
export type { WorktreeEntry } from "./git-worktrees.js";
export { parseRawDiff } from "./git-history.js";
export { parseWorktreeList } from "./git-worktrees.js";

/**
 * The single place maestro talks to git. One host per run: it owns one command queue per directory, so
 * commands on the same worktree never race on `index.lock`, while separate worktrees run in parallel.
 */
export class GitHost {
  private readonly queues = new Map<string, LimitFunction>();
  private readonly env: Record<string, string>;

  constructor(env: Record<string, string | undefined>) {
    this.env = hardenedGitEnv(env);
  }

  /** A repository or worktree at `dir` whose commands run one at a time. */
  open(dir: string): GitRepository {
    const key = resolve(dir);
    let queue = this.queues.get(key);
    if (!queue) {
      queue = pLimit(1);
      this.queues.set(key, queue);
    }
    const env = this.env;
    const channel: GitChannel = {
      dir: key,
      git: simpleGit(hardenedSimpleGitOptions(key)).env(env),
      quiet: (args) => runGitProcess(key, args, env),
    };
    return new GitRepository(key, channel, queue);
  }
}

/**
 * Git operations on one working tree; every public method is queued behind the others on that tree. Each
 * is one concept module's function (state, worktrees, commits, history, refs, merges) run in the queue.
 */
export class GitRepository {
  constructor(
    readonly dir: string,
    private readonly channel: GitChannel,
    private readonly queue: LimitFunction,
  ) {}

  /** Runs one concept module's function on this tree, behind the commands already queued. */
  private run<T>(fn: (c: GitChannel) => Promise<T>): Promise<T> {
    return this.queue(() => fn(this.channel));
  }

  /** Runs a raw git command (queued) and returns its stdout. */
  raw(args: string[]): Promise<string> {
    return this.run((c) => c.git.raw(args));
  }

  // State of the tree.

  /** The checked-out branch, or null for a detached HEAD. */
  currentBranch(): Promise<string | null> {
    return this.run(state.currentBranch);
  }

  /** The commit a revision names. */
  revParse(rev: string): Promise<string> {
    return this.run((c) => state.revParse(c, rev));
  }

  /** The repository's top-level directory. */
  topLevel(): Promise<string> {
    return this.run(async (c) => (await c.git.raw(["rev-parse", "--show-toplevel"])).trim());
  }

  /** The shared `.git` directory (absolute), the same from every worktree. */
  commonDir(): Promise<string> {
    return this.run(state.commonDir);
  }

  /** `git status --porcelain` lines, untracked files included: empty means clean. */
  statusLines(): Promise<string[]> {
    return this.run(state.statusLines);
  }

  /** The operation left half-done in this worktree (merge, rebase, cherry-pick, revert), or null. */
  operationInProgress(): Promise<string | null> {
    return this.run(state.operationInProgress);
  }

  /** The tip `MERGE_HEAD` names, or null when no merge is in progress. */
  mergeHead(): Promise<string | null> {
    return this.run(state.mergeHead);
  }

  /** Absolute path of a file inside this worktree's git directory (queued). */
  pathInGitDir(name: string): Promise<string> {
    return this.run((c) => state.gitPath(c, name));
  }

  // Worktrees.

  /** Creates a worktree at `path` on a new branch `branch` starting at `base`. */
  addWorktree(path: string, branch: string, base: string): Promise<void> {
    return this.run((c) => worktrees.addWorktree(c, path, branch, base));
  }

  /** Makes this kept worktree fresh, on a new branch at `base` (see switchWorktree). */
  switchWorktree(branch: string, base: string, cleanIgnored: boolean): Promise<void> {
    return this.run((c) => worktrees.switchWorktree(c, branch, base, cleanIgnored));
  }

  /** Detaches this worktree's HEAD where it is, freeing its branch. */
  detachHead(): Promise<void> {
    return this.run(worktrees.detachHead);
  }

  /** Removes a worktree (its branch stays). Best effort: never throws; true when it is gone. */
  tryRemoveWorktree(path: string): Promise<boolean> {
    return this.run((c) => worktrees.tryRemoveWorktree(c, path));
  }

  /** Deletes a worktree's folder without running git inside it, then drops git's record. Never throws. */
  tryDeleteWorktreeFolder(path: string): Promise<boolean> {
    return this.run((c) => worktrees.tryDeleteWorktreeFolder(c, path));
  }

  /** Drops records of worktrees whose folders are gone. Best effort. */
  tryPruneWorktrees(): Promise<boolean> {
    return this.run(worktrees.tryPrune);
  }

  /** `git worktree list`, the main worktree first. */
  listWorktrees(): Promise<WorktreeEntry[]> {
    return this.run(worktrees.listWorktrees);
  }

  // Commits.

  /** Stages everything and commits it; false when there was nothing to commit. */
  commitAll(subject: string, trailers: string[] = []): Promise<boolean> {
    return this.run((c) => commits.commitAll(c, subject, trailers));
  }

  /** Commits the given paths only (they must be tracked or staged). */
  commitPaths(paths: string[], subject: string, trailers: string[] = []): Promise<boolean> {
    return this.run((c) => commits.commitPaths(c, paths, subject, trailers));
  }

  /** Puts files back as HEAD has them, in the index and the work tree. */
  restoreFromHead(paths: string[]): Promise<void> {
    return this.run((c) => commits.restoreFromHead(c, paths));
  }

  // History.

  /** Files that differ between two commits (a rename counts as both paths). */
  changedFiles(from: string, to: string): Promise<string[]> {
    return this.run((c) => history.changedFiles(c, from, to));
  }

  /** The commits in `head` that are not in `base`, oldest first. */
  commitsBetween(base: string, head: string): Promise<string[]> {
    return this.run((c) => history.commitsBetween(c, base, head));
  }

  /** Every path a commit changed against each of its parents (against nothing for a root commit). */
  commitChanges(commit: string): Promise<ChangedEntry[]> {
    return this.run((c) => history.commitChanges(c, commit));
  }

  /** The paths that differ between two commits, with their new modes and objects. */
  diffEntries(from: string, to: string): Promise<ChangedEntry[]> {
    return this.run((c) => history.diffEntries(c, from, to));
  }

  /** The last `limit` first-parent commits of HEAD, newest first, and whether each touched `paths`. */
  firstParentHistory(limit: number, paths: string[]): Promise<HistoryEntry[]> {
    return this.run((c) => history.firstParentHistory(c, limit, paths));
  }

  /** A file's content in HEAD, or null when HEAD has no such file. */
  showAtHead(path: string): Promise<string | null> {
    return this.run((c) => history.showAtHead(c, path));
  }

  /** The content of a blob, as text (symlink targets). */
  readBlob(object: string): Promise<string> {
    return this.run((c) => history.readBlob(c, object));
  }

  // Refs and branches.

  /** Every ref under the given prefixes (`refs/heads/`, ...) with the object it names. */
  listRefs(prefixes: string[]): Promise<Map<string, string>> {
    return this.run((c) => refs.listRefs(c, prefixes));
  }

  /** Points `ref` at `object`, creating it if needed (restores a ref something else moved or deleted). */
  updateRef(ref: string, object: string): Promise<void> {
    return this.run((c) => refs.updateRef(c, ref, object));
  }

  /** Renames a branch. */
  renameBranch(from: string, to: string): Promise<void> {
    return this.run((c) => refs.renameBranch(c, from, to));
  }

  /** Deletes a branch only if it is merged into HEAD. Best effort: never throws. */
  tryDeleteMergedBranch(branch: string): Promise<boolean> {
    return this.run((c) => refs.tryDeleteMergedBranch(c, branch));
  }

  /** Local branches under a prefix, e.g. `maestro/`. */
  listBranches(prefix: string): Promise<string[]> {
    return this.run((c) => refs.listBranches(c, prefix));
  }

  // Merges.

  /** Merges `branch` with a merge commit; a conflict is aborted cleanly (see mergeNoFf). */
  mergeNoFf(branch: string, message: string, onConflict?: () => void): Promise<MergeOutcome> {
    return this.run((c) => merges.mergeNoFf(c, branch, message, onConflict));
  }

  /** Aborts a merge left in progress. Best effort. */
  tryAbortMerge(): Promise<boolean> {
    return this.run(merges.tryAbortMerge);
  }
}
