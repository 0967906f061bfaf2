import { readRunRecords, type RunRecord } from "../adapters/fs/run-records.js";
import { decodeMemo } from "../adapters/github/check-run-memo.js";
import { CHECK_RUN_NAME } from "../adapters/github/check-run-sink.js";
import type { RepoRef } from "../adapters/github/github-client.js";
import { processIsAlive, thisProcess } from "../adapters/system/this-process.js";
import type { GitHubRunDeps } from "./github-run-deps.js";

/** How often a live run of the App says so on its check run. */
export const HEARTBEAT_MS = 60_000;
/** A claim whose run has not said it is alive for this long is taken for dead (its process was killed). */
export const LEASE_MS = 5 * 60_000;

/**
 * A pull request claimed by a run: its `in_progress` maestro check run. GitHub is the state every App
 * process shares, so a claim made by any of them is seen by all; this process's work root adds the runs a
 * killed process on this machine recorded, on whatever commit their check runs are.
 */
export interface Claim {
  id: number;
  url: string | null;
  inProgress: boolean;
  /** The comment that asked for the run, if known. */
  comment: number | null;
  /** The run's last sign of life (ms since the epoch): its latest heartbeat, else its start. */
  beat: number | null;
  /** The folder a process of this machine recorded for the run, with the record. */
  record: { dir: string; record: RunRecord } | null;
}

/** Where claims are looked for: one pull request, at the head commit a command pinned. */
export interface ClaimScope {
  deps: GitHubRunDeps;
  ref: RepoRef;
  pullNumber: number;
  sha: string;
}

/** Every claim on the pull request: those on the head, and those this work root recorded. */
export async function readClaims(scope: ClaimScope): Promise<Claim[]> {
  const { deps, ref, pullNumber, sha } = scope;
  const { data } = await deps.client.rest.checks.listForRef({
    ...ref,
    ref: sha,
    check_name: CHECK_RUN_NAME,
    status: "in_progress",
  });
  const claims = new Map<number, Claim>();
  for (const run of data.check_runs) {
    const memo = decodeMemo(run.external_id);
    if (memo?.pr !== pullNumber) continue;
    claims.set(run.id, toClaim(run, null));
  }
  for (const found of await readRunRecords(deps.workRoot)) {
    const { record } = found;
    if (record.owner !== ref.owner || record.repo !== ref.repo || record.pullNumber !== pullNumber) continue;
    if (record.instance === deps.instanceId) continue;
    const known = claims.get(record.checkRunId) ?? (await readClaim(scope, record.checkRunId));
    claims.set(record.checkRunId, { ...known, record: found });
  }
  return [...claims.values()].sort((a, b) => a.id - b.id);
}

/**
 * True when the claim's run is dead: a process of this machine recorded it and is gone (or this process
 * now has its ID), or it has not said it is alive for longer than the lease.
 */
export function isStale(claim: Claim, deps: GitHubRunDeps): boolean {
  const me = thisProcess();
  const record = claim.record?.record;
  if (record?.host === me.host && record.pid !== undefined && record.instance !== deps.instanceId) {
    if (record.pid === me.pid || !processIsAlive(record.pid)) return true;
  }
  return claim.beat !== null && deps.timers.now() - claim.beat > LEASE_MS;
}

/** A check run recorded in the work root but not on the head (it is on an older commit, or gone). */
async function readClaim(scope: ClaimScope, id: number): Promise<Claim> {
  const { deps, ref } = scope;
  // One check run that cannot be read (deleted with its commit) must not keep the others open.
  const run = await deps.client.rest.checks.get({ ...ref, check_run_id: id }).then(
    (r) => r.data,
    () => null,
  );
  if (run === null) return { id, url: null, inProgress: false, comment: null, beat: null, record: null };
  return toClaim(run, null);
}

function toClaim(
  run: {
    id: number;
    html_url: string | null;
    status: string;
    external_id: string | null;
    started_at: string | null;
  },
  record: Claim["record"],
): Claim {
  const memo = decodeMemo(run.external_id);
  const started = run.started_at === null ? null : Date.parse(run.started_at);
  return {
    id: run.id,
    url: run.html_url,
    inProgress: run.status !== "completed",
    comment: memo?.comment ?? null,
    beat: memo?.beat ?? (started !== null && Number.isFinite(started) ? started : null),
    record,
  };
}
