import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import pLimit, { type LimitFunction } from "p-limit";
import { GitResponseError, simpleGit, type MergeResult, type SimpleGit } from "simple-git";
import { hardenedGitEnv, hardenedSimpleGitOptions } from "./hardened-git-options.js";

/** One entry of `git worktree list`. */
export interface WorktreeEntry {
  path: string;
  head: string | null;
  /** Short branch name, or null when detached. */
  branch: string | null;
}

/** One path a commit changed (`git diff-tree --raw`): its new mode and object, and how it changed. */
export interface ChangedEntry {
  path: string;
  /** The mode after the change (`100644`, `120000` for a symlink, `000000` when deleted). */
  mode: string;
  object: string;
  /** A (added), M, D, T (type changed), ... */
  status: string;
}

/** How a merge ended. */
export type MergeOutcome = { merged: true } | { merged: false; conflicts: string[] };

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
    const git = simpleGit(hardenedSimpleGitOptions(key)).env(this.env);
    return new GitRepository(key, git, queue);
  }
}

/** Git operations on one working tree; every public method is queued behind the others on that tree. */
export class GitRepository {
  constructor(
    readonly dir: string,
    private readonly git: SimpleGit,
    private readonly queue: LimitFunction,
  ) {}

  /** Runs a raw git command (queued) and returns its stdout. */
  raw(args: string[]): Promise<string> {
    return this.queue(() => this.git.raw(args));
  }

  /** The checked-out branch, or null for a detached HEAD. */
  currentBranch(): Promise<string | null> {
    return this.queue(async () => {
      const out = (await this.git.raw(["symbolic-ref", "--quiet", "--short", "HEAD"])).trim();
      return out === "" ? null : out;
    });
  }

  /** The commit a revision names. */
  revParse(rev: string): Promise<string> {
    return this.queue(async () => (await this.git.raw(["rev-parse", "--verify", `${rev}^{commit}`])).trim());
  }

  /** The repository's top-level directory. */
  topLevel(): Promise<string> {
    return this.queue(async () => (await this.git.raw(["rev-parse", "--show-toplevel"])).trim());
  }

  /** The shared `.git` directory (absolute), the same from every worktree. */
  commonDir(): Promise<string> {
    return this.queue(async () => {
      const out = (await this.git.raw(["rev-parse", "--git-common-dir"])).trim();
      return isAbsolute(out) ? out : resolve(this.dir, out);
    });
  }

  /** `git status --porcelain` lines, untracked files included: empty means clean. */
  statusLines(): Promise<string[]> {
    return this.queue(async () =>
      (await this.git.raw(["status", "--porcelain", "--untracked-files=all"])).split("\n").filter(Boolean),
    );
  }

  /** The operation left half-done in this worktree (merge, rebase, cherry-pick, revert), or null. */
  operationInProgress(): Promise<string | null> {
    return this.queue(async () => {
      const probes: Array<[string, string]> = [
        ["MERGE_HEAD", "a merge"],
        ["rebase-merge", "a rebase"],
        ["rebase-apply", "a rebase or am"],
        ["CHERRY_PICK_HEAD", "a cherry-pick"],
        ["REVERT_HEAD", "a revert"],
      ];
      for (const [name, what] of probes) {
        if (existsSync(await this.gitPath(name))) return what;
      }
      return null;
    });
  }

  /** The tip `MERGE_HEAD` names, or null when no merge is in progress. */
  mergeHead(): Promise<string | null> {
    return this.queue(async () => {
      if (!existsSync(await this.gitPath("MERGE_HEAD"))) return null;
      return (await this.git.raw(["rev-parse", "MERGE_HEAD"])).trim() || null;
    });
  }

  /** Absolute path of a file inside this worktree's git directory (`index.lock`, `MERGE_HEAD`, ...). */
  private async gitPath(name: string): Promise<string> {
    const out = (await this.git.raw(["rev-parse", "--git-path", name])).trim();
    return isAbsolute(out) ? out : resolve(this.dir, out);
  }

  /** Absolute path of a file inside this worktree's git directory (queued). */
  pathInGitDir(name: string): Promise<string> {
    return this.queue(() => this.gitPath(name));
  }

  /** Creates a worktree at `path` on a new branch `branch` starting at `base`. */
  addWorktree(path: string, branch: string, base: string): Promise<void> {
    return this.queue(async () => {
      // Not --quiet: simple-git waits 50 ms after any command that printed nothing (its completion
      // detection), and these three run once per task.
      await this.git.raw(["worktree", "add", "-b", branch, path, base]);
    });
  }

  /** Removes a worktree (its branch stays). Best effort: never throws; true when it is gone. */
  tryRemoveWorktree(path: string): Promise<boolean> {
    return this.queue(async () => {
      try {
        await this.git.raw(["worktree", "remove", "--force", "--force", path]);
      } catch {
        // A half-created or already deleted worktree: remove the folder and let prune drop the record.
        await rm(path, { recursive: true, force: true }).catch(() => undefined);
        await this.git.raw(["worktree", "prune"]).catch(() => undefined);
      }
      return !existsSync(path);
    });
  }

