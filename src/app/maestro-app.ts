import { randomUUID } from "node:crypto";
import type { ApplicationFunction, Probot } from "probot";
import type { RunLog } from "../github/github-run-deps.js";
import { RunRegistry } from "../github/run-registry.js";
import { appRunDeps, type AppShared, type MaestroAppOptions } from "./app-run-deps.js";
import { BackgroundRuns } from "./background-runs.js";
import { SeenDeliveries } from "./seen-deliveries.js";
import { onIssueComment, onRequestedAction, type WebhookHandling } from "./webhook-handlers.js";

export type { MaestroAppOptions } from "./app-run-deps.js";

/** The App and the runs it started in the background. */
export interface MaestroApp {
  appFn: ApplicationFunction;
  background: BackgroundRuns;
  registry: RunRegistry;
}

/**
 * The Probot App: `/maestro` commands in new PR comments and the check run's buttons. Webhooks are
 * answered at once; the work runs in the background (GitHub gives a webhook 10 s and does not retry).
 */
export function createMaestroApp(options: MaestroAppOptions): MaestroApp {
  const shared: AppShared = { registry: new RunRegistry(), instanceId: randomUUID(), log: console };
  const background = new BackgroundRuns((error) => shared.log.error(`maestro run crashed: ${String(error)}`));
  const handling: WebhookHandling = {
    background,
    deliveries: new SeenDeliveries(),
    depsFor: (context) => appRunDeps(options, shared, context),
  };
  const appFn = (app: Probot): void => {
    shared.log = probotLog(app);
    app.on("issue_comment.created", (context) => onIssueComment(handling, context));
    app.on("check_run.requested_action", (context) => onRequestedAction(handling, context));
  };
  return { appFn, background, registry: shared.registry };
}

function probotLog(app: Probot): RunLog {
  return {
    info: (m) => app.log.info(m),
    warn: (m) => app.log.warn(m),
    error: (m) => app.log.error(m),
  };
}
