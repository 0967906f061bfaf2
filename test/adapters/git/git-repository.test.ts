import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { GitHost, parseWorktreeList } from "../../../src/adapters/git/git-repository.js";
import { makeTempRepo, type TempRepo } from "../../support/temp-repo.js";

let repo: TempRepo;
afterEach(() => repo?.cleanup());

function plantHooks(r: TempRepo, canary: string): void {
  const hooks = join(r.repo, ".git", "hooks");
  mkdirSync(hooks, { recursive: true });
  for (const name of [
    "pre-commit",
    "commit-msg",
    "post-commit",
    "post-checkout",
    "pre-merge-commit",
    "post-merge",
  ]) {
    writeFileSync(join(hooks, name), `#!/bin/sh\necho ${name} >> "${canary}"\n`);
    chmodSync(join(hooks, name), 0o755);
  }
}

describe("GitRepository", () => {
  it("runs no hook an agent could have planted, in worktree add, commit or merge", async () => {
    repo = makeTempRepo({ "a.txt": "a\n" });
    const canary = join(repo.root, "canary");
    plantHooks(repo, canary);
    const host = new GitHost({ PATH: process.env.PATH, HOME: process.env.HOME });
    const main = host.open(repo.repo);
    const worktree = join(repo.root, "wt");
    await main.addWorktree(worktree, "maestro/x/T001", "HEAD");
    writeFileSync(join(worktree, "b.txt"), "b\n");
    const wt = host.open(worktree);
    expect(await wt.commitAll("T001: add b", ["Maestro-Task: T001"])).toBe(true);
    expect(await main.mergeNoFf("maestro/x/T001", "merge T001")).toEqual({ merged: true });
    expect(await main.tryRemoveWorktree(worktree)).toBe(true);
    expect(existsSync(canary)).toBe(false);
    expect(repo.git("log", "-1", "--format=%B", "maestro/x/T001")).toBe("T001: add b\n\nMaestro-Task: T001");
  });

  it("serialises commands on one worktree: many concurrent commits, no index.lock failure", async () => {
    repo = makeTempRepo({ "a.txt": "a\n" });
    const host = new GitHost({ PATH: process.env.PATH, HOME: process.env.HOME });
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => {
        writeFileSync(join(repo.repo, `f${i}.txt`), `${i}\n`);
        return host.open(repo.repo).commitAll(`commit ${i}`);
      }),
    );
    expect(results.filter(Boolean).length).toBeGreaterThan(0);
    expect(repo.git("status", "--porcelain")).toBe("");
    expect(repo.git("ls-files").split("\n")).toHaveLength(13);
  });

  it("aborts a conflicting merge cleanly and names the files", async () => {
    repo = makeTempRepo({ "a.txt": "a\n" });
    repo.git("checkout", "--quiet", "-b", "other");
    repo.write("a.txt", "other\n");
    repo.git("commit", "--quiet", "-am", "other");
    repo.git("checkout", "--quiet", "main");
    repo.write("a.txt", "main\n");
    repo.git("commit", "--quiet", "-am", "main");
    const head = repo.git("rev-parse", "HEAD");
    const main = new GitHost({ PATH: process.env.PATH }).open(repo.repo);
    expect(await main.mergeNoFf("other", "merge other")).toEqual({ merged: false, conflicts: ["a.txt"] });
    expect(repo.git("rev-parse", "HEAD")).toBe(head);
    expect(repo.git("status", "--porcelain")).toBe("");
    expect(await main.operationInProgress()).toBeNull();
  });

  it("deletes only branches without unmerged commits", async () => {
    repo = makeTempRepo({ "a.txt": "a\n" });
    repo.git("branch", "maestro/r/empty");
    repo.git("checkout", "--quiet", "-b", "maestro/r/work");
    repo.write("b.txt", "b\n");
    repo.git("add", "b.txt");
    repo.git("commit", "--quiet", "-m", "work");
    repo.git("checkout", "--quiet", "main");
    const main = new GitHost({ PATH: process.env.PATH }).open(repo.repo);
    expect(await main.tryDeleteMergedBranch("maestro/r/empty")).toBe(true);
    expect(await main.tryDeleteMergedBranch("maestro/r/work")).toBe(false);
    expect(await main.listBranches("maestro/")).toEqual(["maestro/r/work"]);
  });
});

describe("parseWorktreeList", () => {
  it("reads paths, heads and branches", () => {
    const text = "worktree /r\nHEAD abc\nbranch refs/heads/main\n\nworktree /w\nHEAD def\ndetached\n\n";
    expect(parseWorktreeList(text)).toEqual([
      { path: "/r", head: "abc", branch: "main" },
      { path: "/w", head: "def", branch: null },
    ]);
  });
});
