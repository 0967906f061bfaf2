import { getOctokit } from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import type { GitHubClient } from "./github-client.js";

/** Options for the Action's Octokit; tests shorten the waits. */
export interface ActionOctokitOptions {
  baseUrl?: string;
  /** Passed to Octokit so nock (and proxies) see every request. */
  fetch?: typeof fetch;
  /** Milliseconds per retry-after unit (1000 in production). */
  retryAfterBaseValue?: number;
  /** How many times a rate-limited request is retried after waiting `retry-after`. */
  rateLimitRetries?: number;
  log?: { warn(message: string): void };
  /** Tests switch the throttling off: its write limiter spaces POSTs a second apart. */
  throttle?: boolean;
}

/**
 * An Octokit for the Action: @actions/github has no throttling, so the retry plugin (5xx, with backoff)
 * and the throttling plugin (primary and secondary rate limits, honouring `retry-after`) are added here.
 */
export function createActionOctokit(token: string, options: ActionOctokitOptions = {}): GitHubClient {
  const retries = options.rateLimitRetries ?? 2;
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number,
    ): boolean => {
      options.log?.warn(`${kind} hit on ${request.method} ${request.url}; retrying in ${retryAfter} s`);
      return retryCount < retries;
    };
  return getOctokit(
    token,
    {
      ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }),
      request: options.fetch === undefined ? {} : { fetch: options.fetch },
      retry: { retryAfterBaseValue: options.retryAfterBaseValue ?? 1000 },
      throttle: {
        enabled: options.throttle ?? true,
        onRateLimit: onLimit("rate limit"),
        onSecondaryRateLimit: onLimit("secondary rate limit"),
        retryAfterBaseValue: options.retryAfterBaseValue ?? 1000,
      },
    },
    retry,
    throttling,
  );
}
