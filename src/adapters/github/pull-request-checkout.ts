import { execFile } from "node:child_process";
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { BranchDeletedError, BranchMovedConflictError, GitCommandError } from "./git-errors.js";

/** Gives a fresh token for one network git operation; null for remotes that need none. */
export type GitTokenSource = () => Promise<string | null>;

/** What a push did besides pushing. */
export interface PushResult {
  /** Files changed by commits others pushed to the branch meanwhile, which were merged in first. */
  theirFiles: string[];
}

/** Everything needed to check out the PR branch. */
export interface CheckoutOptions {
  /** The payload's clone URL (a local bare repository in tests). */
  cloneUrl: string;
  branch: string;
  /** The head commit pinned when the command was accepted. */
  sha: string;
  /** A fresh, empty directory is made for the clone. */
  dir: string;
  token: GitTokenSource;
  /** Author and committer of the merge commits maestro makes. */
  identity: { name: string; email: string };
  /** The environment git runs with (no tokens in it; they are added per command). */
  env: Record<string, string | undefined>;
}

/**
 * A clone of the repository with the PR branch checked out at the pinned commit, which pushes without
 * ever force-pushing. Credentials are given to each network command only, through git's
 * GIT_CONFIG_COUNT environment (the `-c http.extraheader=...` of actions/checkout without putting the
 * token in the process list); nothing is written to .git/config.
 */
export class PullRequestCheckout {
  private constructor(private readonly options: CheckoutOptions) {}

  /** The work tree. */
  get dir(): string {
    return this.options.dir;
  }

