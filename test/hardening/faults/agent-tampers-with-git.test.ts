import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  canaryPath,
  expectNoCanary,
  expectNothingLost,
  maestroBranches,
  mergedTasks,
  ofType,
  startCase,
  useFaultCases,
} from "./fault-harness.js";

useFaultCases("agent-tampers-with-git");

const TASKS =
  "- [ ] T001 [P] Evil\n- [ ] T002 [P] Honest\n- [ ] T003 [P] After the evil one (depends on T001)\n";

/** Runs the attack as T001; every other task writes its own file. */
function agentScript(attack: string): string {
  return [
    "#!/usr/bin/env bash",
    "set -euo pipefail",
    'echo "$MAESTRO_TASK_ID" > "$MAESTRO_TASK_ID.txt"',
    '[ "$MAESTRO_TASK_ID" = T001 ] || exit 0',
    'common="$(git rev-parse --git-common-dir)"',
    attack,
    "",
  ].join("\n");
}

function hooksListing(repoDir: string): string[] {
  return readdirSync(join(repoDir, ".git", "hooks")).sort();
}

/** What a user does after the run: must not run anything an agent planted. */
function userCommits(repoDir: string): void {
  execFileSync("git", ["commit", "--quiet", "--allow-empty", "-m", "the user's next commit"], {
    cwd: repoDir,
    env: { ...process.env, GIT_AUTHOR_NAME: "U", GIT_AUTHOR_EMAIL: "u@example.invalid" },
    stdio: "ignore",
  });
  execFileSync("git", ["status", "--porcelain"], { cwd: repoDir, stdio: "ignore" });
}

