import { describe, expect, it } from "vitest";
import {
  agentEnvironment,
  isSecretEnvName,
  SECRET_ENV_NAMES,
} from "../../../src/adapters/agents/agent-environment.js";

describe("agentEnvironment", () => {
  it("removes every listed secret and GitHub-looking tokens, keeps the rest, adds maestro's variables", () => {
    const base: Record<string, string> = {
      PATH: "/bin",
      HOME: "/home/me",
      OPENAI_API_KEY: "needed-by-codex",
    };
    for (const name of SECRET_ENV_NAMES) base[name] = "secret";
    base.GITHUB_PAT_TOKEN = "secret";
    base.gh_token = "secret";
    const env = agentEnvironment(base, { MAESTRO_TASK_ID: "T001" });
    expect(Object.values(env)).not.toContain("secret");
    expect(env).toEqual({
      PATH: "/bin",
      HOME: "/home/me",
      OPENAI_API_KEY: "needed-by-codex",
      MAESTRO_TASK_ID: "T001",
    });
  });

  it("does not treat ordinary GitHub variables as secrets", () => {
    expect(isSecretEnvName("GITHUB_REPOSITORY")).toBe(false);
    expect(isSecretEnvName("GITHUB_TOKEN")).toBe(true);
  });
});
