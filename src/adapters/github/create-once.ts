import { randomBytes } from "node:crypto";
import { httpStatusOf, type GitHubClient, type RepoRef } from "./github-client.js";

/** Octokit request options that switch its retry plugin off for one call. */
export const NO_RETRY = { request: { retries: 0 } } as const;

/** How long to wait before attempt `n` (1-based) of a create; tests pass a shorter one. */
export type RetryPause = (attempt: number) => Promise<void>;

/** 1 s, 4 s, 9 s: Octokit's own backoff for 5xx. */
export const defaultRetryPause: RetryPause = (attempt) =>
  new Promise((resolve) => setTimeout(resolve, (attempt - 1) ** 2 * 1000));

/** A token to find again what one create call made. */
export function createNonce(): string {
  return randomBytes(8).toString("hex");
}

/**
 * Runs a create (POST) that GitHub may have stored even though the call failed (a 502 after the fact, a
 * dropped connection): Octokit's retry would then create a second check run or post a second comment.
 * `create` runs without Octokit's retry; after a failure that may have been stored (a 5xx),
 * `find` looks for the object by a nonce the create carried, and only when it is not there is the create
 * tried again, up to `attempts` times.
 */
export async function createOnce<T>(
  create: () => Promise<T>,
  find: () => Promise<T | null>,
  pause: RetryPause = defaultRetryPause,
  attempts = 4,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await create();
    } catch (error) {
      const status = httpStatusOf(error);
      // Octokit reports a dropped connection as a 500 too.
      const mayHaveStored = status !== null && status >= 500;
      if (!mayHaveStored || attempt >= attempts) throw error;
      await pause(attempt + 1);
      const found = await find();
      if (found !== null) return found;
    }
  }
}

/** The hidden line that lets createCommentOnce find a comment it posted. */
export function commentMarker(nonce: string): string {
  return `<!-- maestro:${nonce} -->`;
}

/** Posts a comment on an issue or pull request exactly once, even when GitHub answers a 5xx after storing it. */
export async function createCommentOnce(
  client: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  body: string,
  pause?: RetryPause,
): Promise<{ id: number; html_url: string }> {
  const marker = commentMarker(createNonce());
  return createOnce(
    async () =>
      (
        await client.rest.issues.createComment({
          ...repo,
          issue_number: issueNumber,
          body: `${body}\n\n${marker}`,
          ...NO_RETRY,
        })
      ).data,
    async () => {
      // The newest comments of the repository: one the failed call stored is among them.
      const { data } = await client.rest.issues.listCommentsForRepo({
        ...repo,
        sort: "created",
        direction: "desc",
        per_page: 50,
      });
      return data.find((c) => c.body?.includes(marker)) ?? null;
    },
    pause,
  );
}
