import type { Context } from "probot";
import { parseCommentCommand } from "../core/command/parse-comment-command.js";
import type { GitHubRunDeps } from "../github/github-run-deps.js";
import { handleCommentCommand } from "../github/handle-comment-command.js";
import { handleRequestedAction } from "../github/handle-requested-action.js";
import { repositoryFacts } from "../github/repository-facts.js";
import type { BackgroundRuns } from "./background-runs.js";
import type { SeenDeliveries } from "./seen-deliveries.js";

/** What the webhook handlers need: where runs go, which deliveries were seen, how to build a run's deps. */
export interface WebhookHandling {
  background: BackgroundRuns;
  deliveries: SeenDeliveries;
  depsFor(context: Context): GitHubRunDeps;
}

/** `issue_comment.created`: a `/maestro` command on an open pull request, by a person, starts in the background. */
export function onIssueComment(handling: WebhookHandling, context: Context<"issue_comment.created">): void {
  if (!handling.deliveries.firstTime(context.id)) return;
  const { comment, issue, repository, sender } = context.payload;
  // Issues, closed PRs, bots (this App included) and non-commands are dropped before any API call.
  if (!issue.pull_request || issue.state !== "open") return;
  if (sender.type === "Bot" || comment.user?.type === "Bot" || context.isBot) return;
  if (parseCommentCommand(comment.body) === null) return;
  handling.background.add(
    handleCommentCommand(handling.depsFor(context), repositoryFacts(repository), {
      id: comment.id,
      body: comment.body,
      user: comment.user?.login ?? sender.login,
      pullNumber: issue.number,
    }),
  );
}

/** `check_run.requested_action`: a click on "Retry failed" or "Cancel", by a person. */
export function onRequestedAction(
  handling: WebhookHandling,
  context: Context<"check_run.requested_action">,
): void {
  if (!handling.deliveries.firstTime(context.id)) return;
  const { check_run, requested_action, repository, sender } = context.payload;
  if (sender.type === "Bot" || !requested_action) return;
  handling.background.add(
    handleRequestedAction(handling.depsFor(context), repositoryFacts(repository), {
      identifier: requested_action.identifier ?? "",
      user: sender.login,
      externalId: check_run.external_id ?? null,
    }),
  );
}
