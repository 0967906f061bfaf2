import { describe, expect, it } from "vitest";
import { chooseTaskList } from "../../../src/core/command/choose-task-list.js";

const tree = ["README.md", "specs/001-a/tasks.md", "specs/002-b/tasks.md", "specs/002-b/spec.md"];

describe("chooseTaskList", () => {
  it("prefers the command, then the config", () => {
    expect(
      chooseTaskList({ commandPath: "x/tasks.md", configPath: "y.md", changedFiles: [], treeFiles: tree }),
    ).toEqual({
      kind: "found",
      path: "x/tasks.md",
      via: "command",
    });
    expect(
      chooseTaskList({ commandPath: null, configPath: "y.md", changedFiles: [], treeFiles: tree }),
    ).toMatchObject({
      path: "y.md",
      via: "config",
    });
  });

  it("takes the one specs/*/tasks.md the pull request changes", () => {
    expect(
      chooseTaskList({
        commandPath: null,
        configPath: null,
        changedFiles: ["specs/002-b/tasks.md", "src/a.ts"],
        treeFiles: tree,
      }),
    ).toEqual({ kind: "found", path: "specs/002-b/tasks.md", via: "pull-request" });
  });

  it("takes the only tasks.md under specs/, at any depth", () => {
    expect(
      chooseTaskList({
        commandPath: null,
        configPath: null,
        changedFiles: [],
        treeFiles: ["specs/x/y/tasks.md", "tasks.md"],
      }),
    ).toEqual({ kind: "found", path: "specs/x/y/tasks.md", via: "only-one" });
  });

  it("takes Task Master's tasks.json the same way, changed or the only one", () => {
    const choose = (changedFiles: string[], treeFiles: string[]) =>
      chooseTaskList({ commandPath: null, configPath: null, changedFiles, treeFiles });
    const record = ".taskmaster/tasks/tasks.json";
    expect(choose([], ["README.md", record, ".taskmaster/config.json"])).toEqual({
      kind: "found",
      path: record,
      via: "only-one",
    });
    expect(choose([record], [record, ...tree])).toMatchObject({ path: record, via: "pull-request" });
    expect(choose([], ["tasks/tasks.json"])).toMatchObject({ path: "tasks/tasks.json" });
    expect(choose([], ["src/tasks/tasks.json", "fixtures/tasks.json"])).toEqual({
      kind: "ambiguous",
      candidates: [],
    });
  });

  it("returns the candidates when ambiguous", () => {
    expect(
      chooseTaskList({ commandPath: null, configPath: null, changedFiles: [], treeFiles: tree }),
    ).toEqual({
      kind: "ambiguous",
      candidates: ["specs/001-a/tasks.md", "specs/002-b/tasks.md"],
    });
    expect(
      chooseTaskList({
        commandPath: null,
        configPath: null,
        changedFiles: ["specs/002-b/tasks.md", "specs/001-a/tasks.md"],
        treeFiles: [...tree, "specs/003-c/tasks.md"],
      }),
    ).toEqual({ kind: "ambiguous", candidates: ["specs/001-a/tasks.md", "specs/002-b/tasks.md"] });
    expect(chooseTaskList({ commandPath: null, configPath: null, changedFiles: [], treeFiles: [] })).toEqual({
      kind: "ambiguous",
      candidates: [],
    });
  });
});
