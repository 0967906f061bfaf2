import { describe, expect, it } from "vitest";
import { detectDependencies } from "../../../src/core/detect/detect-dependencies.js";
import type { Edge } from "../../../src/core/model/edge.js";
import { parseTaskList } from "../../../src/core/parse/parse-task-list.js";

// Every task is [P]: only file edges can order them.
const fileEdges = (tasks: string[]): Edge[] =>
  detectDependencies(
    parseTaskList({
      kind: "file",
      path: "tasks.md",
      text: tasks.map((t, i) => `- [ ] T${String(i + 1).padStart(3, "0")} [P] ${t}`).join("\n") + "\n",
    }),
  ).edges.filter((e) => e.kind === "file");
const pairs = (edges: Edge[]) => edges.map((e) => `${e.from}>${e.to}`);

describe("reads and writes", () => {
  it("orders a reader after the earlier task that writes what it reads, and says so", () => {
    const edges = fileEdges(["Write docs/api.md", "Build lib/client.ts per docs/api.md"]);
    expect(pairs(edges)).toEqual(["T001>T002"]);
    expect(edges[0]?.reason).toBe("file: T002 reads docs/api.md, which T001 writes (tasks.md:1, :2)");
    expect(edges[0]?.origin).toBe("file");
  });

  it("does not order two readers, nor a reader listed before the writer", () => {
    expect(
      pairs(
        fileEdges(["Build lib/a.ts per docs/api.md", "Build lib/b.ts per docs/api.md", "Update docs/api.md"]),
      ),
    ).toEqual([]);
  });

  it("still orders two writers of one file", () => {
    expect(
      pairs(fileEdges(["Update lib/a.ts per docs/x.md", "Update lib/a.ts again per docs/x.md"])),
    ).toEqual(["T001>T002"]);
  });

  it("sets the line where the later task writes the path", () => {
    const text = "- [ ] T001 [P] Write lib/a.ts\n- [ ] T002 [P] Polish\n  - Tidy lib/a.ts\n";
    const { edges } = detectDependencies(parseTaskList({ kind: "file", path: "tasks.md", text }));
    expect(edges.map((e) => [e.from, e.to, e.line])).toEqual([["T001", "T002", 3]]);
  });
});

describe("folders", () => {
  it("puts a task that creates a folder before everything inside it", () => {
    const edges = fileEdges([
      "Create the lib/models/ folder",
      "Write lib/models/user.ts",
      "Add a model in lib/models/",
      "Model lib/shop.ts per lib/models/user.ts",
    ]);
    // T003 may have added the file T004 reads: an unnamed new file could be it.
    expect(pairs(edges)).toEqual(["T001>T002", "T001>T003", "T001>T004", "T002>T004", "T003>T004"]);
    expect(edges.find((e) => e.to === "T002")?.reason).toBe(
      "file: T001 creates lib/models/, where T002 writes lib/models/user.ts (tasks.md:1, :2)",
    );
  });

  it("does not order tasks that each add new files to one folder", () => {
    expect(pairs(fileEdges(["Add a parser in lib/parsers/", "Add a lexer in lib/parsers/"]))).toEqual([]);
  });

  it("orders a task editing a file after the tasks that added files to its folder, not the reverse", () => {
    const edges = fileEdges([
      "Add a parser in lib/parsers/",
      "Fix lib/parsers/json.ts",
      "Add a lexer in lib/parsers/",
    ]);
    expect(pairs(edges)).toEqual(["T001>T002"]);
    expect(edges[0]?.reason).toBe(
      "file: T001 adds files to lib/parsers/, where T002 writes lib/parsers/json.ts (tasks.md:1, :2)",
    );
  });

  it("orders work on a whole folder against the files inside it, both ways", () => {
    const edges = fileEdges([
      "Fix lib/legacy/a.ts",
      "Rename everything in lib/legacy/",
      "Fix lib/legacy/b.ts",
    ]);
    expect(pairs(edges)).toEqual(["T001>T002", "T002>T003"]);
    expect(edges[0]?.reason).toBe(
      "file: T002 works on lib/legacy/ as a whole, which holds lib/legacy/a.ts (T001) (tasks.md:1, :2)",
    );
  });

  it("orders a task that adds files after work on the whole folder, and that work after earlier adders", () => {
    expect(
      pairs(
        fileEdges([
          "Add a parser in lib/parsers/",
          "Reformat all of lib/parsers/",
          "Add a lexer in lib/parsers/",
        ]),
      ),
    ).toEqual(["T001>T002", "T002>T003"]);
  });

  it("says which case applied when both tasks name the folder itself", () => {
    const edges = fileEdges([
      "Rename everything in lib/legacy/",
      "Inspect lib/legacy/",
      "Tidy all of lib/legacy/",
    ]);
    expect(edges.map((e) => e.reason)).toEqual([
      "file: T002 reads lib/legacy/, which T001 works on as a whole (tasks.md:1, :2)",
      "file: both work on lib/legacy/ as a whole (tasks.md:1, :3)",
    ]);
  });

  it("orders a task reading a folder after the earlier writers inside it only", () => {
    expect(
      pairs(
        fileEdges(["Write web/a.tsx", "Inspect the layout of web/", "Write web/b.tsx", "Add a page in web/"]),
      ),
    ).toEqual(["T001>T002"]);
  });

  it("does not order a task that applies every migration of a folder against the tasks adding migrations", () => {
    const edges = fileEdges([
      "Add db/migrations/001_users.sql",
      "Test harness test/db.ts that applies every migration under db/migrations/",
      "Add db/migrations/002_orders.sql",
    ]);
    expect(pairs(edges)).toEqual(["T001>T002"]);
    expect(edges[0]?.reason).toContain("T002 reads db/migrations/");
  });
});

describe("one file spelt two ways", () => {
  it("takes a bare file name for the one path of that name the list gives a folder", () => {
    const edges = fileEdges([
      "Create CartTest.java in src/test/shop/CartTest.java",
      "Add a case to CartTest.java",
    ]);
    expect(edges.map((e) => e.reason)).toEqual([
      "file: both name src/test/shop/CartTest.java (T002 spells it CartTest.java) (tasks.md:1, :2)",
    ]);
  });

  it("leaves names found in many folders, and names the list puts in several folders, as written", () => {
    expect(pairs(fileEdges(["Write docs/README.md", "Update README.md"]))).toEqual([]);
    expect(pairs(fileEdges(["Write web/util.ts", "Write api/util.ts", "Fix util.ts"]))).toEqual([]);
  });
});
