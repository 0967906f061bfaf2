import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { readActionInputs } from "../../../src/action/action-inputs.js";
import { parseCommentCommand } from "../../../src/core/command/parse-comment-command.js";
import { parseMaestroConfig } from "../../../src/core/config/maestro-config.js";
import { defaultRunner } from "../../../src/github/default-runner.js";
import { fakeRunner } from "../../support/fake-runner.js";
import { git, makeRemote, type RemoteFixture } from "../../support/git-fixture.js";
import { blockNetwork } from "../../support/github-api.js";
import { commentPayload, startApp } from "../github/app-harness.js";
import { FakeGitHub } from "../github/fake-github.js";
import { runCli } from "../../support/run-cli.js";

// Shell and argument injection: task text, comment text, branch names, config values and paths carry
// payloads that would create the canary file if any of them ever reached a shell or became an option
// of git. The canary must never appear.

const CANARY_NAME = `maestro-canary-${randomBytes(6).toString("hex")}`;
const CANARY = join(tmpdir(), CANARY_NAME);
const root = join(import.meta.dirname, "..", "..", "..");
// `--import tsx` resolves from the working directory, which is a temp folder here.
const TSX = pathToFileURL(join(root, "node_modules", "tsx", "dist", "esm", "index.mjs")).href;

/** Every way a string could turn into a command or an option, all aimed at the canary. */
function payloads(canary: string): string[] {
  return [
    `$(touch ${canary})`,
    `\`touch ${canary}\``,
    `; touch ${canary}`,
    `&& touch ${canary}`,
    `| touch ${canary}`,
    `$(touch\${IFS}${canary})`,
    `--upload-pack=touch ${canary}`,
    `--upload-pack=touch\${IFS}${canary}`,
    `-rf`,
    `'; touch ${canary}; '`,
    `"; touch ${canary}; "`,
  ];
}

const EVIL = payloads(CANARY);
const EVIL_TASKS = [
  `# Tasks: ${EVIL[0]}`,
  "",
  `## Phase 1: Setup ${EVIL[1]}`,
  "",
  `- [ ] T001 Create \`src/$(touch ${CANARY_NAME}).ts\` and \`src/--upload-pack=touch.ts\` ${EVIL[2]}`,
  `- [ ] T002 [P] ${EVIL[1]} in \`src/a.ts\` ${EVIL[3]} ${EVIL[4]}`,
  `  - **Depends**: T001 ${EVIL[5]}`,
  `- [ ] T003 ${EVIL[8]} ${EVIL[7]} ${EVIL[9]} ${EVIL[10]}`,
  `- [ ] T004 Wire \`src/-rf.ts\` into \`src/main.ts\` (after T003) ${EVIL[6]}`,
  "",
].join("\n");

afterEach(() => {
  expect(existsSync(CANARY), `canary ${CANARY} appeared`).toBe(false);
});
afterAll(() => rmSync(CANARY, { force: true }));

