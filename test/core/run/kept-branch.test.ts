import { describe, expect, it } from "vitest";
import {
  compareUrl,
  gitHubRunId,
  isEarlierKeptBranch,
  keptBranchName,
  runScope,
} from "../../../src/core/run/kept-branch.js";

const SHA = "0123456789abcdef0123456789abcdef01234567";

describe("the branches maestro keeps for failed tasks", () => {
  it("are named by run and task; the run is scoped to its pull request or branch", () => {
    const runId = gitHubRunId(runScope(7, "feature"), SHA, 1_700_000_000_000, "a1b2c3");
    expect(runId).toBe("7-0123456-loyw3v28-a1b2c3");
    expect(keptBranchName(runId, "T003")).toBe("maestro/7-0123456-loyw3v28-a1b2c3/T003");
    expect(keptBranchName(runId, "2.1")).toBe("maestro/7-0123456-loyw3v28-a1b2c3/2.1");
    expect(keptBranchName(runId, "#412")).toBe("maestro/7-0123456-loyw3v28-a1b2c3/#412");
    expect(compareUrl("https://github.com/o/r", "main", "maestro/7-x/#412")).toBe(
      "https://github.com/o/r/compare/main...maestro/7-x/%23412",
    );
    expect(runScope(null, "feature/login page")).toBe("branch-feature-login-page");
  });

  it("refuse task IDs that cannot be part of a branch name", () => {
    for (const id of ["..", "a..b", "x.lock", "-T1", "T 1", "T1/", "T~1", "T^1", "T:1", "T1.", "##1", "#"]) {
      expect(keptBranchName("7-0123456-x-a1b2c3", id)).toBeNull();
    }
  });

  it("tell the branches earlier runs kept for a task from everything else", () => {
    const earlier = "maestro/7-0123456-loyw3v28-a1b2c3/T003";
    expect(isEarlierKeptBranch(earlier, "7", "T003", "7-89abcde-loyw3v99-d4e5f6")).toBe(true);
    // This run's own branch, another task, another pull request, another shape: kept.
    expect(isEarlierKeptBranch(earlier, "7", "T003", "7-0123456-loyw3v28-a1b2c3")).toBe(false);
    expect(isEarlierKeptBranch(earlier, "7", "T004", "7-new")).toBe(false);
    expect(isEarlierKeptBranch("maestro/17-0123456-loyw3v28-a1b2c3/T003", "7", "T003", "7-new")).toBe(false);
    expect(isEarlierKeptBranch("maestro/7-0123456-loyw3v28-a1b2c3/T003/attempt-1", "7", "T003", "x")).toBe(
      false,
    );
    expect(isEarlierKeptBranch("maestro/7-mine/T003", "7", "T003", "7-new")).toBe(false);
    expect(isEarlierKeptBranch("maestro/branch-main-0123456-a-a1b2c3/T003", "branch-main", "T003", "x")).toBe(
      true,
    );
  });

  it("link to the compare view, or to nothing without a web address", () => {
    expect(compareUrl("https://github.com/acme/demo", "feature/x", "maestro/7-a/T003")).toBe(
      "https://github.com/acme/demo/compare/feature/x...maestro/7-a/T003",
    );
    expect(compareUrl("https://ghe.example.com/acme/demo", "a#b", "maestro/r/T1")).toBe(
      "https://ghe.example.com/acme/demo/compare/a%23b...maestro/r/T1",
    );
    expect(compareUrl(null, "feature", "maestro/r/T1")).toBeNull();
  });
});
