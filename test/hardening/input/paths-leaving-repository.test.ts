import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nock from "nock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confineTaskPaths } from "../../../src/adapters/fs/confine-task-paths.js";
import { scanImports } from "../../../src/adapters/fs/scan-imports.js";
import type { PlanJson } from "../../../src/core/model/plan-json.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";
import { buildPlan } from "../../../src/core/plan/build-plan.js";
import { fakeRunner } from "../../support/fake-runner.js";
import { git, makeRemote } from "../../support/git-fixture.js";
import { blockNetwork } from "../../support/github-api.js";
import { commentPayload, startApp } from "../github/app-harness.js";
import { FakeGitHub } from "../github/fake-github.js";
import { runCli } from "../../support/run-cli.js";

// Paths in tasks that leave the repository, by their spelling or through a symbolic link, are reported
// (file and line) and play no part in planning: no edge is made because two tasks name them.

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "maestro-paths-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function planJson(cwd: string, name: string, text: string, ...extra: string[]): Promise<PlanJson> {
  writeFileSync(join(cwd, name), text);
  const { code, out } = await runCli(["plan", name, "--json", ...extra], cwd);
  expect(code).toBe(0);
  return JSON.parse(out) as PlanJson;
}

describe("paths that leave the repository by their spelling", () => {
  const escapes = [
    "../../etc/passwd",
    "/etc/passwd",
    ".git/config",
    ".git/hooks/pre-commit",
    "src/../../outside.ts",
    "./../sibling/file.ts",
  ];

  for (const path of escapes) {
    it(`\`${path}\` is reported with its line and makes no edge`, async () => {
      const json = await planJson(
        dir,
        "tasks.md",
        `# Tasks\n\n- [ ] T001 [P] Edit \`${path}\`\n- [ ] T002 [P] Also edit \`${path}\` and \`src/ok.ts\`\n`,
      );
      expect(json.tasks.map((t) => t.files)).toEqual([[], ["src/ok.ts"]]);
      expect(json.edges).toEqual([]);
      expect(json.waves).toEqual([{ number: 1, tasks: ["T001", "T002"] }]);
      expect(json.warnings).toContainEqual(expect.stringMatching(new RegExp(`^tasks\\.md:3: T001 names "`)));
      expect(json.warnings).toContainEqual(expect.stringMatching(/^tasks\.md:4: T002 names "/));
    });
  }
});

describe("paths that leave the repository through a symbolic link", () => {
  let repo: string;
  let outside: string;
  const TASKS = [
    "- [ ] T001 [P] Edit `docs/passwd`",
    "- [ ] T002 [P] Edit `docs/passwd` too",
    "- [ ] T003 [P] Edit `hooks/pre-commit`",
    "- [ ] T004 [P] Edit `dangling/x.ts`",
    "- [ ] T005 [P] Edit `src/link.ts` and `src/ok.ts`",
    "",
  ].join("\n");

  beforeAll(() => {
    outside = join(dir, "outside");
    repo = join(dir, "repo");
    mkdirSync(outside);
    mkdirSync(join(repo, "src"), { recursive: true });
    git(repo, "init", "--quiet");
    writeFileSync(join(outside, "passwd"), "root:x:0:0\n");
    // Read through the link, this file would make src/link.ts import src/b.ts.
    writeFileSync(join(outside, "real.ts"), 'import { b } from "./b.js";\n');
    writeFileSync(join(repo, "src", "b.ts"), "export const b = 1;\n");
    writeFileSync(join(repo, "src", "ok.ts"), "export const ok = 1;\n");
    symlinkSync(outside, join(repo, "docs"));
    symlinkSync(join(repo, ".git", "hooks"), join(repo, "hooks"));
    symlinkSync(join(dir, "not-there-yet"), join(repo, "dangling"));
    symlinkSync(join(outside, "real.ts"), join(repo, "src", "link.ts"));
  });

  it("confineTaskPaths drops each of them with a warning naming file and line, and keeps the rest", async () => {
    const list = parseTaskList({ kind: "file", path: "tasks.md", text: TASKS });
    const confined = await confineTaskPaths(repo, list);
    expect(confined.tasks.map((t) => t.files)).toEqual([[], [], [], [], ["src/ok.ts"]]);
    const warnings = confined.warnings.join("\n");
    expect(warnings).toContain(
      'tasks.md:1: T001 names "docs/passwd", ignored because it resolves outside the repository',
    );
    expect(warnings).toContain('tasks.md:2: T002 names "docs/passwd"');
    expect(warnings).toContain(
      'tasks.md:3: T003 names "hooks/pre-commit", ignored because it resolves into .git/',
    );
    expect(warnings).toContain('tasks.md:4: T004 names "dangling/x.ts", ignored because it resolves outside');
    expect(warnings).toContain('tasks.md:5: T005 names "src/link.ts", ignored because it resolves outside');
    // Planned after confinement, T001 and T002 no longer wait for each other over /etc.
    expect(buildPlan(confined).edges).toEqual([]);
    // The list given is left as it was.
    expect(list.tasks[0]?.files).toEqual(["docs/passwd"]);
  });

  it("the import scan never reads a file through a link that leaves the repository", async () => {
    const imports = await scanImports(repo, ["src/link.ts", "src/ok.ts"]);
    expect([...imports.keys()]).toEqual([]);
  });

  it("/maestro plan in the App reports them in the check run and plans without them", async () => {
    const network = blockNetwork();
    const remote = makeRemote({ "specs/001-links/tasks.md": TASKS, "src/ok.ts": "x\n" });
    // Commit the links on the PR branch as a contributor would.
    symlinkSync("/etc", join(remote.scratch, "docs"));
    symlinkSync("../../outside/real.ts", join(remote.scratch, "src-link.ts"));
    git(remote.scratch, "add", ".");
    git(remote.scratch, "commit", "--quiet", "-m", "Add links");
    git(remote.scratch, "push", "--quiet", "origin", "feature");
    const gh = new FakeGitHub(remote.bare).pull(7, "feature");
    const runner = fakeRunner();
    const harness = await startApp({ remote, runner });
    await harness.deliver(commentPayload(remote, { body: "/maestro plan" }));
    const [run] = gh.maestroRuns();
    expect(run?.conclusion).toBe("neutral");
    expect(run?.output?.text).toContain(
      'specs/001-links/tasks.md:1: T001 names "docs/passwd", ignored because it resolves outside the repository',
    );
    expect(run?.output?.text).not.toContain("/etc/passwd");
    expect(runner.calls).toHaveLength(0);
    expect(network.unmatched).toEqual([]);
    nock.cleanAll();
  });

  // With --repo the CLI knows the repository: it drops and reports these paths like the App does.
  it("maestro plan --repo reports a link that leaves the repository", async () => {
    const json = await planJson(repo, "tasks.md", TASKS, "--repo", ".");
    expect(json.warnings.join("\n")).toContain(
      'T001 names "docs/passwd", ignored because it resolves outside',
    );
  });
});
