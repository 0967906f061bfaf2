import { createCommentOnce } from "../adapters/github/create-once.js";
import type { RepoRef } from "../adapters/github/github-client.js";
import type { GitHubRunDeps } from "./github-run-deps.js";

/** Posts a comment on a pull request; best effort: a reply that cannot be posted is logged, never thrown. */
export async function postComment(
  deps: GitHubRunDeps,
  ref: RepoRef,
  pullNumber: number,
  body: string,
): Promise<void> {
  try {
    await createCommentOnce(deps.client, ref, pullNumber, body, deps.retryPause);
  } catch (error) {
    deps.log.warn(`could not comment on #${pullNumber}: ${String(error)}`);
  }
}
