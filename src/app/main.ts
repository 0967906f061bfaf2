import { run } from "probot";
import { defaultRunner } from "../github/default-runner.js";
import { appOctokit } from "./app-octokit.js";
import { appSettingsFromEnv, webhookSecretProblem } from "./app-settings.js";
import { createMaestroApp } from "./maestro-app.js";

// Entry of `npm start`: Probot reads APP_ID, PRIVATE_KEY(_PATH), WEBHOOK_SECRET, PORT, LOG_LEVEL,
// GHE_HOST and GHE_PROTOCOL itself; maestro reads its MAESTRO_* settings.
const problem = webhookSecretProblem(process.env.WEBHOOK_SECRET);
if (problem !== null) {
  process.stderr.write(`maestro: ${problem}\n`);
  process.exit(1);
}
try {
  const app = createMaestroApp({
    settings: appSettingsFromEnv(process.env),
    runner: defaultRunner,
    env: process.env,
  });
  // Probot's default Octokit gives up on secondary rate limits; maestro's waits and retries.
  await run(app.appFn, { Octokit: appOctokit() });
} catch (error) {
  process.stderr.write(`maestro: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
