import { CONFIG_PATH, readRepositoryConfig } from "../adapters/github/read-repository-config.js";
import type { MaestroConfig } from "../core/config/maestro-config.js";
import type { AgentChoice } from "../runner/implement-options.js";
import { resolveAgent } from "./agent-policy.js";
import type { RunContext } from "./run-context.js";

const DEFAULT_TASK_TIMEOUT_MS = 30 * 60_000;

/** How a run runs: the repository's config under whoever runs maestro (the Action's inputs win). */
export interface RunSettings {
  config: MaestroConfig;
  agent: AgentChoice;
  verify: string[] | null;
  setup: string[] | null;
  taskTimeoutMs: number;
}

/**
 * Reads `.github/maestro.yml` from the default branch and settles the agent and commands. Throws
 * ConfigError for a bad file or an agent the runner's policy does not allow.
 */
export async function resolveRunSettings(run: RunContext): Promise<RunSettings> {
  const { deps, repo } = run;
  const config = await readRepositoryConfig(deps.client, run.ref, repo.defaultBranch);
  const agent = resolveAgent(deps.agents, config, CONFIG_PATH);
  return {
    config,
    agent,
    verify: deps.overrides.verify ?? config.verify,
    setup: deps.overrides.setup ?? config.setup,
    taskTimeoutMs: deps.overrides.taskTimeoutMs ?? config.taskTimeoutMs ?? DEFAULT_TASK_TIMEOUT_MS,
  };
}
