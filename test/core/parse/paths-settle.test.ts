import { describe, expect, it } from "vitest";
import type { Task } from "../../../src/core/model/task.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";
import { doubtfulCandidates, settleTaskPaths } from "../../../src/core/parse/settle-task-paths.js";

const list = (...tasks: string[]) =>
  parseTaskList({
    kind: "file",
    path: "tasks.md",
    text: tasks.map((t, i) => `- [ ] T00${i + 1} ${t}`).join("\n") + "\n",
  });
const task = (l: ReturnType<typeof list>, i = 0) => l.tasks[i] as Task;

describe("settleTaskPaths: what the repository settles", () => {
  it("lists the readings only the repository can settle", () => {
    const l = list("Run /scripts/release, then tidy Handlers/", "Edit `/workspace/api/main.py`");
    expect(doubtfulCandidates(l)).toEqual(["Handlers/", "api/main.py", "main.py", "scripts/release"]);
  });

  it("makes an extensionless rooted word a path when the repository has it", () => {
    const l = list("Run /scripts/release after the build");
    expect(task(l).files).toEqual([]);
    expect(task(settleTaskPaths(l, new Set(["scripts/release"]))).files).toEqual(["scripts/release"]);
    expect(task(settleTaskPaths(l, new Set())).files).toEqual([]);
  });

  it("drops a bare folder word that neither the repository nor the list has, with a warning", () => {
    const l = list("Keep Handlers/ thin and lib/x.ts short");
    expect(task(l).files).toEqual(["Handlers/", "lib/x.ts"]);
    const settled = settleTaskPaths(l, new Set());
    expect(task(settled).files).toEqual(["lib/x.ts"]);
    expect(settled.warnings).toEqual([
      'tasks.md:1: T001 names "Handlers/", not read as a path: Handlers/ is in neither the repository nor the list',
    ]);
    expect(task(settleTaskPaths(l, new Set(["Handlers/"]))).files).toEqual(["Handlers/", "lib/x.ts"]);
  });

  it("keeps a bare folder word that another task writes into", () => {
    const l = list("Create the Handlers/ folder", "Write Handlers/orders.ts");
    expect(task(settleTaskPaths(l, new Set())).files).toEqual(["Handlers/"]);
  });

  it("takes the deeper /workspace/ reading when only it exists", () => {
    const l = list("Edit `/workspace/api/main.py`");
    expect(task(settleTaskPaths(l, new Set(["main.py"]))).files).toEqual(["main.py"]);
    expect(task(settleTaskPaths(l, new Set())).files).toEqual(["api/main.py"]);
  });

  it("leaves a list without doubts as it is", () => {
    const l = list("Edit lib/a.ts per docs/a.md");
    expect(settleTaskPaths(l, new Set()).tasks).toEqual(l.tasks);
  });
});

describe("bare words joined by slashes, with no file at the end", () => {
  it("are no path when the list names no file under their first folder, with a warning", () => {
    const l = list("Add the state badge (draft/review/published) to src/ui/badge.ts");
    expect(task(l).files).toEqual(["src/ui/badge.ts"]);
    expect(l.warnings).toEqual([
      'tasks.md:1: T001 names "draft/review/published", not read as a path: the list names no file under draft/',
    ]);
  });

  it("stay a folder when the list names files under their first folder", () => {
    const l = list("Put the generated clients in gen/api/clients", "Write gen/api/README.md");
    expect(task(l).files).toEqual(["gen/api/clients"]);
  });

  it("stay a path when written in backticks, with a file at the end, or from ./", () => {
    const l = list("Sweep `jobs/nightly/cleanup`, ops/cron/purge.sh and ./tools/bin/lint");
    expect(task(l).files).toEqual(["jobs/nightly/cleanup", "ops/cron/purge.sh", "tools/bin/lint"]);
  });

  it("are a path with --repo when the repository has them", () => {
    const l = list("Refresh the snapshots in fixtures/golden/v2");
    expect(task(l).files).toEqual([]);
    expect(task(settleTaskPaths(l, new Set(["fixtures/golden/v2/"]))).files).toEqual(["fixtures/golden/v2/"]);
    expect(task(settleTaskPaths(l, new Set())).files).toEqual([]);
  });
});
