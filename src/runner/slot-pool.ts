import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { GitHost, GitRepository } from "../adapters/git/git-repository.js";
import { captureWorktreeLink, worktreeLinkChanges, type WorktreeLink } from "./worktree-link.js";

/** One of a run's reusable worktrees. */
export interface Slot {
  readonly number: number;
  readonly path: string;
  /** How its worktree is tied to the repository, captured when it was created; null while it has none. */
  link: WorktreeLink | null;
  /** The hash of the setup's inputs when the setup last succeeded here; null: the setup must run. */
  setupInputs: string | null;
}

/** The folder of slot `n` of a run. */
export function slotPath(workDir: string, n: number): string {
  return join(workDir, "worktrees", `slot-${n}`);
}

/**
 * A run's worktrees, one per slot, kept for the whole run: a task takes a free slot, which is switched to
 * the task's branch at the wave's base, so only the files that differ are written (creating a worktree
 * writes every file of the repository). After the run every slot's worktree is removed.
 */
export class SlotPool {
  private readonly free: Slot[];
  private readonly all: Slot[];

  constructor(
    private readonly host: GitHost,
    private readonly main: GitRepository,
    workDir: string,
    count: number,
    private readonly cleanIgnored: boolean,
  ) {
    this.all = Array.from({ length: count }, (_, i) => ({
      number: i + 1,
      path: slotPath(workDir, i + 1),
      link: null,
      setupInputs: null,
    }));
    this.free = [...this.all];
  }

  /** Takes the free slot with the lowest number; at most `count` tasks hold one at a time. */
  take(): Slot {
    this.free.sort((a, b) => a.number - b.number);
    const slot = this.free.shift();
    if (slot === undefined) throw new Error("no free slot: more tasks started than the run has slots");
    return slot;
  }

  /** Gives a slot back for the next task. */
  give(slot: Slot): void {
    this.free.push(slot);
  }

  /**
   * Puts a slot on the new branch `branch` at `base`: its worktree is created the first time; after that it
   * is reset, cleaned and switched (see GitRepository.switchWorktree), and made anew when that fails or its
   * link changed while it was idle (no git command runs in it then). Returns its link and what went wrong.
   */
  async prepare(
    slot: Slot,
    branch: string,
    base: string,
  ): Promise<{ link: WorktreeLink; problem: string | null }> {
    let problem: string | null = null;
    const changed = slot.link === null ? [] : await worktreeLinkChanges(slot.link);
    if (changed.length > 0) {
      problem = `its .git link changed while it was idle (${changed.join("; ")}): deleted and made again`;
      await this.discard(slot, false);
    }
    if (slot.link !== null) {
      try {
        await this.host.open(slot.path).switchWorktree(branch, base, this.cleanIgnored);
        return { link: slot.link, problem };
      } catch (error) {
        problem = `switching it failed (${error instanceof Error ? error.message : String(error)}): made again`;
        await this.discard(slot, true);
      }
    }
    await this.main.addWorktree(slot.path, branch, base);
    slot.link = await captureWorktreeLink(slot.path);
    return { link: slot.link, problem };
  }

  /**
   * After a task: the slot's HEAD is detached, so the task's branch is free to be merged, renamed or
   * deleted. A slot whose link the agent rewrote is deleted without running git in it; one that cannot be
   * detached, or was only half created, is removed.
   */
  async leave(slot: Slot, linkIntact: boolean): Promise<void> {
    if (!linkIntact) return this.discard(slot, false);
    if (slot.link === null) {
      if (existsSync(slot.path)) await this.main.tryRemoveWorktree(slot.path);
      return;
    }
    await this.host
      .open(slot.path)
      .detachHead()
      .catch(() => this.discard(slot, true));
  }

  /**
   * Removes every slot's worktree (branches stay): after a run only the user's work tree is left. The
   * folders are deleted side by side, then git drops its records: deleting a large checkout is most of what
   * this costs, and three deletions overlap well (one after the other took three times as long).
   */
  async removeAll(): Promise<void> {
    const used = this.all.filter((slot) => slot.link !== null || existsSync(slot.path));
    await Promise.all(
      used.map((slot) => rm(slot.path, { recursive: true, force: true }).catch(() => undefined)),
    );
    await this.main.tryPruneWorktrees();
    for (const slot of used) this.forget(slot);
  }

  /** Forgets a slot's worktree: removed with git when `withGit`, else its folder deleted without git. */
  private async discard(slot: Slot, withGit: boolean): Promise<void> {
    if (withGit) await this.main.tryRemoveWorktree(slot.path);
    else await this.main.tryDeleteWorktreeFolder(slot.path);
    this.forget(slot);
  }

  private forget(slot: Slot): void {
    slot.link = null;
    slot.setupInputs = null;
  }
}
