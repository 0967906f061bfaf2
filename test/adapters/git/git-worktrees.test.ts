import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { GitHost } from "../../../src/adapters/git/git-repository.js";
import { makeTempRepo, type TempRepo } from "../../support/temp-repo.js";

let repo: TempRepo;
afterEach(() => repo?.cleanup());

/** A worktree on `maestro/x/T001` left as a careless task would: edits, untracked files, a nested repo, a cache. */
async function messyWorktree() {
  repo = makeTempRepo({ "a.txt": "a\n", ".gitignore": "cache/\n", "dir/b.txt": "b\n" });
  const host = new GitHost({ PATH: process.env.PATH, HOME: process.env.HOME });
  const main = host.open(repo.repo);
  const base = repo.git("rev-parse", "HEAD");
  const path = join(repo.root, "slot");
  await main.addWorktree(path, "maestro/x/T001", base);
  writeFileSync(join(path, "committed.txt"), "T001\n");
  await host.open(path).commitAll("T001", []);
  writeFileSync(join(path, "a.txt"), "edited\n");
  execFileSync("git", ["rm", "-q", "dir/b.txt"], { cwd: path });
  writeFileSync(join(path, "untracked.txt"), "junk\n");
  mkdirSync(join(path, "nested"));
  execFileSync("git", ["init", "-q"], { cwd: join(path, "nested") });
  mkdirSync(join(path, "cache"));
  writeFileSync(join(path, "cache", "kept.txt"), "cache\n");
  return { host, main, path, base, slot: host.open(path) };
}

describe("switchWorktree: a kept worktree made fresh for the next task", () => {
  it("leaves exactly the base on a new branch, ignored files kept; the old branch keeps its commit", async () => {
    const { path, base, slot } = await messyWorktree();
    await slot.switchWorktree("maestro/x/T002", base, false);
    expect(await slot.currentBranch()).toBe("maestro/x/T002");
    expect(await slot.revParse("HEAD")).toBe(base);
    expect(await slot.statusLines()).toEqual([]);
    expect(readFileSync(join(path, "a.txt"), "utf8")).toBe("a\n");
    expect(existsSync(join(path, "dir", "b.txt"))).toBe(true);
    for (const gone of ["committed.txt", "untracked.txt", "nested"])
      expect(existsSync(join(path, gone))).toBe(false);
    expect(readFileSync(join(path, "cache", "kept.txt"), "utf8")).toBe("cache\n");
    expect(repo.git("log", "-1", "--format=%s", "maestro/x/T001")).toBe("T001");
  });

  it("removes ignored files too when asked", async () => {
    const { path, base, slot } = await messyWorktree();
    await slot.switchWorktree("maestro/x/T002", base, true);
    expect(existsSync(join(path, "cache"))).toBe(false);
  });

  it("never resets an existing branch of the new name", async () => {
    const { base, slot } = await messyWorktree();
    repo.git("branch", "maestro/x/kept", "maestro/x/T001");
    await expect(slot.switchWorktree("maestro/x/kept", base, false)).rejects.toThrow(/already exists/);
    expect(repo.git("log", "-1", "--format=%s", "maestro/x/kept")).toBe("T001");
  });

  it("detachHead frees the branch: it can be deleted while the worktree stays", async () => {
    const { path, slot } = await messyWorktree();
    expect(() => repo.git("branch", "-D", "maestro/x/T001")).toThrow(/checked out/);
    await slot.detachHead();
    expect(await slot.currentBranch()).toBe(null);
    repo.git("branch", "-D", "maestro/x/T001");
    expect(existsSync(path)).toBe(true);
  });

  it("runs no hook an agent could have planted", async () => {
    const { base, slot } = await messyWorktree();
    const canary = join(repo.root, "canary");
    const hooks = join(repo.repo, ".git", "hooks");
    mkdirSync(hooks, { recursive: true });
    writeFileSync(join(hooks, "post-checkout"), `#!/bin/sh\necho ran >> "${canary}"\n`);
    chmodSync(join(hooks, "post-checkout"), 0o755);
    await slot.switchWorktree("maestro/x/T002", base, false);
    await slot.detachHead();
    expect(existsSync(canary)).toBe(false);
  });
});
