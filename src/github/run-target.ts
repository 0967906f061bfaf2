import type { RunConclusion } from "../adapters/github/progress-sink.js";
import type { CheckRunOutput } from "../core/render/render-check-run.js";
import type { RunSummary } from "../runner/implement-options.js";

/** What is run: a branch at a pinned commit, for a pull request or a workflow_dispatch. */
export interface RunTarget {
  branch: string;
  sha: string;
  pullNumber: number | null;
  commandPath: string | null;
  planOnly: boolean;
  only: string[] | null;
  /** The comment to react to and answer, if the run was asked for in one. */
  commentId: number | null;
}

/** A new PR comment, as the entry points see it. */
export interface CommentFacts {
  id: number;
  body: string;
  user: string;
  pullNumber: number;
}

/** What happened to a command. */
export type GitHubRunOutcome =
  | { kind: "ignored" }
  | { kind: "replied"; reason: string }
  | {
      kind: "run";
      conclusion: RunConclusion;
      /** The engine's summary (`failed` without the tasks the cancel stopped); null when it did not run. */
      summary: RunSummary | null;
      /** Tasks the cancel stopped. */
      cancelled: string[];
      output: CheckRunOutput;
    };
