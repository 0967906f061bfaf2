import type { AgentPreset } from "../config/maestro-config.js";

/**
 * Which coding agent runs a task: a preset, or a command given as argv (never a shell string). Shared by
 * the agent adapter, the runner and every entry point, so it lives in the lowest layer that uses it.
 */
export type AgentChoice = { preset: AgentPreset } | { command: string[] };
