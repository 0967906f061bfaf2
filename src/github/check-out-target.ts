import { PullRequestCheckout } from "../adapters/github/pull-request-checkout.js";
import type { RunContext } from "./run-context.js";

/** Clones the repository into the run folder with the target branch checked out at the pinned commit. */
export async function checkOutTarget(run: RunContext): Promise<PullRequestCheckout> {
  const { deps, repo, target } = run;
  return PullRequestCheckout.clone({
    cloneUrl: repo.cloneUrl,
    branch: target.branch,
    sha: target.sha,
    dir: run.dirs.clone,
    token: deps.gitToken,
    identity: deps.identity,
    env: deps.gitEnv,
  });
}
