import { RepositoryGuard } from "./repository-guard.js";
import type { RunContext, RunLedger } from "./run-context.js";

/**
 * The run's side of the RepositoryGuard: it checks what agents could change outside their worktrees, pins a
 * change on the task that just ended, refuses the results of every task that ran beside it, and stops the
 * run when the main work tree changed (maestro merges nothing onto edits it did not make).
 */
export class RepositoryWatch {
  private guard: RepositoryGuard | null = null;
  /** Tasks that ran while something changed the repository outside the worktrees: their results are refused. */
  private readonly tainted = new Map<string, string>();
  /** Set when the main work tree changed during a wave: nothing more is merged onto it. */
  workTreeChanged: string | null = null;

  constructor(
    private readonly ctx: RunContext,
    private readonly ledger: RunLedger,
  ) {}

  /** Takes the repository as it is now as the good state: between waves only maestro (and the user's verify and push) changed it. */
  async beginWave(): Promise<void> {
    this.tainted.clear();
    if (this.guard === null)
      this.guard = await RepositoryGuard.capture(this.ctx.main, await this.ctx.main.commonDir());
    else await this.guard.recapture();
  }

  /** Why a task's result is refused (something changed outside the worktrees while it ran), if it is. */
  taintOf(id: string): string | undefined {
    return this.tainted.get(id);
  }

  /**
   * Checks what agents could change outside their worktrees (see RepositoryGuard) and puts it back. A change
   * is pinned on `blame` when given; every other task running now cannot be cleared of it, so their results
   * are refused too. A changed main work tree stops the run. Returns one line per change.
   */
  async check(blame: string | null, self: string | null): Promise<string[]> {
    if (this.guard === null) return [];
    const { reverted, workTree } = await this.guard.check();
    const all = [...reverted];
    if (workTree.length > 0)
      all.push(`changed the main work tree, left in place for you to look at: ${workTree.join(", ")}`);
    if (all.length === 0) return [];
    this.taintOthers(blame, self, all);
    if (workTree.length > 0 && this.workTreeChanged === null) {
      this.workTreeChanged = workTree.join(", ");
      this.ledger.stop(
        `the main work tree changed while agents ran (${this.workTreeChanged}): nothing more is merged onto it`,
      );
    }
    return all;
  }

  private taintOthers(blame: string | null, self: string | null, changes: string[]): void {
    const where = blame === null ? "" : `, found when ${blame} ended`;
    for (const other of this.ledger.running) {
      if (other === self || this.tainted.has(other)) continue;
      this.tainted.set(
        other,
        `the repository changed outside the worktrees while it ran${where} (${changes.join("; ")}); its result is not merged`,
      );
    }
  }
}
