import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existingPaths, readRepositoryContext } from "../../../src/adapters/fs/read-repository-context.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

let repo: string;

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), "maestro-paths-"));
  await mkdir(join(repo, "scripts"), { recursive: true });
  await mkdir(join(repo, "Services"), { recursive: true });
  await writeFile(join(repo, "scripts", "release"), "#!/bin/sh\n");
});

afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
});

describe("--repo settles doubtful paths", () => {
  it("finds candidates that exist, folders only as folders", async () => {
    expect([
      ...(await existingPaths(repo, ["scripts/release", "scripts/release/", "Services/", "nope.ts"])),
    ]).toEqual(["scripts/release", "Services/"]);
  });

  it("reads the list against the repository before planning", async () => {
    const text = "- [ ] T001 Run /scripts/release\n- [ ] T002 Keep Services/ and Repositories/ thin\n";
    const { list } = await readRepositoryContext(
      repo,
      parseTaskList({ kind: "file", path: "tasks.md", text }),
    );
    expect(list.tasks.map((t) => t.files)).toEqual([["scripts/release"], ["Services/"]]);
  });
});
