import { describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/core/config/config-error.js";
import { parseMaestroConfig } from "../../../src/core/config/maestro-config.js";

function errorOf(text: string): ConfigError {
  try {
    parseMaestroConfig(text);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("parseMaestroConfig", () => {
  it("reads every key", () => {
    expect(
      parseMaestroConfig(
        "tasks: specs/001-a/tasks.md\nagent: codex\nverify: npm test\nsetup: [npm, ci, --no-audit]\ntask-timeout: 1h30m\n" +
          "clean-ignored: true\nkeep-failed-branches: false\n",
      ),
    ).toEqual({
      tasks: "specs/001-a/tasks.md",
      agent: "codex",
      verify: ["npm", "test"],
      setup: ["npm", "ci", "--no-audit"],
      taskTimeoutMs: 90 * 60_000,
      cleanIgnored: true,
      keepFailedBranches: false,
    });
    expect(() => parseMaestroConfig("keep-failed-branches: sometimes\n")).toThrow(
      "`keep-failed-branches`: must be true or false",
    );
    expect(parseMaestroConfig("task-timeout: 20\n").taskTimeoutMs).toBe(20 * 60_000);
    expect(parseMaestroConfig("task-timeout: 90s\n").taskTimeoutMs).toBe(90_000);
  });

  it("treats an empty file as no settings", () => {
    expect(parseMaestroConfig("# nothing\n")).toEqual({
      tasks: null,
      agent: null,
      verify: null,
      setup: null,
      taskTimeoutMs: null,
      cleanIgnored: null,
      keepFailedBranches: null,
    });
  });

  it("names an unknown key and its line", () => {
    const error = errorOf("tasks: a/tasks.md\nagnet: claude\n");
    expect(error.key).toBe("agnet");
    expect(error.line).toBe(2);
    expect(error.message).toBe(
      ".github/maestro.yml:2: `agnet`: unknown key (allowed: tasks, agent, verify, setup, task-timeout, clean-ignored, keep-failed-branches)",
    );
  });

  it("names a key with the wrong type", () => {
    expect(errorOf("agent: [claude]\n").key).toBe("agent");
    expect(errorOf("agent: gpt\n").key).toBe("agent");
    expect(errorOf("verify: 3\n").key).toBe("verify");
    expect(errorOf("task-timeout: soon\n").key).toBe("task-timeout");
    expect(errorOf("task-timeout: 0\n").key).toBe("task-timeout");
    expect(errorOf("tasks: ../../etc/passwd\n").key).toBe("tasks");
    expect(errorOf("clean-ignored: yes please\n").key).toBe("clean-ignored");
  });

  it("refuses shell syntax in a command string", () => {
    const error = errorOf("verify: npm test && rm -rf /\n");
    expect(error.key).toBe("verify");
    expect(error.problem).toBe('shell operator "&&" is not supported (no shell runs)');
  });

  it("refuses a top level that is not a mapping, and broken YAML", () => {
    expect(errorOf("- a\n- b\n").key).toBeNull();
    expect(errorOf("tasks: [unclosed\n").message).toContain("invalid YAML");
    expect(errorOf("tasks: a\ntasks: b\n").message).toContain("invalid YAML");
  });

  it("refuses aliases, so an expansion bomb is never expanded", () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
      "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
    ].join("\n");
    const error = errorOf(bomb);
    expect(error.problem).toContain("aliases");
    expect(error.line).toBe(2);
  });
});
