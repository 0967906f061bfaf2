import { ProbotOctokit } from "probot";

/** How many times a rate-limited request is retried after waiting `retry-after`. */
const RATE_LIMIT_RETRIES = 3;

interface LimitedRequest {
  method: string;
  url: string;
}

/**
 * Probot's Octokit with rate limits honoured: Probot's own handler for a secondary rate limit only logs
 * a warning and gives up, so a check-run or comment write hit by one was lost. Here every rate-limited
 * request waits `retry-after` (as the throttling plugin computes it) and is retried, up to 3 times.
 * `overrides` lets tests shorten the waits (retryAfterBaseValue) and switch off the write spacing.
 */
export function appOctokit(overrides: { throttle?: object; retry?: object } = {}): typeof ProbotOctokit {
  const retryWithin =
    (kind: string) =>
    (
      retryAfter: number,
      request: LimitedRequest,
      octokit: { log: { warn(message: string): void } },
      retryCount: number,
    ): boolean => {
      octokit.log.warn(`${kind} on ${request.method} ${request.url}; retrying in ${retryAfter} s`);
      return retryCount < RATE_LIMIT_RETRIES;
    };
  return ProbotOctokit.defaults((options: Record<string, unknown>) => ({
    ...options,
    throttle: {
      ...(options.throttle as object | undefined),
      onRateLimit: retryWithin("rate limit"),
      onSecondaryRateLimit: retryWithin("secondary rate limit"),
      ...overrides.throttle,
    },
    ...(overrides.retry ? { retry: overrides.retry } : {}),
  }));
}