describe("an agent that tampers with git", () => {
  it("plants hooks (and core.hooksPath): none runs, during the run or at the user's next commit", async () => {
    const canary = canaryPath();
    const c = startCase({ "specs/001/tasks.md": TASKS });
    const hooksBefore = hooksListing(c.repo.repo);
    const configBefore = readFileSync(join(c.repo.repo, ".git", "config"));
    const agent = c.repo.script(
      "agent.sh",
      agentScript(
        [
          "for h in pre-commit post-commit commit-msg prepare-commit-msg pre-merge-commit post-merge post-checkout post-rewrite reference-transaction pre-auto-gc; do",
          '  printf \'#!/bin/sh\\ntouch "%s"\\n\' "$CANARY" > "$common/hooks/$h"; chmod +x "$common/hooks/$h"',
          "done",
          'mkdir -p "$common/evil-hooks" && cp "$common/hooks/post-commit" "$common/evil-hooks/"',
          'git config --file "$common/config" core.hooksPath "$common/evil-hooks"',
        ].join("\n"),
      ),
    );
    const summary = await c.run({
      agent: { command: [agent] },
      maxParallel: 1,
      env: c.env({ CANARY: canary }),
    });

    expect(summary.failed).toEqual(["T001"]);
    const reason = ofType(c.events, "task-end").find((e) => e.task === "T001")?.reason ?? "";
    expect(reason).toContain(".git/hooks/pre-commit");
    expect(reason).toContain(".git/config");
    expect(summary.done.sort()).toEqual(["T002"]);
    expect(summary.skipped).toEqual(["T003"]);
    expect(mergedTasks(c.repo)).toEqual(["T002"]);
    // Reverted: the user's own git keeps running only what the user installed.
    expect(hooksListing(c.repo.repo)).toEqual(hooksBefore);
    expect(readFileSync(join(c.repo.repo, ".git", "config"))).toEqual(configBefore);
    expectNothingLost(c);
    userCommits(c.repo.repo);
    expectNoCanary(canary);
  });

  it("defines a filter driver in .git/config and info/attributes: maestro's git never runs it", async () => {
    const canary = canaryPath();
    const c = startCase({ "specs/001/tasks.md": TASKS, "data.txt": "data\n" });
    const configBefore = readFileSync(join(c.repo.repo, ".git", "config"));
    const agent = c.repo.script(
      "agent.sh",
      agentScript(
        [
          `for k in clean smudge process; do git config --file "$common/config" "filter.pwn.$k" "sh -c 'touch $CANARY; cat'"; done`,
          `git config --file "$common/config" merge.pwn.driver "sh -c 'touch $CANARY; false'"`,
          `git config --file "$common/config" core.fsmonitor "sh -c 'touch $CANARY'"`,
          `git config --file "$common/config" diff.external "sh -c 'touch $CANARY'"`,
          'mkdir -p "$common/info" && echo "* filter=pwn merge=pwn" >> "$common/info/attributes"',
          'echo "* filter=pwn merge=pwn" > .gitattributes',
          "echo changed > data.txt",
        ].join("\n"),
      ),
    );
    const summary = await c.run({
      agent: { command: [agent] },
      maxParallel: 1,
      env: c.env({ CANARY: canary }),
    });

    expectNoCanary(canary);
    expect(summary.failed).toEqual(["T001"]);
    const reason = ofType(c.events, "task-end").find((e) => e.task === "T001")?.reason ?? "";
    expect(reason).toContain(".git/config");
    expect(reason).toContain(".git/info/attributes");
    expect(mergedTasks(c.repo)).toEqual(["T002"]);
    expect(readFileSync(join(c.repo.repo, ".git", "config"))).toEqual(configBefore);
    expect(existsSync(join(c.repo.repo, ".git", "info", "attributes"))).toBe(false);
    expect(c.repo.read("data.txt")).toBe("data\n");
    expect(() => c.repo.git("show", "main:.gitattributes")).toThrow();
    expectNothingLost(c);
    userCommits(c.repo.repo);
    expectNoCanary(canary);
  });

  it("points its worktree's .git at a repository of its own: maestro runs no git command there", async () => {
    const canary = canaryPath();
    const c = startCase({ "specs/001/tasks.md": TASKS });
    const evil = join(c.repo.root, "evil");
    const agent = c.repo.script(
      "agent.sh",
      agentScript(
        [
          `git init --quiet "${evil}"`,
          `git -C "${evil}" config filter.pwn.clean "sh -c 'touch $CANARY; cat'"`,
          `printf '#!/bin/sh\\ntouch "%s"\\n' "$CANARY" > "${evil}/.git/hooks/pre-commit"; chmod +x "${evil}/.git/hooks/pre-commit"`,
          'echo "* filter=pwn" > .gitattributes',
          `echo "gitdir: ${evil}/.git" > .git`,
        ].join("\n"),
      ),
    );
    const summary = await c.run({
      agent: { command: [agent] },
      maxParallel: 1,
      env: c.env({ CANARY: canary }),
    });
    expectNoCanary(canary);
    expect(summary.failed).toEqual(["T001"]);
    expect(ofType(c.events, "task-end").find((e) => e.task === "T001")?.reason).toContain(
      "rewrote its worktree's .git",
    );
    expect(mergedTasks(c.repo)).toEqual(["T002"]);
    expectNothingLost(c);
  });

  it("moves the target branch back and deletes the user's branch and tag: all restored", async () => {
    const c = startCase({ "specs/001/tasks.md": TASKS });
    c.repo.write("second.txt", "second\n");
    c.repo.git("add", "second.txt");
    c.repo.git("commit", "--quiet", "-m", "second");
    c.repo.git("branch", "feature-x");
    c.repo.git("tag", "v1");
    const tips = c.repo.git("for-each-ref", "--format=%(refname) %(objectname)", "refs/heads", "refs/tags");
    c.before.push(c.repo.git("rev-parse", "HEAD"));
    const agent = c.repo.script(
      "agent.sh",
      agentScript(
        [
          "git update-ref refs/heads/main HEAD~1",
          "git update-ref -d refs/heads/feature-x",
          "git update-ref -d refs/tags/v1",
        ].join("\n"),
      ),
    );
    const summary = await c.run({ agent: { command: [agent] }, maxParallel: 1 });

    expect(summary.failed).toEqual(["T001"]);
    const reason = ofType(c.events, "task-end").find((e) => e.task === "T001")?.reason ?? "";
    expect(reason).toContain("refs/heads/main");
    expect(reason).toContain("refs/heads/feature-x");
    expect(reason).toContain("refs/tags/v1");
    expect(mergedTasks(c.repo)).toEqual(["T002"]);
    // The user's refs are back where they were (main has moved on only by maestro's own merge and tick).
    const after = c.repo.git("for-each-ref", "--format=%(refname) %(objectname)", "refs/heads", "refs/tags");
    expect(after.split("\n").filter((l) => !l.startsWith("refs/heads/m"))).toEqual(
      tips.split("\n").filter((l) => !l.startsWith("refs/heads/m")),
    );
    expect(c.repo.read("second.txt")).toBe("second\n");
    expectNothingLost(c);
  });

  it("writes into the main work tree: the task fails, the file is never committed, the run stops", async () => {
    const c = startCase({ "specs/001/tasks.md": TASKS + "- [ ] T004 Later (depends on T002)\n" });
    const agent = c.repo.script("agent.sh", agentScript('echo planted > "$common/../planted.txt"'));
    const summary = await c.run({ agent: { command: [agent] }, maxParallel: 1 });

    expect(summary.status).toBe("failure");
    expect(summary.failed).toEqual(["T001"]);
    const reason = ofType(c.events, "task-end").find((e) => e.task === "T001")?.reason ?? "";
    expect(reason).toContain("planted.txt");
    expect(c.repo.git("log", "--all", "--format=%H", "--", "planted.txt")).toBe("");
    // Left for the user to look at: maestro cannot tell it from the user's own edit, so it deletes nothing.
    expect(c.repo.read("planted.txt")).toBe("planted\n");
    expect(summary.skipped).toContain("T004");
    expect(ofType(c.events, "run-end")).toHaveLength(1);
    expect(c.repo.git("worktree", "list").split("\n")).toHaveLength(1);
  });
});