  /**
   * Deletes a worktree's folder without running git inside it (its `.git` link may point anywhere), then
   * drops git's record of it. Best effort: never throws; true when the folder is gone.
   */
  tryDeleteWorktreeFolder(path: string): Promise<boolean> {
    return this.queue(async () => {
      await rm(path, { recursive: true, force: true }).catch(() => undefined);
      await this.git.raw(["worktree", "prune"]).catch(() => undefined);
      return !existsSync(path);
    });
  }

  /** Drops records of worktrees whose folders are gone. Best effort. */
  tryPruneWorktrees(): Promise<boolean> {
    return this.tryRaw(["worktree", "prune"]);
  }

  /** `git worktree list`, the main worktree first. */
  listWorktrees(): Promise<WorktreeEntry[]> {
    return this.queue(async () => parseWorktreeList(await this.git.raw(["worktree", "list", "--porcelain"])));
  }

  /** Stages everything and commits it; false when there was nothing to commit. */
  commitAll(subject: string, trailers: string[] = []): Promise<boolean> {
    return this.queue(async () => {
      await this.git.raw(["add", "--all", "--verbose"]);
      const staged = (await this.git.raw(["diff", "--cached", "--name-only"])).trim();
      if (staged === "") return false;
      const args = ["commit", "--no-verify", "-m", subject];
      if (trailers.length > 0) args.push("-m", trailers.join("\n"));
      await this.git.raw(args);
      return true;
    });
  }

  /** Commits the given paths only (they must be tracked or staged). */
  commitPaths(paths: string[], subject: string, trailers: string[] = []): Promise<boolean> {
    return this.queue(async () => {
      await this.git.raw(["add", "--", ...paths]);
      const staged = (await this.git.raw(["diff", "--cached", "--name-only", "--", ...paths])).trim();
      if (staged === "") return false;
      const args = ["commit", "--quiet", "--no-verify", "-m", subject];
      if (trailers.length > 0) args.push("-m", trailers.join("\n"));
      await this.git.raw([...args, "--", ...paths]);
      return true;
    });
  }

  /** Files that differ between two commits (a rename counts as both paths). */
  changedFiles(from: string, to: string): Promise<string[]> {
    return this.queue(async () =>
      (await this.git.raw(["diff", "--name-only", "--no-renames", "-z", from, to]))
        .split("\0")
        .filter(Boolean),
    );
  }

  /** The commits in `head` that are not in `base`, oldest first. */
  commitsBetween(base: string, head: string): Promise<string[]> {
    return this.queue(async () =>
      (await this.git.raw(["rev-list", "--reverse", `${base}..${head}`, "--"])).split("\n").filter(Boolean),
    );
  }

  /** Every path a commit changed against each of its parents (against nothing for a root commit). */
  commitChanges(commit: string): Promise<ChangedEntry[]> {
    return this.queue(async () =>
      parseRawDiff(
        await this.git.raw([
          "diff-tree",
          "-r",
          "-z",
          "--raw",
          "--no-abbrev",
          "--no-renames",
          "--no-commit-id",
          "-m",
          "--root",
          commit,
        ]),
      ),
    );
  }

  /** The paths that differ between two commits, with their new modes and objects. */
  diffEntries(from: string, to: string): Promise<ChangedEntry[]> {
    return this.queue(async () =>
      parseRawDiff(await this.git.raw(["diff", "--raw", "-z", "--no-renames", "--no-abbrev", from, to])),
    );
  }

  /**
   * The last `limit` commits of HEAD's first-parent history, newest first, each with its message and
   * whether it changed one of `paths` against its first parent.
   */
  firstParentHistory(
    limit: number,
    paths: string[],
  ): Promise<Array<{ sha: string; message: string; touchesPaths: boolean }>> {
    return this.queue(async () => {
      const log = await this.git.raw([
        "log",
        "--first-parent",
        `-n${limit}`,
        "--format=%H%x1f%B%x1e",
        "HEAD",
      ]);
      const touching = new Set(
        paths.length === 0
          ? []
          : (
              await this.git.raw([
                "log",
                "--first-parent",
                `-n${limit}`,
                "--format=%H",
                "HEAD",
                "--",
                ...paths,
              ])
            ).split("\n"),
      );
      return log
        .split("\x1e")
        .map((entry) => entry.replace(/^\n/, ""))
        .filter((entry) => entry.includes("\x1f"))
        .map((entry) => {
          const [sha = "", message = ""] = entry.split("\x1f");
          return { sha, message, touchesPaths: touching.has(sha) };
        });
    });
  }

