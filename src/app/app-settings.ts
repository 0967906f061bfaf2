import { tmpdir } from "node:os";
import { join } from "node:path";
import { agentPolicyFromSettings, type AgentPolicy } from "../github/agent-policy.js";

/** The App's own settings, read from its environment at start. */
export interface AppSettings {
  workRoot: string;
  agents: AgentPolicy;
  identity: { name: string; email: string };
}

/** Why the App must not start with this webhook secret, or null when it is fine. */
export function webhookSecretProblem(secret: string | undefined): string | null {
  if (secret === undefined || secret.trim() === "") {
    return "WEBHOOK_SECRET is not set: maestro refuses to accept unsigned webhooks. Set it to the secret of your GitHub App.";
  }
  if (secret === "development") {
    return 'WEBHOOK_SECRET is Probot\'s default "development": set it to the real secret of your GitHub App.';
  }
  return null;
}

/**
 * Reads MAESTRO_WORK_ROOT, MAESTRO_AGENT, MAESTRO_AGENT_COMMAND, MAESTRO_ALLOWED_AGENTS and
 * MAESTRO_GIT_NAME / MAESTRO_GIT_EMAIL. Throws ConfigError naming the variable.
 */
export function appSettingsFromEnv(env: Record<string, string | undefined>): AppSettings {
  return {
    workRoot: env.MAESTRO_WORK_ROOT || join(tmpdir(), "maestro-app"),
    agents: agentPolicyFromSettings(
      {
        preset: env.MAESTRO_AGENT ?? "",
        command: env.MAESTRO_AGENT_COMMAND ?? "",
        allowed: env.MAESTRO_ALLOWED_AGENTS ?? "",
      },
      { preset: "MAESTRO_AGENT", command: "MAESTRO_AGENT_COMMAND", allowed: "MAESTRO_ALLOWED_AGENTS" },
    ),
    identity: {
      name: env.MAESTRO_GIT_NAME || "maestro[bot]",
      email: env.MAESTRO_GIT_EMAIL || "maestro[bot]@users.noreply.github.com",
    },
  };
}
