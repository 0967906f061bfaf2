import type { GitHubClient, RepoRef } from "./github-client.js";

/** Paths the pull request changes (GitHub lists at most 3,000). */
export async function listPullRequestFiles(
  client: GitHubClient,
  repo: RepoRef,
  pullNumber: number,
): Promise<string[]> {
  const files: string[] = [];
  for (let page = 1; page <= 30; page++) {
    const { data } = await client.rest.pulls.listFiles({
      ...repo,
      pull_number: pullNumber,
      per_page: 100,
      page,
    });
    files.push(...data.map((f) => f.filename));
    if (data.length < 100) break;
  }
  return files;
}
