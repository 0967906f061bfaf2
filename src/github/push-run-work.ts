import type { PullRequestCheckout } from "../adapters/github/pull-request-checkout.js";
import type { EngineResult } from "./run-engine.js";
import type { RunResult } from "./run-result.js";
import { stopConclusion } from "./run-stopped.js";

/**
 * Pushes whatever the engine merged, cancelled runs included (never over someone else's commits), unless a
 * wave's push already stopped the run. The run concludes as the engine says, or as the push stopped it.
 */
export async function pushRunWork(checkout: PullRequestCheckout, engine: EngineResult): Promise<RunResult> {
  let pushError = engine.pushError;
  if (pushError === null) await checkout.push().catch((error: unknown) => (pushError = error));
  return {
    conclusion: pushError === null ? engine.summary.status : stopConclusion(pushError),
    summary: engine.summary,
    cancelled: engine.cancelled,
    pushError,
  };
}