  /** Clones into `options.dir` and checks out `branch` at `sha`. */
  static async clone(options: CheckoutOptions): Promise<PullRequestCheckout> {
    await mkdir(options.dir, { recursive: true });
    const checkout = new PullRequestCheckout(options);
    await checkout.#git(["clone", "--quiet", "--no-checkout", "--", options.cloneUrl, "."], {
      network: true,
    });
    await checkout.#git(["config", "user.name", options.identity.name]);
    await checkout.#git(["config", "user.email", options.identity.email]);
    const has = await checkout.#git(["cat-file", "-e", `${options.sha}^{commit}`]).then(
      () => true,
      () => false,
    );
    // A commit no longer on any branch (the branch was force-pushed since) can still be fetched by SHA.
    if (!has) await checkout.#git(["fetch", "--quiet", "origin", options.sha], { network: true });
    await checkout.#git(["checkout", "--quiet", "-B", options.branch, options.sha]);
    return checkout;
  }

  /** Files of the checked-out tree, repository-relative. */
  async listFiles(): Promise<string[]> {
    const out = await this.#git(["ls-files", "-z"]);
    return out.split("\0").filter(Boolean);
  }

  /** The checked-out commit. */
  async head(): Promise<string> {
    return (await this.#git(["rev-parse", "HEAD"])).trim();
  }

  /**
   * Pushes HEAD to the PR branch, only ever as a fast-forward of what the branch holds now. If the branch
   * moved, its new commits are fetched and merged in first (a conflict aborts the merge and throws
   * BranchMovedConflictError); if it was deleted, BranchDeletedError, and nothing is pushed.
   *
   * The push is a compare-and-swap: `--force-with-lease=<branch>:<sha just fetched>`, sent only after
   * checking that HEAD descends from that SHA. It can therefore never drop a commit (it is a fast-forward),
   * and unlike a plain push it fails instead of recreating the branch when someone deletes it between the
   * fetch and the push.
   */
  async push(): Promise<PushResult> {
    const branch = this.options.branch;
    const theirFiles = new Set<string>();
    for (let attempt = 1; ; attempt++) {
      const remote = await this.#fetchBranch();
      if (!(await this.#isAncestor(remote, "HEAD"))) {
        for (const file of await this.#mergeFetched()) theirFiles.add(file);
      }
      if (!(await this.#isAncestor(remote, "HEAD"))) {
        throw new Error(`internal: HEAD does not contain ${remote} after merging ${branch}; not pushing`);
      }
      try {
        await this.#git(
          [
            "push",
            "--quiet",
            "--porcelain",
            `--force-with-lease=refs/heads/${branch}:${remote}`,
            "origin",
            `HEAD:refs/heads/${branch}`,
          ],
          { network: true },
        );
        return { theirFiles: [...theirFiles].sort() };
      } catch (error) {
        // The branch moved or vanished after the fetch: look again.
        const retry =
          error instanceof GitCommandError &&
          /stale info|\[rejected\]|non-fast-forward|fetch first/.test(error.stderr + error.message);
        if (!retry || attempt >= 5) throw error;
      }
    }
  }

  /** True when the clone has this local branch. */
  async hasBranch(branch: string): Promise<boolean> {
    return this.#git(["rev-parse", "--verify", "--quiet", `refs/heads/${branch}^{commit}`]).then(
      () => true,
      () => false,
    );
  }

  /**
   * Pushes a local branch to a new remote branch `remoteBranch`, never over an existing one (no force) and
   * never to the branch this checkout works on. Throws GitCommandError when the push fails.
   */
  async pushNewBranch(local: string, remoteBranch: string): Promise<void> {
    if (remoteBranch === this.options.branch)
      throw new Error(`internal: refusing to push ${local} over ${remoteBranch}`);
    await this.#git(
      ["push", "--quiet", "--porcelain", "origin", `refs/heads/${local}:refs/heads/${remoteBranch}`],
      {
        network: true,
      },
    );
  }

  /** Names of the remote's branches under `prefix` (e.g. `maestro/`). */
  async remoteBranches(prefix: string): Promise<string[]> {
    const out = await this.#git(["ls-remote", "--heads", "origin", `refs/heads/${prefix}*`], {
      network: true,
    });
    return out
      .split("\n")
      .map((line) => line.split("\t")[1] ?? "")
      .filter((ref) => ref.startsWith(`refs/heads/${prefix}`))
      .map((ref) => ref.slice("refs/heads/".length));
  }

  /** Deletes remote branches (never the one this checkout works on). Throws GitCommandError when it fails. */
  async deleteRemoteBranches(branches: readonly string[]): Promise<void> {
    const doomed = branches.filter((b) => b !== this.options.branch);
    if (doomed.length === 0) return;
    await this.#git(["push", "--quiet", "origin", ...doomed.map((b) => `:refs/heads/${b}`)], {
      network: true,
    });
  }

  /** Removes the clone; never throws. */
  async tryRemove(): Promise<boolean> {
    try {
      await rm(this.options.dir, { recursive: true, force: true });
      return true;
    } catch {
      return false;
    }
  }

  /** Fetches the PR branch into FETCH_HEAD and returns its SHA; BranchDeletedError when it is gone. */
  async #fetchBranch(): Promise<string> {
    const branch = this.options.branch;
    try {
      await this.#git(["fetch", "--quiet", "--no-tags", "origin", `refs/heads/${branch}`], { network: true });
    } catch (error) {
      if (error instanceof GitCommandError && /couldn't find remote ref|no such ref/i.test(error.stderr)) {
        throw new BranchDeletedError(branch);
      }
      throw error;
    }
    return (await this.#git(["rev-parse", "FETCH_HEAD"])).trim();
  }

  async #isAncestor(commit: string, of: string): Promise<boolean> {
    return this.#git(["merge-base", "--is-ancestor", commit, of]).then(
      () => true,
      () => false,
    );
  }

  /** Merges FETCH_HEAD; returns the files its side changed since the merge base. */
  async #mergeFetched(): Promise<string[]> {
    const theirs = (await this.#git(["diff", "--name-only", "HEAD...FETCH_HEAD"]))
      .split("\n")
      .filter(Boolean);
    try {
      await this.#git([
        "merge",
        "--no-edit",
        "--no-ff",
        "-m",
        `Merge the new commits of ${this.options.branch}`,
        "FETCH_HEAD",
      ]);
    } catch (error) {
      const unmerged = await this.#git(["diff", "--name-only", "--diff-filter=U"]).catch(() => "");
      await this.#git(["merge", "--abort"]).catch(() => "");
      if (error instanceof GitCommandError) {
        throw new BranchMovedConflictError(this.options.branch, unmerged.split("\n").filter(Boolean));
      }
      throw error;
    }
    return theirs;
  }

  async #git(args: string[], { network = false } = {}): Promise<string> {
    const env: Record<string, string | undefined> = { ...this.options.env, GIT_TERMINAL_PROMPT: "0" };
    if (network) {
      const token = await this.options.token();
      if (token !== null) {
        env.GIT_CONFIG_COUNT = "1";
        env.GIT_CONFIG_KEY_0 = "http.extraheader";
        env.GIT_CONFIG_VALUE_0 = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString("base64")}`;
      }
    }
    return new Promise((resolve, reject) => {
      execFile(
        "git",
        args,
        { cwd: this.options.dir, env, maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) => {
          if (error) {
            reject(
              new GitCommandError(
                args,
                typeof error.code === "number" ? error.code : null,
                `${stderr}\n${stdout}`,
              ),
            );
          } else {
            resolve(stdout);
          }
        },
      );
    });
  }
}

/** The directory of one run under the work root: the clone and the runner's work folder side by side. */
export function runDirectories(
  workRoot: string,
  runId: string,
): { root: string; clone: string; work: string } {
  return {
    root: join(workRoot, runId),
    clone: join(workRoot, runId, "repo"),
    work: join(workRoot, runId, "work"),
  };
}
