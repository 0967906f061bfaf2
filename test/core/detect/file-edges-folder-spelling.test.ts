import { describe, expect, it } from "vitest";
import { detectDependencies } from "../../../src/core/detect/detect-dependencies.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

// Every task is [P]: only file edges can order them.
const filePairs = (tasks: string[]): string[] =>
  detectDependencies(
    parseTaskList({
      kind: "file",
      path: "tasks.md",
      text: tasks.map((t, i) => `- [ ] T${String(i + 1).padStart(3, "0")} [P] ${t}`).join("\n") + "\n",
    }),
  )
    .edges.filter((e) => e.kind === "file")
    .map((e) => `${e.from}>${e.to}`);

describe("a folder written without its closing slash", () => {
  it("meets the files the list names inside it", () => {
    expect(
      filePairs(["Add 0003_totals.sql in app/db/changes", "Renumber every migration of app/db/changes"]),
    ).toEqual(["T001>T002"]);
    expect(
      filePairs(["Renumber every migration of app/db/changes", "Add 0003_totals.sql in app/db/changes"]),
    ).toEqual(["T001>T002"]);
  });

  it("does not order two tasks that each put a named file in it", () => {
    expect(
      filePairs(["Add 0003_totals.sql in app/db/changes", "Add 0004_fees.sql in app/db/changes"]),
    ).toEqual([]);
  });

  it("stays a file when nothing inside it is named, or only by the task naming it", () => {
    expect(filePairs(["Add a --dry-run flag to tools/bin/ship", "Write tools/bin/lint.sh"])).toEqual([]);
    expect(
      filePairs([
        "Refresh app/web/ui/gen/strings.ts by running the generator (from app/web/ui)",
        "Write app/web/ui/button.tsx",
      ]),
    ).toEqual([]);
  });
});

describe("a path written with the repository's own folder before it", () => {
  const filePairs = (text: string): string[] =>
    detectDependencies(parseTaskList({ kind: "file", path: "tasks.md", text }))
      .edges.filter((e) => e.kind === "file")
      .map((e) => `${e.from}>${e.to}`);

  it("meets the path the other tasks write from the root", () => {
    const text = `- [ ] T001 [P] Register the lookup controller in src/invoices/invoices.module.ts
- [ ] T002 [P] Register the admin controller in shop-api/src/invoices/invoices.module.ts
`;
    expect(filePairs(text)).toEqual(["T001>T002"]);
  });

  it("stays apart when its first folder holds other paths of the list", () => {
    const text = `- [ ] T001 [P] Settings in src/config.ts
- [ ] T002 [P] Tool settings in tools/src/config.ts
- [ ] T003 [P] Tool entry point in tools/src/main.ts
`;
    expect(filePairs(text)).toEqual([]);
  });
});

describe("a path written without its leading folders", () => {
  const filePairs = (text: string): string[] =>
    detectDependencies(parseTaskList({ kind: "file", path: "tasks.md", text }))
      .edges.filter((e) => e.kind === "file")
      .map((e) => `${e.from}>${e.to}`);

  it("meets the one longer path it ends", () => {
    const text = `- [ ] T001 [P] Gauges in svc/core/stats/gauges.ts
- [ ] T002 [P] Add a queue-depth gauge to stats/gauges.ts
`;
    expect(filePairs(text)).toEqual(["T001>T002"]);
  });

  it("stays as written when it ends two paths, or its first folder is the list's own root folder", () => {
    const two = `- [ ] T001 [P] Gauges in svc/a/stats/gauges.ts
- [ ] T002 [P] Gauges in svc/b/stats/gauges.ts
- [ ] T003 [P] Add a queue-depth gauge to stats/gauges.ts
`;
    expect(filePairs(two)).toEqual([]);
    const rooted = `- [ ] T001 [P] Gauges in svc/core/stats/gauges.ts
- [ ] T002 [P] Add a queue-depth gauge to stats/gauges.ts
- [ ] T003 [P] Add stats/README.md
`;
    expect(filePairs(rooted)).toEqual([]);
  });
});