describe("tampering while other agents run beside it", () => {
  it("refuses the results of the tasks that ran beside it too, and lets later ones run", async () => {
    const canary = canaryPath();
    const c = startCase({
      "specs/001/tasks.md": TASKS + "- [ ] T004 Later, on its own (depends on T002)\n",
    });
    const agent = c.repo.script(
      "agent.sh",
      [
        "#!/usr/bin/env bash",
        'echo "$MAESTRO_TASK_ID" > "$MAESTRO_TASK_ID.txt"',
        'if [ "$MAESTRO_TASK_ID" = T002 ]; then sleep 1.5; fi',
        'if [ "$MAESTRO_TASK_ID" = T001 ]; then',
        '  hooks="$(git rev-parse --git-common-dir)/hooks"',
        '  printf \'#!/bin/sh\\ntouch "%s"\\n\' "$CANARY" > "$hooks/post-checkout"; chmod +x "$hooks/post-checkout"',
        "fi",
        "",
      ].join("\n"),
    );
    const summary = await c.run({ agent: { command: [agent] }, env: c.env({ CANARY: canary }) });

    expect(summary.failed.sort()).toEqual(["T001", "T002"]);
    const ends = ofType(c.events, "task-end");
    expect(ends.find((e) => e.task === "T001")?.reason).toContain("added .git/hooks/post-checkout");
    expect(ends.find((e) => e.task === "T002")?.reason).toMatch(
      /^the repository changed outside the worktrees while it ran, found when T001 ended \(added \.git\/hooks\/post-checkout\)/,
    );
    expect(summary.skipped.sort()).toEqual(["T003", "T004"]);
    expect(mergedTasks(c.repo)).toEqual([]);
    expect(existsSync(join(c.repo.repo, ".git", "hooks", "post-checkout"))).toBe(false);
    expectNothingLost(c);
    userCommits(c.repo.repo);
    c.repo.git("checkout", "--quiet", "-b", "user-branch");
    expectNoCanary(canary);
  });
});

