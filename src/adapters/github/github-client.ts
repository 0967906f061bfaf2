import type { Octokit } from "@octokit/core";
import type { Api } from "@octokit/plugin-rest-endpoint-methods";

/**
 * What maestro needs of an Octokit: the REST methods. Probot's `context.octokit` and @actions/github's
 * `getOctokit()` both satisfy it, each with the retry and throttling plugins applied.
 */
export type GitHubClient = Pick<Octokit, "request"> & Api;

/** Repository coordinates for REST calls. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/** The HTTP status of an Octokit RequestError, or null for anything else. */
export function httpStatusOf(error: unknown): number | null {
  if (error !== null && typeof error === "object" && "status" in error && typeof error.status === "number") {
    return error.status;
  }
  return null;
}
