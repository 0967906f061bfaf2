import type { RepositoryFacts } from "./github-run-deps.js";

/** The repository as a webhook payload (App) or the workflow's event file (Action) describes it. */
export interface PayloadRepository {
  owner: { login: string };
  name: string;
  default_branch: string;
  clone_url: string;
  html_url?: string;
}

/** The repository as the flow needs it. The web address falls back to the clone URL without `.git`. */
export function repositoryFacts(repository: PayloadRepository): RepositoryFacts {
  const fromClone = /^https?:\/\/.+\.git$/.test(repository.clone_url)
    ? repository.clone_url.slice(0, -4)
    : null;
  return {
    owner: repository.owner.login,
    repo: repository.name,
    defaultBranch: repository.default_branch,
    cloneUrl: repository.clone_url,
    htmlUrl: repository.html_url ?? fromClone,
  };
}
