import { describe, expect, it } from "vitest";
import { BranchDeletedError, BranchMovedConflictError } from "../../src/adapters/github/git-errors.js";
import { ConfigError } from "../../src/core/config/config-error.js";
import {
  failureTitle,
  isForeseenStop,
  RunStopped,
  stopConclusion,
  stopTitle,
} from "../../src/github/run-stopped.js";

describe("how a stopped run is reported", () => {
  it("a change made on GitHub cancels, anything else fails", () => {
    expect(stopConclusion(new BranchDeletedError("feature"))).toBe("cancelled");
    expect(stopConclusion(new RunStopped("Stopped", "closed", "cancelled"))).toBe("cancelled");
    expect(stopConclusion(new RunStopped("Which task list?", "…"))).toBe("failure");
    expect(stopConclusion(new BranchMovedConflictError("feature", ["a.ts"]))).toBe("failure");
    expect(stopConclusion(new Error("network"))).toBe("failure");
  });

  it("titles name what happened; only foreseen stops are not crashes", () => {
    expect(stopTitle(new BranchDeletedError("feature"))).toBe("Stopped: the branch was deleted");
    expect(stopTitle(new BranchMovedConflictError("feature", []))).toBe(
      "Stopped: the branch moved and conflicts",
    );
    expect(stopTitle(new Error("push rejected"))).toBe("Stopped: could not push");
    expect(failureTitle(new ConfigError(".github/maestro.yml", "agent", "bad"))).toBe("Configuration error");
    expect(failureTitle(new RunStopped("Task list not found", "…"))).toBe("Task list not found");
    expect(failureTitle("a string")).toBe("maestro failed");
    expect(isForeseenStop(new BranchDeletedError("x"))).toBe(true);
    expect(isForeseenStop(new BranchMovedConflictError("x", []))).toBe(false);
  });
});