describe("a task branch whose commits reach outside the repository", () => {
  it("adds symlinks pointing outside: refused, never merged, branch kept", async () => {
    const c = startCase({ "specs/001/tasks.md": TASKS });
    const agent = c.repo.script(
      "agent.sh",
      agentScript(
        [
          "ln -s /etc/passwd leak",
          "mkdir -p docs && ln -s ../../../.. docs/up",
          "ln -s T001.txt ok-link",
        ].join("\n"),
      ),
    );
    const summary = await c.run({ agent: { command: [agent] }, maxParallel: 1 });
    expect(summary.failed).toEqual(["T001"]);
    const reason = ofType(c.events, "task-end").find((e) => e.task === "T001")?.reason ?? "";
    expect(reason).toContain("leak -> /etc/passwd");
    expect(reason).toContain("docs/up -> ../../../..");
    expect(reason).not.toContain("ok-link");
    expect(mergedTasks(c.repo)).toEqual(["T002"]);
    expect(maestroBranches(c.repo)).toEqual(["maestro/test-run/T001"]);
    expect(() => c.repo.git("show", "main:leak")).toThrow();
    expectNothingLost(c);
  });

  it("commits into .git through plumbing, even in an earlier commit it deleted later: refused", async () => {
    const c = startCase({ "specs/001/tasks.md": TASKS });
    const agent = c.repo.script(
      "agent.sh",
      agentScript(
        [
          "export GIT_AUTHOR_NAME=a GIT_AUTHOR_EMAIL=a@b.c GIT_COMMITTER_NAME=a GIT_COMMITTER_EMAIL=a@b.c",
          "blob=$(echo '[core] fsmonitor = evil' | git hash-object -w --stdin)",
          'inner=$(printf "100644 blob %s\\tconfig\\n" "$blob" | git mktree)',
          'root=$( (git ls-tree HEAD; printf "040000 tree %s\\t.GIT\\n" "$inner") | git mktree)',
          'evil=$(git commit-tree "$root" -p HEAD -m "sneak into .git")',
          'clean=$(git commit-tree "HEAD^{tree}" -p "$evil" -m "hide it")',
          'git update-ref HEAD "$clean"',
        ].join("\n"),
      ),
    );
    const summary = await c.run({ agent: { command: [agent] }, maxParallel: 1 });
    expect(summary.failed).toEqual(["T001"]);
    expect(ofType(c.events, "task-end").find((e) => e.task === "T001")?.reason).toContain(".GIT/config");
    expect(mergedTasks(c.repo)).toEqual(["T002"]);
    expect(c.repo.git("log", "--format=%s", "main")).not.toContain("sneak");
    expectNothingLost(c);
  });

  it("deletes many files: merged as its change, every earlier commit still reachable", async () => {
    const files: Record<string, string> = { "specs/001/tasks.md": "- [ ] T001 Clean up\n- [ ] T002 Then\n" };
    for (let i = 0; i < 300; i += 1) files[`lib/file-${i}.txt`] = `${i}\n`;
    const c = startCase(files);
    const agent = c.repo.script(
      "agent.sh",
      '[ "$MAESTRO_TASK_ID" = T001 ] && rm -rf lib\necho "$MAESTRO_TASK_ID" > "$MAESTRO_TASK_ID.txt"\n',
    );
    const summary = await c.run({ agent: { command: [agent] } });
    expect(summary.status).toBe("success");
    expect(ofType(c.events, "task-end").find((e) => e.task === "T001")?.files).toHaveLength(301);
    expect(existsSync(join(c.repo.repo, "lib"))).toBe(false);
    expect(c.repo.git("show", `${c.before[0]}:lib/file-299.txt`)).toBe("299");
    expectNothingLost(c);
  });

  it("deletes the task list itself: refused, so the run's record survives", async () => {
    const c = startCase({ "specs/001/tasks.md": TASKS });
    const agent = c.repo.script("agent.sh", agentScript("rm -rf specs"));
    const summary = await c.run({ agent: { command: [agent] }, maxParallel: 1 });
    expect(summary.failed).toEqual(["T001"]);
    expect(ofType(c.events, "task-end").find((e) => e.task === "T001")?.reason).toContain(
      "deletes specs/001/tasks.md",
    );
    expect(c.repo.read("specs/001/tasks.md")).toContain("- [X] T002");
    expectNothingLost(c);
  });
});
