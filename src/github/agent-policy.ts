import { ConfigError } from "../core/config/config-error.js";
import { AGENT_PRESETS, type AgentPreset, type MaestroConfig } from "../core/config/maestro-config.js";
import { splitCommandLine } from "../core/config/split-command-line.js";
import type { AgentChoice } from "../runner/implement-options.js";

/** What whoever runs maestro allows (App: environment; Action: inputs). Repositories choose within it. */
export interface AgentPolicy {
  /** A fixed agent command: when set, it is always used and a repository's `agent:` is ignored. */
  command: string[] | null;
  /** The preset used when the repository names none. */
  defaultPreset: AgentPreset;
  /** Presets a repository may pick with `agent:`. */
  allowedPresets: readonly AgentPreset[];
}

/** Chooses the agent for a run. Throws ConfigError when the repository asks for a preset not allowed here. */
export function resolveAgent(policy: AgentPolicy, config: MaestroConfig, file: string): AgentChoice {
  if (policy.command !== null) return { command: policy.command };
  const preset = config.agent ?? policy.defaultPreset;
  if (config.agent !== null && !policy.allowedPresets.includes(config.agent)) {
    throw new ConfigError(
      file,
      "agent",
      `\`${config.agent}\` is not allowed here (allowed: ${policy.allowedPresets.join(", ")})`,
    );
  }
  return { preset };
}

/**
 * Reads an agent policy from settings given as text (environment variables or Action inputs):
 * a preset name, an optional command (plain words or a JSON array of strings) and a comma-separated
 * list of allowed presets. Throws ConfigError naming the setting.
 */
export function agentPolicyFromSettings(
  settings: { preset: string; command: string; allowed: string },
  names: { preset: string; command: string; allowed: string },
): AgentPolicy {
  const asPreset = (value: string, name: string): AgentPreset => {
    if ((AGENT_PRESETS as readonly string[]).includes(value)) return value as AgentPreset;
    throw new ConfigError(name, null, `\`${value}\` is not an agent preset (${AGENT_PRESETS.join(", ")})`);
  };
  const defaultPreset = asPreset(settings.preset.trim() || "claude", names.preset);
  const allowed = settings.allowed.trim()
    ? settings.allowed.split(",").map((p) => asPreset(p.trim(), names.allowed))
    : [defaultPreset];
  let command: string[] | null = null;
  const text = settings.command.trim();
  if (text.startsWith("[")) {
    const value: unknown = JSON.parse(text);
    if (
      !Array.isArray(value) ||
      value.length === 0 ||
      !value.every((w) => typeof w === "string" && w !== "")
    ) {
      throw new ConfigError(names.command, null, "must be a JSON array of non-empty strings");
    }
    command = value as string[];
  } else if (text) {
    const parsed = splitCommandLine(text);
    if ("problem" in parsed) throw new ConfigError(names.command, null, parsed.problem);
    command = parsed.argv;
  }
  return { command, defaultPreset, allowedPresets: allowed };
}
