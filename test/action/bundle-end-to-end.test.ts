import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FakeGitHub } from "../hardening/github/fake-github.js";
import { startStandInApi, type StandInApi } from "../hardening/github/stand-in-api-server.js";
import { writeFailingAgent } from "../support/failing-agent.js";
import { git, makeRemote, type RemoteFixture } from "../support/git-fixture.js";
import { workflowDispatchEvent } from "../support/webhook-examples.js";

// The committed bundle (dist/index.js) as a workflow runs it: `node dist/index.js` in a child process,
// its inputs and event given as the runner gives them (INPUT_*, GITHUB_EVENT_PATH with GitHub's
// workflow_dispatch example), GITHUB_API_URL pointing at a stand-in API over real HTTP (every request
// checked against GitHub's OpenAPI description) and a real bare git remote. One task succeeds, the other's
// agent exits 1: its work must be pushed to `maestro/<run-id>/<task-id>` and the check run must link to
// it and show the end of its log.

const root = join(import.meta.dirname, "..", "..");
const TASKS = [
  "# Tasks: demo",
  "",
  "- [ ] T001 [P] Create the model in `src/model.ts`",
  "- [ ] T002 [P] Add the view in `src/view.ts`",
  "",
].join("\n");

let remote: RemoteFixture;
let api: StandInApi | null = null;
let dir = "";

afterEach(async () => {
  await api?.close();
  api = null;
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (remote) rmSync(remote.root, { recursive: true, force: true });
});

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/index.js` asynchronously (the stand-in API answers from this process meanwhile). */
function runBundle(env: Record<string, string>): Promise<Exit> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(root, "dist", "index.js")],
      { cwd: dir, env, encoding: "utf8", timeout: 25_000, killSignal: "SIGKILL", maxBuffer: 16 << 20 },
      (error, stdout, stderr) => {
        const failed = error as (Error & { code?: number | string; signal?: NodeJS.Signals }) | null;
        resolve({
          code: failed ? (typeof failed.code === "number" ? failed.code : null) : 0,
          signal: failed?.signal ?? null,
          stdout,
          stderr,
        });
      },
    );
  });
}

/** Outputs written by @actions/core to $GITHUB_OUTPUT (heredoc format). */
function outputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of readFileSync(file, "utf8").matchAll(/^(\S+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) {
    out[m[1] as string] = m[3] as string;
  }
  return out;
}

describe.each([
  ["GitHub Enterprise Server (/api/v3)", "/api/v3"],
  ["github.com (API at the root)", ""],
])("the bundled Action, run as a workflow runs it, %s", (_layout, prefix) => {
  it("merges the task that succeeds, pushes the failed task's branch and shows it and its log in the check run", async () => {
    remote = makeRemote({ "specs/001-demo/tasks.md": TASKS });
    const gh = new FakeGitHub(remote.bare, "acme/demo", false).pull(7, "feature");
    api = await startStandInApi(gh, prefix);
    dir = mkdtempSync(join(tmpdir(), "maestro-bundle-"));
    const files = {
      event: join(dir, "event.json"),
      output: join(dir, "output"),
      summary: join(dir, "summary.md"),
      temp: join(dir, "runner-temp"),
    };
    writeFileSync(files.event, JSON.stringify(workflowDispatchEvent({ cloneUrl: remote.bare }, "feature")));
    writeFileSync(files.output, "");
    writeFileSync(files.summary, "");

    const exit = await runBundle({
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? dir,
      GITHUB_ACTIONS: "true",
      GITHUB_EVENT_NAME: "workflow_dispatch",
      GITHUB_EVENT_PATH: files.event,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_API_URL: api.baseUrl,
      GITHUB_REPOSITORY: "acme/demo",
      GITHUB_REF: "refs/heads/feature",
      GITHUB_SHA: remote.sha,
      RUNNER_TEMP: files.temp,
      GITHUB_TOKEN: "ghs_workflow_token",
      "INPUT_GITHUB-TOKEN": "ghs_workflow_token",
      "INPUT_AGENT-COMMAND": writeFailingAgent(dir, { task: "T002" }),
      INPUT_COMMAND: "implement",
      "INPUT_TASK-TIMEOUT": "1m",
    });
    const printed = `${exit.stdout}\n${exit.stderr}`;

    // A run with a failed task fails the step, as action.yml documents, with its outputs set.
    expect(exit.signal, printed).toBeNull();
    expect(exit.code, printed).toBe(1);
    expect(exit.stdout).toContain("::error::maestro: ");
    expect(outputs(files.output)).toEqual({
      status: "failure",
      done: "1",
      failed: "1",
      cancelled: "0",
      skipped: "0",
      waves: "1",
    });

    // T001's work was merged and pushed to the PR branch, its box ticked; T002's was not.
    expect(remote.show("feature", "done-T001.txt")).toBe("T001");
    expect(remote.show("feature", "specs/001-demo/tasks.md")).toMatch(/- \[X\] T001[\s\S]*- \[ \] T002/);
    expect(git(remote.bare, "ls-tree", "--name-only", "feature").split("\n")).not.toContain("view-draft.txt");

    // T002's work is kept on the remote under maestro/<run-id>/T002.
    const [kept, ...others] = git(remote.bare, "branch", "--list", "maestro/*/T002")
      .split("\n")
      .map((b) => b.trim())
      .filter(Boolean);
    expect(others).toEqual([]);
    expect(kept).toMatch(/^maestro\/[0-9a-z-]+\/T002$/);
    expect(remote.show(kept ?? "", "view-draft.txt")).toBe("draft");

    // The check run was concluded with a link to that branch and the end of T002's log.
    const [run, ...more] = gh.maestroRuns();
    expect(more).toEqual([]);
    expect(run).toMatchObject({ status: "completed", conclusion: "failure", head_sha: remote.sha });
    expect(run?.output?.summary).toContain(
      `[\`${kept}\`](https://github.com/acme/demo/compare/feature...${kept})`,
    );
    expect(run?.output?.text).toContain("error: src/view.ts does not compile");
    expect(JSON.stringify(run?.writes.at(-1))).not.toContain(files.temp);
    expect(readFileSync(files.summary, "utf8")).toContain("error: src/view.ts does not compile");

    // Every request was one GitHub's description allows, under the API's URL, and the stand-in knew it.
    expect(gh.requests.length).toBeGreaterThan(0);
    expect(api.refused).toEqual([]);
    expect(api.outsidePrefix).toEqual([]);
    expect(gh.unhandled).toEqual([]);
  }, 30_000);
});
