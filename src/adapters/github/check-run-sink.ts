import type { CheckRunOutput } from "../../core/render/render-check-run.js";
import { decodeMemo, encodeMemo, type CheckRunMemo } from "./check-run-memo.js";
import { inBatches, type CheckAnnotation } from "../../core/render/task-annotations.js";
import { createNonce, createOnce, NO_RETRY, type RetryPause } from "./create-once.js";
import type { GitHubClient, RepoRef } from "./github-client.js";
import type { ProgressSink, RunConclusion } from "./progress-sink.js";

/**
 * Identifiers of the check run's buttons. Only the App handles `check_run.requested_action`, so only the
 * App's check runs show them: a button nobody answers is worse than none.
 */
export const REQUESTED_ACTIONS = {
  retryFailed: {
    label: "Retry failed",
    description: "Run the failed and skipped tasks again",
    identifier: "retry-failed",
  },
  cancel: { label: "Cancel", description: "Stop the run, keep merged work", identifier: "cancel" },
} as const;

/** The name of maestro's check run. */
export const CHECK_RUN_NAME = "maestro";

/** How a check run is opened. */
export interface CheckRunStart {
  headSha: string;
  memo: CheckRunMemo;
  startedAt: Date;
  /** The wait before a create is tried again after a 5xx. */
  pause?: RetryPause;
  /** Offer "Cancel" and "Retry failed": only where a handler answers them (default true). */
  buttons?: boolean;
  /** When set, every write stamps the memo's `beat` with it: the run says it is alive. */
  clock?: () => number;
}

/** Progress shown as the "maestro" check run on the pinned head commit. */
export class CheckRunSink implements ProgressSink {
  private constructor(
    private readonly client: GitHubClient,
    private readonly repo: RepoRef,
    readonly id: number,
    readonly url: string | null,
    private memo: CheckRunMemo,
    private readonly start: CheckRunStart,
  ) {}

  /**
   * Creates the check run, in progress, exactly once even when GitHub answers a 5xx after storing it.
   * Throws the API's error (403 when the token lacks `checks: write`).
   */
  static async create(client: GitHubClient, repo: RepoRef, start: CheckRunStart): Promise<CheckRunSink> {
    const { headSha, startedAt, pause, buttons = true } = start;
    const nonce = createNonce();
    const externalId = encodeMemo(CheckRunSink.#stamped({ ...start.memo, nonce }, start));
    const data = await createOnce(
      async () =>
        (
          await client.rest.checks.create({
            ...repo,
            name: CHECK_RUN_NAME,
            head_sha: headSha,
            status: "in_progress",
            started_at: startedAt.toISOString(),
            external_id: externalId,
            output: { title: "Preparing", summary: "maestro accepted the command and is preparing the run." },
            actions: buttons ? [REQUESTED_ACTIONS.cancel] : [],
            ...NO_RETRY,
          })
        ).data,
      async () => {
        const { data: found } = await client.rest.checks.listForRef({
          ...repo,
          ref: headSha,
          check_name: CHECK_RUN_NAME,
          per_page: 100,
        });
        return found.check_runs.find((r) => decodeMemo(r.external_id)?.nonce === nonce) ?? null;
      },
      pause,
    );
    return new CheckRunSink(client, repo, data.id, data.html_url ?? null, start.memo, start);
  }

  static #stamped(memo: CheckRunMemo, start: CheckRunStart): CheckRunMemo {
    return start.clock ? { ...memo, beat: start.clock() } : memo;
  }

  /** Records the task list once it is known, so "Retry failed" can find it again. */
  remember(update: Pick<CheckRunMemo, "tasks">): void {
    this.memo = { ...this.memo, ...update };
  }

  async show(output: CheckRunOutput): Promise<void> {
    await this.client.rest.checks.update({
      ...this.repo,
      check_run_id: this.id,
      status: "in_progress",
      external_id: encodeMemo(CheckRunSink.#stamped(this.memo, this.start)),
      output,
    });
  }

  async finish(
    conclusion: RunConclusion,
    output: CheckRunOutput,
    annotations: CheckAnnotation[],
    retryable: boolean,
  ): Promise<void> {
    const [first = [], ...rest] = inBatches(annotations);
    await this.client.rest.checks.update({
      ...this.repo,
      check_run_id: this.id,
      status: "completed",
      conclusion,
      // A finished run claims nothing: only what "Retry failed" needs stays.
      external_id: encodeMemo({ pr: this.memo.pr, tasks: this.memo.tasks }),
      output: { ...output, annotations: first },
      actions: retryable && this.start.buttons !== false ? [REQUESTED_ACTIONS.retryFailed] : [],
    });
    // GitHub appends annotations across updates, 50 per request.
    for (const batch of rest) {
      await this.client.rest.checks.update({
        ...this.repo,
        check_run_id: this.id,
        output: { title: output.title, summary: output.summary, annotations: batch },
      });
    }
  }
}
