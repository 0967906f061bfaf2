import { readRunRecords, tryRemoveRunFolder } from "../adapters/fs/run-records.js";
import { CHECK_RUN_NAME, decodeMemo, type CheckRunSink } from "../adapters/github/check-run-sink.js";
import type { RunContext } from "./run-context.js";

/**
 * Concludes the maestro check runs of this pull request that a killed App process left `in_progress`:
 * those its run folders still record (on whatever commit), and those on the pinned head (when the work
 * root was lost too). Their folders (clone, worktrees, lock files) are removed. Runs of this process are
 * never touched: the registry gives one run per pull request, and this one holds it.
 */
export async function concludeStaleRuns(run: RunContext, own: CheckRunSink): Promise<void> {
  const stale = await staleRunsOf(run, own);
  for (const [id, dir] of stale) {
    if (id === own.id) continue;
    await concludeInterrupted(run, own, id);
    if (dir !== null) await tryRemoveRunFolder(dir);
  }
}

/** The stale check runs of the pull request, each with its run folder when this work root holds one. */
async function staleRunsOf(run: RunContext, own: CheckRunSink): Promise<Map<number, string | null>> {
  const { deps, repo, target } = run;
  const stale = new Map<number, string | null>();
  for (const { dir, record } of await readRunRecords(deps.workRoot)) {
    if (record.owner !== repo.owner || record.repo !== repo.repo) continue;
    if (record.pullNumber !== target.pullNumber || record.instance === deps.instanceId) continue;
    stale.set(record.checkRunId, dir);
  }
  const { data } = await deps.client.rest.checks.listForRef({
    ...run.ref,
    ref: target.sha,
    check_name: CHECK_RUN_NAME,
    status: "in_progress",
  });
  for (const other of data.check_runs) {
    if (
      other.id !== own.id &&
      decodeMemo(other.external_id)?.pr === target.pullNumber &&
      !stale.has(other.id)
    ) {
      stale.set(other.id, null);
    }
  }
  return stale;
}

/** Concludes one stale check run `cancelled`, pointing at the run that replaces it. */
async function concludeInterrupted(run: RunContext, own: CheckRunSink, id: number): Promise<void> {
  const { deps, ref } = run;
  // One check run that cannot be read (deleted with its commit) must not keep the others open.
  const found = await deps.client.rest.checks.get({ ...ref, check_run_id: id }).then(
    (r) => r.data,
    () => null,
  );
  if (found === null || found.status === "completed") return;
  await deps.client.rest.checks.update({
    ...ref,
    check_run_id: id,
    status: "completed",
    conclusion: "cancelled",
    output: {
      title: "Interrupted",
      summary:
        "This run was interrupted: the maestro App stopped while it ran. Work merged before that is on " +
        `the branch. A new run has started${own.url ? `: [maestro](${own.url})` : ""}.`,
    },
    actions: [],
  });
  deps.log.warn(`concluded the stale check run ${id} of ${ref.owner}/${ref.repo}`);
}