  /** A file's content in HEAD, or null when HEAD has no such file. */
  showAtHead(path: string): Promise<string | null> {
    return this.queue(async () => {
      try {
        return await this.git.raw(["show", `HEAD:${path}`]);
      } catch {
        return null;
      }
    });
  }

  /** Puts files back as HEAD has them, in the index and the work tree. */
  restoreFromHead(paths: string[]): Promise<void> {
    return this.queue(async () => {
      await this.git.raw(["checkout", "HEAD", "--", ...paths]);
    });
  }

  /** The content of a blob, as text (symlink targets). */
  readBlob(object: string): Promise<string> {
    return this.queue(() => this.git.raw(["cat-file", "blob", object]));
  }

  /** Every ref under the given prefixes (`refs/heads/`, ...) with the object it names. */
  listRefs(prefixes: string[]): Promise<Map<string, string>> {
    return this.queue(async () => {
      const out = await this.git.raw(["for-each-ref", "--format=%(refname)%00%(objectname)", ...prefixes]);
      return new Map(
        out
          .split("\n")
          .filter(Boolean)
          .map((line) => line.split("\0") as [string, string]),
      );
    });
  }

  /** Points `ref` at `object`, creating it if needed (restores a ref something else moved or deleted). */
  updateRef(ref: string, object: string): Promise<void> {
    return this.queue(async () => {
      await this.git.raw(["update-ref", "--no-deref", ref, object]);
    });
  }

  /**
   * Merges `branch` into the checked-out branch with a merge commit; a conflict is aborted cleanly
   * (`onConflict` runs first, while the merge is still in progress: a test hook).
   */
  mergeNoFf(branch: string, message: string, onConflict?: () => void): Promise<MergeOutcome> {
    return this.queue(async () => {
      try {
        await this.git.merge(["--no-ff", "--no-verify", "-m", message, branch]);
        return { merged: true };
      } catch (error) {
        if (!(error instanceof GitResponseError)) throw error;
        const result = error.git as MergeResult;
        const conflicts = [...new Set(result.conflicts.map((c) => c.file ?? "").filter(Boolean))];
        onConflict?.();
        await this.git.raw(["merge", "--abort"]);
        return { merged: false, conflicts };
      }
    });
  }

  /** Aborts a merge left in progress. Best effort. */
  tryAbortMerge(): Promise<boolean> {
    return this.tryRaw(["merge", "--abort"]);
  }

  /** Runs a git command (queued); whether it succeeded, never an error. */
  private tryRaw(args: string[]): Promise<boolean> {
    return this.queue(() =>
      this.git.raw(args).then(
        () => true,
        () => false,
      ),
    );
  }

  /** Renames a branch. */
  renameBranch(from: string, to: string): Promise<void> {
    return this.queue(async () => {
      await this.git.raw(["branch", "-m", from, to]);
    });
  }

  /** Deletes a branch only if it is merged into HEAD. Best effort: never throws. */
  tryDeleteMergedBranch(branch: string): Promise<boolean> {
    return this.queue(async () => {
      try {
        const ahead = (await this.git.raw(["rev-list", "--count", `HEAD..refs/heads/${branch}`])).trim();
        if (ahead !== "0") return false;
        await this.git.raw(["branch", "-D", branch]);
        return true;
      } catch {
        return false;
      }
    });
  }

  /** Local branches under a prefix, e.g. `maestro/`. */
  listBranches(prefix: string): Promise<string[]> {
    return this.queue(async () =>
      (await this.git.raw(["for-each-ref", "--format=%(refname:short)", `refs/heads/${prefix}`]))
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean),
    );
  }
}

/** Parses `git diff-tree -r -z --raw` output. */
export function parseRawDiff(text: string): ChangedEntry[] {
  const fields = text.split("\0");
  const entries: ChangedEntry[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const meta = fields[i] ?? "";
    if (!meta.startsWith(":")) {
      i -= 1; // a commit id line (only with -m on a merge): skip one field
      continue;
    }
    const [, newMode = "", , newObject = "", status = ""] = meta.slice(1).split(" ");
    entries.push({ path: fields[i + 1] ?? "", mode: newMode, object: newObject, status: status.slice(0, 1) });
  }
  return entries;
}

/** Parses `git worktree list --porcelain`. */
export function parseWorktreeList(text: string): WorktreeEntry[] {
  const entries: WorktreeEntry[] = [];
  for (const block of text.split("\n\n")) {
    let path: string | null = null;
    let head: string | null = null;
    let branch: string | null = null;
    for (const line of block.split("\n")) {
      if (line.startsWith("worktree ")) path = line.slice("worktree ".length);
      else if (line.startsWith("HEAD ")) head = line.slice("HEAD ".length);
      else if (line.startsWith("branch "))
        branch = line.slice("branch ".length).replace(/^refs\/heads\//, "");
    }
    if (path !== null) entries.push({ path, head, branch });
  }
  return entries;
}
