import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTaskListInput } from "../../../src/adapters/fs/read-task-list-input.js";
import { TaskListError } from "../../../src/core/errors.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "maestro-read-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function failure(path: string): Promise<TaskListError> {
  try {
    await readTaskListInput(path);
  } catch (error) {
    if (error instanceof TaskListError) return error;
    throw error;
  }
  throw new Error("expected a TaskListError");
}

describe("readTaskListInput", () => {
  it("reads a file and strips nothing but a BOM", async () => {
    const path = join(dir, "tasks.md");
    await writeFile(path, "\uFEFF- [ ] T001 a\n");
    expect(await readTaskListInput(path)).toEqual({ kind: "file", path, text: "- [ ] T001 a\n" });
  });

  it("reads the *-PLAN.md files of a GSD phase directory, sorted", async () => {
    const phase = join(dir, "phase");
    await mkdir(phase);
    await writeFile(join(phase, "01-02-PLAN.md"), "b");
    await writeFile(join(phase, "01-01-PLAN.md"), "a");
    await writeFile(join(phase, "01-01-SUMMARY.md"), "not a plan");
    const input = await readTaskListInput(phase);
    expect(input.kind === "directory" && input.files.map((f) => f.path)).toEqual([
      join(phase, "01-01-PLAN.md"),
      join(phase, "01-02-PLAN.md"),
    ]);
  });

  it("reads the task_NNN.txt files of a Task Master tasks directory, in the order of their numbers", async () => {
    const tasks = join(dir, "taskmaster");
    await mkdir(tasks);
    for (const name of ["task_010.txt", "task_002.txt", "task_001.txt", "tasks.json", "notes.txt"])
      await writeFile(join(tasks, name), name);
    const input = await readTaskListInput(tasks);
    expect(input.kind === "directory" && input.files.map((f) => f.path)).toEqual([
      join(tasks, "task_001.txt"),
      join(tasks, "task_002.txt"),
      join(tasks, "task_010.txt"),
    ]);
  });

  it("refuses a missing path, an empty file and a directory without plans", async () => {
    expect((await failure(join(dir, "nope.md"))).message).toMatch(/nope\.md: no such file or directory$/);
    await writeFile(join(dir, "empty.md"), "  \n");
    expect((await failure(join(dir, "empty.md"))).problem).toBe("the file is empty");
    await mkdir(join(dir, "bare"));
    await mkdir(join(dir, "json-only"));
    await writeFile(join(dir, "json-only", "tasks.json"), "{}");
    expect((await failure(join(dir, "json-only"))).problem).toMatch(
      /or name .*json-only\/tasks\.json itself/,
    );
    expect((await failure(join(dir, "bare"))).problem).toMatch(
      /no task files in this directory.*NN-MM-PLAN\.md.*task_001\.txt/,
    );
  });

  it("refuses binary files, invalid UTF-8 (naming the line) and files over 5 MiB", async () => {
    await writeFile(join(dir, "bin.md"), Buffer.from([0x2d, 0x20, 0x00, 0x41]));
    expect((await failure(join(dir, "bin.md"))).problem).toMatch(/binary/);
    await writeFile(
      join(dir, "latin1.md"),
      Buffer.concat([Buffer.from("- [ ] T001 a\n- [ ] T002 caf"), Buffer.from([0xe9]), Buffer.from("\n")]),
    );
    const bad = await failure(join(dir, "latin1.md"));
    expect(bad.line).toBe(2);
    expect(bad.problem).toMatch(/not valid UTF-8/);
    await writeFile(join(dir, "big.md"), Buffer.alloc(5 * 1024 * 1024 + 1, 0x61));
    expect((await failure(join(dir, "big.md"))).problem).toMatch(/over the 5 MiB limit/);
  });
});
