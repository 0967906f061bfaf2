import { describe, expect, it } from "vitest";
import { findForbiddenChanges, type BranchChange } from "../../../src/core/run/find-forbidden-changes.js";

const file = (path: string, mode = "100644"): BranchChange => ({ path, mode, target: null });
const link = (path: string, target: string): BranchChange => ({ path, mode: "120000", target });

describe("findForbiddenChanges", () => {
  it("accepts ordinary files, deletions and symlinks that stay inside the repository", () => {
    expect(
      findForbiddenChanges([
        file("src/a.ts"),
        file("old.txt", "000000"),
        link("docs/readme", "../README.md"),
        link("a/b/c", "../../x"),
        file(".gitignore"),
        file(".github/workflows/ci.yml"),
        file("src/.gitkeep"),
      ]),
    ).toEqual([]);
  });

  it("refuses paths inside .git in any spelling git or a filesystem treats as .git", () => {
    expect(
      findForbiddenChanges([
        file(".git/config"),
        file("sub/.GIT/hooks/pre-commit"),
        file(".git./x"),
        file(".git /y"),
        file("GIT~1/config"),
      ]),
    ).toEqual([
      ".git/config is inside .git",
      "sub/.GIT/hooks/pre-commit is inside .git",
      ".git./x is inside .git",
      ".git /y is inside .git",
      "GIT~1/config is inside .git",
    ]);
  });

  it("refuses symlinks that point outside the repository or into .git", () => {
    expect(
      findForbiddenChanges([
        link("leak", "/etc/passwd"),
        link("up", ".."),
        link("docs/up", "../../.."),
        link("win", "C:\\Windows"),
        link("hooks", ".git/hooks"),
        link("sub/cfg", "../.GIT/config"),
      ]),
    ).toEqual([
      "leak -> /etc/passwd points outside the repository",
      "up -> .. points outside the repository",
      "docs/up -> ../../.. points outside the repository",
      "win -> C:\\Windows points outside the repository",
      "hooks -> .git/hooks points into .git",
      "sub/cfg -> ../.GIT/config points into .git",
    ]);
  });

  it("refuses deleting a kept file in the overall change only", () => {
    const deleted = file("specs/001/tasks.md", "000000");
    expect(findForbiddenChanges([deleted], [], ["specs/001/tasks.md"])).toEqual([]);
    expect(findForbiddenChanges([], [deleted], ["specs/001/tasks.md"])).toEqual([
      "deletes specs/001/tasks.md, the task list that records the run",
    ]);
  });
});
