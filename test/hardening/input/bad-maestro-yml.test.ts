import { existsSync } from "node:fs";
import nock from "nock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/core/config/config-error.js";
import { parseMaestroConfig } from "../../../src/core/config/maestro-config.js";
import { defaultRunner } from "../../../src/github/default-runner.js";
import { makeRemote, type RemoteFixture } from "../../support/git-fixture.js";
import { blockNetwork } from "../../support/github-api.js";
import { commentPayload, markingAgent, refsOf, startApp } from "../github/app-harness.js";
import { FakeGitHub } from "../github/fake-github.js";

// A bad `.github/maestro.yml` is a ConfigError naming the file, the key and the line where there is one;
// bombs are refused before they expand; and in the App a bad config stops the run before any agent.

/** Nine levels of nine aliases each: 9^9 (387 million) strings once expanded. */
function billionLaughs(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) {
    const prev = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(",")}]`);
  }
  return `${lines.join("\n")}\n`;
}

const cases: Array<{ name: string; yaml: string; message: string }> = [
  {
    name: "unknown key",
    yaml: "agent: claude\ntask_timeout: 5m\n",
    message: ".github/maestro.yml:2: `task_timeout`: unknown key",
  },
  {
    name: "__proto__ key",
    yaml: "__proto__:\n  agent: codex\n",
    message: ".github/maestro.yml:1: `__proto__`: unknown key",
  },
  {
    name: "agent of the wrong type",
    yaml: "agent: 5\n",
    message: ".github/maestro.yml:1: `agent`: Invalid option",
  },
  {
    name: "agent not a preset",
    yaml: "agent: rm -rf /\n",
    message: ".github/maestro.yml:1: `agent`: Invalid option",
  },
  {
    name: "verify as a mapping",
    yaml: "verify:\n  run: npm test\n",
    message: ".github/maestro.yml:1: `verify`: must be a command",
  },
  { name: "verify with an empty word", yaml: "verify: [npm, '']\n", message: "`verify.1`: Too small" },
  {
    name: "verify through a shell",
    yaml: "verify: npm test && rm -rf /\n",
    message: '`verify`: shell operator "&&" is not supported',
  },
  {
    name: "tasks as a list",
    yaml: "tasks: [a.md, b.md]\n",
    message: ".github/maestro.yml:1: `tasks`: Invalid input: expected string",
  },
  {
    name: "tasks leaving the repository",
    yaml: "tasks: ../../etc/passwd\n",
    message: "`tasks`: must be a plain repository path",
  },
  {
    name: "timeout in words",
    yaml: "task-timeout: forever\n",
    message: "`task-timeout`: `forever` is not a duration",
  },
  { name: "timeout negative", yaml: "task-timeout: -5\n", message: "`task-timeout`: Too small" },
  { name: "timeout infinite", yaml: "task-timeout: .inf\n", message: "`task-timeout`: must be a duration" },
  {
    name: "timeout too long",
    yaml: "task-timeout: 48h\n",
    message: "`task-timeout`: must be between 1 second and 24 hours",
  },
  {
    name: "a list, not a mapping",
    yaml: "- agent\n- claude\n",
    message: ".github/maestro.yml: must be a mapping",
  },
  {
    name: "duplicate key",
    yaml: "agent: claude\nagent: codex\n",
    message: ".github/maestro.yml:2: invalid YAML: Map keys must be unique",
  },
  {
    name: "two documents",
    yaml: "agent: claude\n---\nagent: codex\n",
    message: "invalid YAML: Source contains multiple documents",
  },
  { name: "broken YAML", yaml: "agent: [claude\n", message: "invalid YAML" },
  {
    name: "billion laughs",
    yaml: billionLaughs(),
    message: ".github/maestro.yml:2: YAML aliases (`*name`) are not allowed",
  },
  {
    name: "merge key bomb",
    yaml: "base: &b {agent: claude}\n<<: *b\n",
    message: "YAML aliases (`*name`) are not allowed",
  },
  {
    name: "alias of a scalar",
    yaml: "tasks: &t specs/a/tasks.md\nverify: *t\n",
    message: ".github/maestro.yml:2: YAML aliases",
  },
  {
    name: "deep nesting",
    yaml: `verify: ${"[".repeat(5000)}${"]".repeat(5000)}\n`,
    message: "is nested too deeply",
  },
  {
    name: "65 KiB of comments",
    yaml: `# ${"x".repeat(65 * 1024)}\nagent: claude\n`,
    message: "is larger than 64 KiB",
  },
  {
    name: "64 KiB of characters, 80 KB of bytes",
    yaml: `# ${"é".repeat(40_000)}\n`,
    message: "is larger than 64 KiB",
  },
];

describe("parseMaestroConfig refuses bad configs with file, key and line", () => {
  it.each(cases)("$name", ({ yaml, message }) => {
    let error: unknown = null;
    try {
      parseMaestroConfig(yaml);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(message);
  });
});

describe("a bad config in the App flow", () => {
  let remote: RemoteFixture;
  let agent: { command: string[]; mark: string };
  beforeAll(() => {
    remote = makeRemote();
    agent = markingAgent(remote.root);
  });
  afterAll(() => nock.cleanAll());

  for (const [name, yaml, says] of [
    ["billion laughs", billionLaughs(), "YAML aliases (`*name`) are not allowed"],
    ["a 2 MB file GitHub sends without content", `# ${"x".repeat(2 * 1024 * 1024)}\n`, "larger than 64 KiB"],
    ["an unknown key", "agent: claude\nmodel: opus\n", "`model`: unknown key"],
  ] as const) {
    it(`${name}: configuration error on the check run, no agent, nothing pushed`, async () => {
      const network = blockNetwork();
      const refs = refsOf(remote.bare);
      const gh = new FakeGitHub(remote.bare).pull(7, "feature");
      gh.config = yaml;
      const harness = await startApp({
        remote,
        runner: defaultRunner,
        agents: { command: agent.command, defaultPreset: "claude", allowedPresets: ["claude"] },
      });
      await harness.deliver(commentPayload(remote, { body: "/maestro implement" }));
      const [run, ...more] = gh.maestroRuns();
      expect(more).toEqual([]);
      expect(run?.conclusion).toBe("failure");
      expect(run?.output?.title).toBe("Configuration error");
      expect(run?.output?.summary).toContain(".github/maestro.yml");
      expect(run?.output?.summary).toContain(says);
      expect(gh.comments.at(-1)?.body).toContain(says);
      expect(existsSync(agent.mark)).toBe(false);
      expect(refsOf(remote.bare)).toBe(refs);
      expect(network.unmatched).toEqual([]);
      nock.cleanAll();
    });
  }
});
