import { isPlainRepositoryPath } from "../core/command/plain-repository-path.js";
import { ConfigError } from "../core/config/config-error.js";
import { AGENT_PRESETS } from "../core/config/maestro-config.js";
import { parseDuration, toArgv } from "../core/config/maestro-config.js";
import { agentPolicyFromSettings, type AgentPolicy } from "../github/agent-policy.js";
import type { RunOverrides } from "../github/github-run-deps.js";

/** The Action's inputs, validated once. */
export interface ActionInputs {
  token: string;
  agents: AgentPolicy;
  overrides: RunOverrides;
  command: "implement" | "plan";
}

/** Reads one input by its action.yml name. */
export type InputReader = (name: string) => string;

/**
 * Validates the inputs of action.yml. `github-token` is required; `agent` fixes the preset (else the
 * repository's `agent:` may pick any preset); `agent-command` overrides both. Throws ConfigError naming the input.
 */
export function readActionInputs(input: InputReader): ActionInputs {
  const token = input("github-token");
  if (!token) throw new ConfigError("action inputs", "github-token", "Input required and not supplied");
  const agent = input("agent").trim();
  const agents = agentPolicyFromSettings(
    { preset: agent, command: input("agent-command"), allowed: agent ? agent : AGENT_PRESETS.join(",") },
    { preset: "input agent", command: "input agent-command", allowed: "input agent" },
  );
  const overrides: RunOverrides = {};
  const tasks = input("tasks").trim();
  if (tasks) {
    if (!isPlainRepositoryPath(tasks)) {
      throw new ConfigError("action inputs", "tasks", "must be a plain repository path");
    }
    overrides.tasks = tasks;
  }
  const verify = input("verify").trim();
  if (verify) overrides.verify = toArgv("action inputs", "verify", verify);
  const setup = input("setup").trim();
  if (setup) overrides.setup = toArgv("action inputs", "setup", setup);
  const timeout = input("task-timeout").trim();
  if (timeout) overrides.taskTimeoutMs = parseDuration("action inputs", "task-timeout", timeout);
  const command = input("command").trim() || "implement";
  if (command !== "implement" && command !== "plan") {
    throw new ConfigError("action inputs", "command", "must be `implement` or `plan`");
  }
  return { token, agents, overrides, command };
}
