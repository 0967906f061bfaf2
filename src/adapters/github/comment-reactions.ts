import type { GitHubClient, RepoRef } from "./github-client.js";

/** Reactions maestro uses to acknowledge a command. */
export type CommandReaction = "eyes" | "rocket" | "confused";

/** Adds a reaction to a PR comment; best effort (a missing reaction must not fail a run). */
export async function tryReact(
  client: GitHubClient,
  repo: RepoRef,
  commentId: number,
  content: CommandReaction,
): Promise<boolean> {
  try {
    await client.rest.reactions.createForIssueComment({ ...repo, comment_id: commentId, content });
    return true;
  } catch {
    return false;
  }
}
