import { describe, expect, it } from "vitest";
import { parseCommentCommand } from "../../../src/core/command/parse-comment-command.js";

describe("parseCommentCommand", () => {
  it("reads implement with a path, --dry-run and --only", () => {
    expect(
      parseCommentCommand("/maestro implement specs/001-auth/tasks.md --dry-run --only T001,T004"),
    ).toEqual({
      kind: "implement",
      path: "specs/001-auth/tasks.md",
      dryRun: true,
      only: ["T001", "T004"],
    });
    expect(parseCommentCommand("/maestro implement")).toEqual({
      kind: "implement",
      path: null,
      dryRun: false,
      only: null,
    });
    expect(parseCommentCommand("/maestro.implement --only=T002\nthanks!")).toEqual({
      kind: "implement",
      path: null,
      dryRun: false,
      only: ["T002"],
    });
  });

  it("reads plan, cancel and help", () => {
    expect(parseCommentCommand("/maestro plan specs/a/tasks.md")).toEqual({
      kind: "plan",
      path: "specs/a/tasks.md",
    });
    expect(parseCommentCommand("  /maestro plan  ")).toEqual({ kind: "plan", path: null });
    expect(parseCommentCommand("/maestro cancel")).toEqual({ kind: "cancel" });
    expect(parseCommentCommand("/maestro help")).toEqual({ kind: "help", problem: null });
    expect(parseCommentCommand("/maestro")).toEqual({ kind: "help", problem: null });
  });

  it("only looks at the first line, and ignores quotes and other text", () => {
    expect(parseCommentCommand("LGTM\n/maestro implement")).toBeNull();
    expect(parseCommentCommand("> /maestro implement\n\nsure")).toBeNull();
    expect(parseCommentCommand("please run /maestro implement")).toBeNull();
    expect(parseCommentCommand("")).toBeNull();
  });

  it("answers anything else starting with /maestro with help naming the problem", () => {
    expect(parseCommentCommand("/maestro deploy")).toEqual({
      kind: "help",
      problem: "unknown command `deploy`",
    });
    expect(parseCommentCommand("/maestrox")).toMatchObject({
      kind: "help",
      problem: "unknown command `/maestrox`",
    });
    expect(parseCommentCommand("/maestro implement --force")).toMatchObject({ kind: "help" });
    expect(parseCommentCommand("/maestro cancel now")).toMatchObject({ kind: "help" });
  });

  it("rejects odd paths and task IDs instead of passing them on", () => {
    for (const line of [
      "/maestro implement ../etc/passwd",
      "/maestro implement /etc/passwd",
      "/maestro implement specs/$(rm -rf)/tasks.md",
      "/maestro implement specs/a/tasks.md;ls",
      "/maestro implement a b",
      "/maestro plan specs/../../x",
      "/maestro implement --only",
      "/maestro implement --only T001,`x`",
      "/maestro implement --only T001;rm",
    ]) {
      expect(parseCommentCommand(line), line).toMatchObject({ kind: "help" });
      const result = parseCommentCommand(line);
      expect(result?.kind === "help" && result.problem !== null, line).toBe(true);
    }
  });
});
