import { httpStatusOf, type GitHubClient, type RepoRef } from "./github-client.js";

/** Roles that may run maestro. */
const WRITERS = new Set(["admin", "maintain", "write"]);

/**
 * The user's role on the repository, from the permissions API (the source of truth; a comment's
 * `author_association` is not: private organisation members show up as CONTRIBUTOR). "none" when unknown.
 */
export async function readPermission(client: GitHubClient, repo: RepoRef, username: string): Promise<string> {
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ ...repo, username });
    // role_name knows maintain and triage; the legacy `permission` folds them into write and read.
    return data.role_name || data.permission || "none";
  } catch (error) {
    if (httpStatusOf(error) === 404) return "none";
    throw error;
  }
}

/** True for write, maintain and admin. */
export function canWrite(permission: string): boolean {
  return WRITERS.has(permission);
}