describe("maestro plan never runs task text", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "maestro-inject-"));
    mkdirSync(join(dir, "src"));
    writeFileSync(join(dir, "tasks.md"), EVIL_TASKS);
    // Files named by the tasks exist, so `--repo` reads them for imports.
    writeFileSync(join(dir, "src", `$(touch ${CANARY_NAME}).ts`), `import "./a.js";\n`);
    writeFileSync(join(dir, "src", "a.ts"), `import x from "./$(touch ${CANARY_NAME})";\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("in every output format and with --repo (in-process)", async () => {
    for (const extra of [
      [],
      ["--json"],
      ["--format", "markdown"],
      ["--format", "mermaid"],
      ["--repo", "."],
    ]) {
      const { code, out } = await runCli(["plan", "tasks.md", ...extra], dir);
      expect(code).toBe(0);
      expect(out).toContain("T004");
    }
  });

  it("as a real process whose arguments carry payloads too", () => {
    const result = spawnSync(
      process.execPath,
      ["--import", TSX, join(root, "test/support/cli-entry.ts"), "plan", "tasks.md", "--repo", "."],
      { cwd: dir, encoding: "utf8", timeout: 30_000, env: { ...process.env, EVIL: EVIL[0] } },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`$(touch ${CANARY_NAME})`);
    // A payload as the path argument is a file name, nothing more.
    const asPath = spawnSync(
      process.execPath,
      ["--import", TSX, join(root, "test/support/cli-entry.ts"), "plan", `$(touch ${CANARY})`],
      { cwd: dir, encoding: "utf8", timeout: 30_000 },
    );
    expect(asPath.status).toBe(2);
    expect(asPath.stderr).toContain("no such file or directory");
  });
});

describe("the comment parser keeps payloads out of paths and IDs", () => {
  it("answers help for every payload as a path, an option or a task ID", () => {
    for (const evil of EVIL) {
      for (const body of [
        `/maestro implement ${evil}`,
        `/maestro plan ${evil}`,
        `/maestro implement --only ${evil}`,
        `/maestro implement --only=T001,${evil}`,
        `/maestro ${evil}`,
      ]) {
        const command = parseCommentCommand(body);
        expect(command?.kind, body).toBe("help");
        // What is echoed back sits inside a code span it cannot close, on one line.
        if (command?.kind === "help") {
          expect((command.problem ?? "").replace(/`[^`\n]*`/g, "")).not.toMatch(/[`\r\n]/);
        }
      }
    }
  });
});

describe("config and Action inputs refuse payloads", () => {
  it("a .github/maestro.yml whose commands or task list carry payloads", () => {
    for (const evil of EVIL) {
      expect(() => parseMaestroConfig(`tasks: ${JSON.stringify(evil)}\n`), evil).toThrow(/tasks/);
    }
    for (const verify of [
      `npm test; touch ${CANARY}`,
      `npm test && touch ${CANARY}`,
      `$(touch ${CANARY})`,
      `npm test | tee x`,
    ]) {
      expect(() => parseMaestroConfig(`verify: ${JSON.stringify(verify)}\n`), verify).toThrow(/verify/);
    }
  });

  it("the Action's tasks input", () => {
    for (const evil of EVIL) {
      const inputs: Record<string, string> = { "github-token": "t", tasks: evil };
      expect(() => readActionInputs((name) => inputs[name] ?? ""), evil).toThrow(/tasks/);
    }
  });
});

describe("the App flow never runs payloads", () => {
  let remote: RemoteFixture;
  let agent: string[];
  let network: { unmatched: string[] };

  beforeAll(() => {
    remote = makeRemote({ "specs/evil/tasks.md": EVIL_TASKS, "-rf.md": "- [ ] T001 Create `src/x.ts`\n" });
    const script = join(remote.root, "agent.sh");
    // A well-behaved agent: writes one file named by its task ID (never by task text).
    writeFileSync(script, `#!/bin/sh\nmkdir -p out && echo done > "out/$MAESTRO_TASK_ID.txt"\n`);
    chmodSync(script, 0o755);
    agent = [script];
  });
  afterEach(() => {
    expect(network.unmatched).toEqual([]);
    nock.cleanAll();
  });

  async function app(runner = defaultRunner, gh?: (g: FakeGitHub) => void) {
    network = blockNetwork();
    const fake = new FakeGitHub(remote.bare).pull(7, "feature");
    gh?.(fake);
    const harness = await startApp({
      remote,
      runner,
      agents: { command: agent, defaultPreset: "claude", allowedPresets: ["claude"] },
    });
    return { gh: fake, harness };
  }

  it("runs a task list full of payloads with the real engine and pushes it", async () => {
    const { gh, harness } = await app();
    await harness.deliver(commentPayload(remote, { body: "/maestro implement specs/evil/tasks.md" }));
    expect(gh.maestroRuns().map((r) => r.conclusion)).toEqual(["success"]);
    expect(remote.show("feature", "out/T004.txt")).toBe("done");
    expect(remote.show("feature", "specs/evil/tasks.md")).toMatch(/- \[[xX]\] T004/);
  });

  it("answers comments full of payloads with help, running nothing", async () => {
    const runner = fakeRunner();
    const { gh, harness } = await app(runner);
    for (const evil of EVIL) {
      await harness.deliver(commentPayload(remote, { body: `/maestro implement ${evil}` }));
      await harness.deliver(commentPayload(remote, { body: `/maestro implement --only T001,${evil}` }));
    }
    expect(runner.calls).toHaveLength(0);
    expect(gh.maestroRuns()).toEqual([]);
    expect(gh.comments).toHaveLength(EVIL.length * 2);
    for (const c of gh.comments) expect(c.body).toContain("I did not understand that");
  });

  it("a task list named like an option (-rf.md) in the config is refused before anything runs", async () => {
    const before = git(remote.bare, "rev-parse", "refs/heads/feature");
    const { gh, harness } = await app(defaultRunner, (g) => (g.config = "tasks: -rf.md\n"));
    await harness.deliver(commentPayload(remote, { body: "/maestro implement" }));
    const [run] = gh.maestroRuns();
    expect(run?.conclusion).toBe("failure");
    expect(run?.output?.title).toBe("Configuration error");
    expect(run?.output?.summary).toContain("`tasks`: must be a plain repository path");
    expect(git(remote.bare, "rev-parse", "refs/heads/feature")).toBe(before);
  });

  for (const name of [
    `$(touch\${IFS}${CANARY})`,
    `--upload-pack=touch\${IFS}${CANARY}`,
    `\`touch\${IFS}${CANARY}\``,
    "-rf",
  ]) {
    it(`a pull-request branch named ${name.replace(CANARY, "CANARY")}`, async () => {
      const branchesBefore = git(
        remote.bare,
        "for-each-ref",
        "--format=%(refname) %(objectname)",
        "refs/heads/",
      );
      git(remote.bare, "update-ref", `refs/heads/${name}`, remote.sha);
      const { gh, harness } = await app(defaultRunner, (g) => g.pull(7, name));
      await harness.deliver(commentPayload(remote, { body: "/maestro implement specs/evil/tasks.md" }));
      const [run, ...more] = gh.maestroRuns();
      expect(more).toEqual([]);
      expect(run?.status).toBe("completed");
      // Whatever maestro made of the branch, it moved no other branch and made none.
      const after = git(remote.bare, "for-each-ref", "--format=%(refname) %(objectname)", "refs/heads/");
      expect(after.split("\n").filter((l) => !l.startsWith(`refs/heads/${name} `))).toEqual(
        branchesBefore.split("\n"),
      );
      git(remote.bare, "update-ref", "-d", `refs/heads/${name}`);
    });
  }
});
